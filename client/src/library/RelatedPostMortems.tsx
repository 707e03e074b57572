import type { LibraryResult } from '@debrief/shared';
import { useEffect, useId, useState } from 'react';
import { formatDate } from '../ui/formatDate.ts';
import { SeverityBadge } from '../ui/SeverityBadge.tsx';
import { Highlighted } from './Highlighted.tsx';
import { readRelated } from './libraryApi.ts';
import './library.css';

/** Published post-mortems that share words with this meeting's title and summary. */
export function RelatedPostMortems({ meetingId, token }: { meetingId: string; token: string }) {
  const [results, setResults] = useState<readonly LibraryResult[] | null>(null);
  const id = useId();

  useEffect(() => {
    let cancelled = false;
    void readRelated(meetingId, token).then((answer) => {
      if (!cancelled) setResults(answer.ok ? answer.value.results : []);
    });
    return () => {
      cancelled = true;
    };
  }, [meetingId, token]);

  if (results === null) return null;
  return (
    <section className="card related" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title card__title--small">
        Related past post-mortems
      </h2>
      {results.length === 0 ? (
        <p className="empty-state">
          None in the <a href="/library">library</a> shares this incident's words yet. Published post-mortems about the
          same services or symptoms will show here.
        </p>
      ) : (
        <ol className="related__list">
          {results.map((result) => (
            <li key={result.id}>
              <a href={result.path} target="_blank" rel="noopener">
                <Highlighted text={result.title || 'Untitled post-mortem'} />
              </a>
              <p className="library-result__meta">
                <SeverityBadge severity={result.severity} />
                {result.occurredAt && <span>{formatDate(result.occurredAt)}</span>}
              </p>
              {result.excerpt && (
                <p>
                  <Highlighted text={result.excerpt} />
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
