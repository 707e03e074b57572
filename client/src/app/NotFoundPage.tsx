export function NotFoundPage() {
  return (
    <div className="page">
      <main className="content notice">
        <h1>We couldn't find that page</h1>
        <p>The link may be incomplete. Ask whoever shared it to copy it again, or start from the home page.</p>
        <a className="button button--primary" href="/">
          Go to the home page
        </a>
      </main>
    </div>
  );
}
