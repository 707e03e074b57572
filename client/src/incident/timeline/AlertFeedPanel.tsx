import { useEffect, useId, useRef, useState } from 'react';
import type { PersonalRequester } from '../../api/callPersonalEndpoint.ts';
import { Icon } from '../../ui/Icon.tsx';
import { useCopyToClipboard } from '../../ui/useCopyToClipboard.ts';
import { type AlertFeed, closeAlertFeed, getAlertFeed, openAlertFeed } from './alertFeedApi.ts';
import './alertFeed.css';

type Status = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; feed: AlertFeed };

/**
 * For the facilitator link: a secret address to give Alertmanager or Grafana, so that alerts arrive on the timeline
 * by themselves while the incident is still fresh. The server adds them; here it is turned on, renewed or off.
 */
export function AlertFeedPanel({ requester }: { readonly requester: PersonalRequester }) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirmRenew, setConfirmRenew] = useState(false);
  const { meetingId, token, participantId } = requester;

  useEffect(() => {
    if (!open || status.kind !== 'idle') return;
    setStatus({ kind: 'loading' });
    void getAlertFeed({ meetingId, token, participantId }).then((result) => {
      if (result.ok) setStatus({ kind: 'ready', feed: result.value });
      else {
        setStatus({ kind: 'idle' });
        setError(result.message);
      }
    });
  }, [open, status.kind, meetingId, token, participantId]);

  const act = async (action: typeof openAlertFeed) => {
    setBusy(true);
    setError(null);
    const result = await action(requester);
    setBusy(false);
    setConfirmRenew(false);
    if (result.ok) setStatus({ kind: 'ready', feed: result.value });
    else setError(result.message);
  };

  const feed = status.kind === 'ready' ? status.feed : null;
  return (
    <details className="alert-feed" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="alert-feed__summary">
        <Icon name="bell" />
        <span className="alert-feed__title">Live alerts from Alertmanager or Grafana</span>
        {feed && (
          <span className={`alert-feed__state alert-feed__state--${feed.open ? 'on' : 'off'}`}>
            {feed.open ? 'On' : 'Off'}
          </span>
        )}
      </summary>
      <div className="alert-feed__body">
        <p className="field-hint">
          Give your alerting a webhook address for this meeting, and each alert that fires or resolves appears on the
          timeline by itself, with its labels and a link to its graph, marked as imported. A repeated notification is
          added once.
        </p>
        {status.kind === 'loading' && (
          <p className="loading" role="status">
            Checking the feed…
          </p>
        )}
        {feed && !feed.open && (
          <button type="button" className="button button--primary" disabled={busy} onClick={() => act(openAlertFeed)}>
            <Icon name="bell" />
            Turn on the alert feed
          </button>
        )}
        {feed?.open && feed.path && (
          <>
            <FeedAddress url={`${window.location.origin}${feed.path}`} />
            <p className="alert-feed__count">
              {feed.received === 0
                ? 'No alerts received yet.'
                : `${feed.received} ${feed.received === 1 ? 'alert' : 'alerts'} added so far.`}
            </p>
            <ConnectSteps url={`${window.location.origin}${feed.path}`} />
            <div className="alert-feed__buttons">
              {confirmRenew ? (
                <>
                  <span className="alert-feed__confirm">The old address stops working.</span>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => act(openAlertFeed)}
                  >
                    Make a new address
                  </button>
                  <button
                    type="button"
                    className="button button--small button--ghost"
                    onClick={() => setConfirmRenew(false)}
                  >
                    Keep this one
                  </button>
                </>
              ) : (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => setConfirmRenew(true)}
                  >
                    New address
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet-danger"
                    disabled={busy}
                    onClick={() => act(closeAlertFeed)}
                  >
                    Turn off
                  </button>
                </>
              )}
            </div>
          </>
        )}
        {feed?.open && !feed.path && (
          <p className="field-hint">
            The feed is on, but its address can only be shown with the facilitator link that turned it on. Make a new
            address to see one here.
          </p>
        )}
        {error && (
          <p className="inline-alert" role="alert">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}

function FeedAddress({ url }: { readonly url: string }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const { feedback, copy } = useCopyToClipboard(url, inputRef);
  const id = useId();
  return (
    <div className="alert-feed__address">
      <label className="field-label" htmlFor={id}>
        Webhook address
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        Keep it secret: whoever has it can add alerts to this timeline.
      </p>
      <div className="link-row__control">
        <input
          ref={inputRef}
          id={id}
          className="input input--link"
          readOnly
          value={url}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()} aria-label="Copy the webhook address">
          <Icon name={feedback === 'copied' ? 'check' : 'copy'} />
          {feedback === 'copied' ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className="link-row__feedback" aria-live="polite">
        {feedback === 'copied' && 'Webhook address copied'}
        {feedback === 'selected' && 'Selected: press Ctrl+C (or ⌘C) to copy'}
      </p>
    </div>
  );
}

function ConnectSteps({ url }: { readonly url: string }) {
  return (
    <details className="alert-feed__steps">
      <summary>How to connect it</summary>
      <p>
        <strong>Alertmanager:</strong> add a receiver and route the incident’s alerts to it:
      </p>
      <pre className="alert-feed__code">
        {`receivers:
  - name: debrief
    webhook_configs:
      - url: ${url}
        send_resolved: true`}
      </pre>
      <p>
        <strong>Grafana:</strong> in Alerting → Contact points, add a contact point of type Webhook with this address,
        and use it in a notification policy for the incident’s alerts.
      </p>
    </details>
  );
}
