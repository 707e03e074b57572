/** Shown when the server turns this page away as older than the meeting's document (close code 4426). */
export function UpdateAvailableBanner() {
  return (
    <div className="update-banner" role="alert">
      <p>A newer version of Debrief is available — please reload. Your changes so far are kept in this browser.</p>
      <button type="button" className="button button--primary button--small" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
