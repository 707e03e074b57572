/** Longest reason shown; the server's are a short sentence. */
const MAX_REASON = 200;

/**
 * Tells the person that the server dropped their last change, and why, in the server's own words: the page has
 * thrown that change away and shows the meeting as the server has it (see `onWriteRefused` of `openSyncedDoc`).
 */
export function WriteRefusedNotice({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const shown = reason.trim().slice(0, MAX_REASON);
  const sentence = shown === '' || /[.!?]$/.test(shown) ? shown : `${shown}.`;
  return (
    <div className="update-banner update-banner--bad" role="alert">
      <p>Your last change was not saved. {sentence} The page now shows the meeting as it is saved on the server.</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
