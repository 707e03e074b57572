import { TopBar } from '../ui/TopBar.tsx';

export function NotFoundPage() {
  return (
    <div className="page">
      <TopBar />
      <main className="content content--narrow notice">
        <div className="card notice__card">
          <h1>We couldn't find that page</h1>
          <p>The link may be incomplete. Ask whoever shared it to copy it again, or start from the home page.</p>
          <a className="button button--primary" href="/">
            Go to the home page
          </a>
        </div>
      </main>
    </div>
  );
}
