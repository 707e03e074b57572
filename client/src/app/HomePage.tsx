import { navigate } from './router.ts';

function createPadName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

export function HomePage() {
  return (
    <div className="page">
      <header className="topbar">
        <a className="brand" href="/">
          <span className="brand__mark" aria-hidden="true">
            D
          </span>{' '}
          Debrief
        </a>
      </header>
      <main className="content hero">
        <h1>Blameless post-mortems, together and live</h1>
        <p className="lede">
          Debrief walks your team through an incident review: facts first, then what we learned, then owned actions. We
          look at failures of process, not of people.
        </p>
        <button type="button" className="button button--primary" onClick={() => navigate(`/notes/${createPadName()}`)}>
          Open shared notes
        </button>
      </main>
    </div>
  );
}
