import { type LibraryResponse, SEVERITIES, severityLabels } from '@debrief/shared';
import { useEffect, useId, useState } from 'react';
import { formatDate } from '../ui/formatDate.ts';
import { SeverityBadge } from '../ui/SeverityBadge.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { Highlighted } from './Highlighted.tsx';
import { type LibraryFilters, searchLibrary } from './libraryApi.ts';
import './library.css';

const NO_FILTERS: LibraryFilters = { q: '', severity: '', service: '', from: '', to: '' };

/** The filters in the address, so a search can be shared and survives a reload. */
function readFilters(): LibraryFilters {
  const query = new URLSearchParams(window.location.search);
  return {
    q: query.get('q') ?? '',
    severity: query.get('severity') ?? '',
    service: query.get('service') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
}

function writeFilters(filters: LibraryFilters): void {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== '')).toString();
  window.history.replaceState(null, '', query ? `/library?${query}` : '/library');
}

/** Published post-mortems: search them in full, filter them, open one. */
export function LibraryPage() {
  const [filters, setFilters] = useState<LibraryFilters>(readFilters);
  const [answer, setAnswer] = useState<LibraryResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  const [services, setServices] = useState<readonly string[]>([]);
  const ids = useId();

  useEffect(() => {
    writeFilters(filters);
    const controller = new AbortController();
    setBusy(true);
    // Typing waits a moment, so each keystroke does not start a search of its own.
    const timer = setTimeout(async () => {
      const result = await searchLibrary(filters, controller.signal);
      if (controller.signal.aborted) return;
      setBusy(false);
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setAnswer(result.value);
      if (result.value.services.length > 0) setServices(result.value.services);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [filters]);

  useEffect(() => {
    document.title = 'Library · Debrief';
  }, []);

  const change = (key: keyof LibraryFilters) => (event: { target: { value: string } }) =>
    setFilters((current) => ({ ...current, [key]: event.target.value }));
  const filtered = Object.values(filters).some((value) => value !== '');

  return (
    <div className="page">
      <TopBar />
      <main className="content library">
        <div className="library__intro">
          <h1>Library</h1>
          <p className="lede">
            Post-mortems published by their facilitators. Search what happened, what we learned and what we did about
            it, so the next incident starts from what the last one taught.
          </p>
        </div>

        <search className="card library__search" aria-label="Search the library">
          <div className="field">
            <label className="field-label" htmlFor={`${ids}-q`}>
              Search
            </label>
            <input
              id={`${ids}-q`}
              className="input"
              type="search"
              value={filters.q}
              onChange={change('q')}
              placeholder="e.g. failover, certificate, runbook"
              maxLength={500}
              autoComplete="off"
            />
          </div>
          <div className="library__filters">
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-severity`}>
                Severity
              </label>
              <select id={`${ids}-severity`} className="input" value={filters.severity} onChange={change('severity')}>
                <option value="">Any</option>
                {SEVERITIES.map((severity) => (
                  <option key={severity} value={severity}>
                    {severityLabels[severity]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-service`}>
                Service
              </label>
              <select id={`${ids}-service`} className="input" value={filters.service} onChange={change('service')}>
                <option value="">Any</option>
                {[...new Set([...services, ...(filters.service ? [filters.service] : [])])].map((service) => (
                  <option key={service} value={service}>
                    {service}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-from`}>
                Happened from
              </label>
              <input id={`${ids}-from`} className="input" type="date" value={filters.from} onChange={change('from')} />
            </div>
            <div className="field">
              <label className="field-label" htmlFor={`${ids}-to`}>
                to
              </label>
              <input id={`${ids}-to`} className="input" type="date" value={filters.to} onChange={change('to')} />
            </div>
          </div>
          {filtered && (
            <button type="button" className="button button--ghost button--small" onClick={() => setFilters(NO_FILTERS)}>
              Clear the search
            </button>
          )}
        </search>

        <section className="library__results" aria-labelledby={`${ids}-results`} aria-busy={busy}>
          <h2 id={`${ids}-results`} className="visually-hidden">
            Results
          </h2>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          {answer && <ResultCount total={answer.total} shown={answer.results.length} filtered={filtered} />}
          {answer && answer.results.length === 0 && (
            <div className="card empty-state library__empty">
              {filtered ? (
                <p>
                  No published post-mortem matches. Try fewer or shorter words, or{' '}
                  <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
                    clear the search
                  </button>
                  .
                </p>
              ) : (
                <p>
                  Nothing is published yet. When a meeting is closed, its facilitator can publish the record from the
                  meeting page, and it shows here for everyone who uses this Debrief.
                </p>
              )}
            </div>
          )}
          {answer && answer.results.length > 0 && (
            <ol className="library__list">
              {answer.results.map((result) => (
                <li key={result.id} className="card library-result">
                  <h3 className="library-result__title">
                    <a href={result.path}>
                      <Highlighted text={result.title || 'Untitled post-mortem'} />
                    </a>
                  </h3>
                  <p className="library-result__meta">
                    <SeverityBadge severity={result.severity} />
                    {result.occurredAt && <span>Happened {formatDate(result.occurredAt)}</span>}
                    {result.services.map((service) => (
                      <button
                        key={service}
                        type="button"
                        className="service-tag"
                        aria-label={`Only post-mortems of ${service}`}
                        onClick={() => setFilters((current) => ({ ...current, service }))}
                      >
                        {service}
                      </button>
                    ))}
                  </p>
                  {result.excerpt && (
                    <p className="library-result__excerpt">
                      <Highlighted text={result.excerpt} />
                    </p>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </main>
    </div>
  );
}

function ResultCount({ total, shown, filtered }: { total: number; shown: number; filtered: boolean }) {
  if (total === 0) return null;
  const noun = total === 1 ? 'post-mortem' : 'post-mortems';
  return (
    <p className="library__count" aria-live="polite">
      {filtered ? `${total} ${noun} match` : `${total} published ${noun}`}
      {shown < total ? `, the best ${shown} shown` : ''}
    </p>
  );
}
