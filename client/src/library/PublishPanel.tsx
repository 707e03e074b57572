import { MAX_SERVICE_TAGS, type PublicationResponse, type Role } from '@debrief/shared';
import { useEffect, useId, useState } from 'react';
import { formatDate } from '../ui/formatDate.ts';
import { publishMeeting, readPublication, withdrawMeeting } from './libraryApi.ts';
import './library.css';

interface Props {
  readonly meetingId: string;
  readonly token: string;
  readonly role: Role;
  /** only a closed meeting can be published */
  readonly closed: boolean;
}

/**
 * Publishing the closed record to the library. Only the facilitator link can, since publishing makes the read-only
 * link findable; everyone else sees whether it is published.
 */
export function PublishPanel({ meetingId, token, role, closed }: Props) {
  const [publication, setPublication] = useState<PublicationResponse | null>(null);
  const [services, setServices] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const mayPublish = role === 'facilitator';

  useEffect(() => {
    let cancelled = false;
    void readPublication(meetingId, token).then((answer) => {
      if (cancelled || !answer.ok) return;
      setPublication(answer.value);
      setServices(answer.value.services.join(', '));
    });
    return () => {
      cancelled = true;
    };
  }, [meetingId, token]);

  if (!publication || (!mayPublish && !publication.published)) return null;

  const run = async (act: () => ReturnType<typeof withdrawMeeting>) => {
    setBusy(true);
    setError(null);
    const answer = await act();
    setBusy(false);
    if (!answer.ok) {
      setError(answer.message);
      return;
    }
    setPublication(answer.value);
    setServices(answer.value.services.join(', '));
  };
  const tags = services
    .split(',')
    .map((service) => service.trim())
    .filter((service) => service !== '');

  return (
    <section className="card publish-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title card__title--small">
        Library
      </h2>
      {publication.published ? (
        <p className="publish-panel__status">
          Published in the <a href="/library">library</a> on {formatDate(publication.publishedAt)}.
          {publication.services.map((service) => (
            <span key={service} className="service-tag">
              {service}
            </span>
          ))}
        </p>
      ) : (
        <p className="field-hint">
          Publish the record so others can find it in the library and learn from it. Anyone who uses this Debrief can
          then read it, without the names of who attended; its open actions join the <a href="/actions">open actions</a>{' '}
          page. The meeting's links stay private.
        </p>
      )}
      {mayPublish && (
        <>
          {!closed && !publication.published && (
            <p className="field-hint">Close the meeting first; then you can publish it.</p>
          )}
          <div className="publish-panel__row">
            <div className="field">
              <label className="field-label" htmlFor={`${id}-services`}>
                Services involved
              </label>
              <input
                id={`${id}-services`}
                className="input"
                value={services}
                onChange={(event) => setServices(event.target.value)}
                placeholder="e.g. checkout, payments-db"
                aria-describedby={`${id}-services-hint`}
                disabled={busy}
              />
              <span id={`${id}-services-hint`} className="field-hint">
                Separate them with commas, up to {MAX_SERVICE_TAGS}. The library filters by them.
              </span>
            </div>
            <button
              type="button"
              className="button button--primary"
              disabled={busy || !closed}
              onClick={() => void run(() => publishMeeting(meetingId, token, tags))}
            >
              {publication.published ? 'Update the services' : 'Publish to the library'}
            </button>
            {publication.published && (
              <button
                type="button"
                className="button button--ghost"
                disabled={busy}
                onClick={() => void run(() => withdrawMeeting(meetingId, token))}
              >
                Take it out of the library
              </button>
            )}
          </div>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
