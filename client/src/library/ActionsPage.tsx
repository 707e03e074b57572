import { ACTION_STATUSES, type ActionStatus, actionStatusLabels, type OpenAction } from '@debrief/shared';
import { useEffect, useId, useMemo, useState } from 'react';
import { describeDueDate, localToday } from '../meeting/stages/actions/describeDueDate.ts';
import { formatDate } from '../ui/formatDate.ts';
import { SeverityBadge } from '../ui/SeverityBadge.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { changeActionStatus, findWritingToken, readOpenActions } from './libraryApi.ts';
import './library.css';

const NO_OWNER = 'No owner yet';

/** Every action still to do from published post-mortems, by owner and due date, overdue ones flagged. */
export function ActionsPage() {
  const [actions, setActions] = useState<readonly OpenAction[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [onlyOverdue, setOnlyOverdue] = useState(false);
  const today = localToday();
  const ids = useId();

  useEffect(() => {
    document.title = 'Open actions · Debrief';
    void readOpenActions().then((answer) => {
      if (answer.ok) setActions(answer.value.actions);
      else setError(answer.message);
    });
  }, []);

  const isOverdue = (action: OpenAction) => action.dueDate !== null && action.dueDate < today;
  const overdueCount = actions?.filter(isOverdue).length ?? 0;
  const groups = useMemo(() => {
    const byOwner = new Map<string, OpenAction[]>();
    for (const action of actions ?? []) {
      if (onlyOverdue && !(action.dueDate !== null && action.dueDate < today)) continue;
      const owner = action.owner ?? NO_OWNER;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), action]);
    }
    return [...byOwner];
  }, [actions, onlyOverdue, today]);

  /** A status set here stays in the list until the page is reloaded, so it can be undone. */
  const settle = (changed: OpenAction, status: ActionStatus) =>
    setActions((current) => current?.map((action) => (action === changed ? { ...action, status } : action)) ?? null);

  return (
    <div className="page">
      <TopBar />
      <main className="content library">
        <div className="library__intro">
          <h1>Open actions</h1>
          <p className="lede">
            What published post-mortems decided to do and is not done yet, by owner and due date. A change made here is
            written into the post-mortem's own record.
          </p>
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        {actions === null && !error && <p className="loading">Loading the open actions…</p>}
        {actions && actions.length === 0 && (
          <div className="card empty-state library__empty">
            <p>
              No open actions. Actions show here once their post-mortem is closed and published to the{' '}
              <a href="/library">library</a>, and leave once they are done or dropped.
            </p>
          </div>
        )}
        {actions && actions.length > 0 && (
          <>
            <div className="actions-page__summary">
              <p className="library__count">
                {actions.length} open {actions.length === 1 ? 'action' : 'actions'}
                {overdueCount > 0 && <span className="overdue-flag">{overdueCount} overdue</span>}
              </p>
              <label className="actions-page__toggle" htmlFor={`${ids}-overdue`}>
                <input
                  id={`${ids}-overdue`}
                  type="checkbox"
                  checked={onlyOverdue}
                  onChange={(event) => setOnlyOverdue(event.target.checked)}
                />
                Only overdue
              </label>
            </div>
            {groups.length === 0 && <p className="card empty-state">Nothing is overdue.</p>}
            {groups.map(([owner, list]) => (
              <section key={owner} className="card actions-page__group" aria-label={owner}>
                <h2 className="card__title">{owner}</h2>
                <ul className="actions-page__list">
                  {list.map((action) => (
                    <OpenActionRow
                      key={`${action.meetingId}:${action.id}`}
                      action={action}
                      today={today}
                      onChanged={(status) => settle(action, status)}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </main>
    </div>
  );
}

function OpenActionRow({
  action,
  today,
  onChanged,
}: {
  action: OpenAction;
  today: string;
  onChanged: (status: ActionStatus) => void;
}) {
  const token = findWritingToken(action.meetingId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const due = action.dueDate ? describeDueDate(action.dueDate, today, action.status) : null;

  const change = async (status: ActionStatus) => {
    if (!token) return;
    setBusy(true);
    setError(null);
    const answer = await changeActionStatus(action.meetingId, action.id, token, status);
    setBusy(false);
    if (answer.ok) onChanged(status);
    else setError(answer.message);
  };

  return (
    <li className={`actions-page__item${due?.tone === 'overdue' ? ' actions-page__item--overdue' : ''}`}>
      <div className="actions-page__what">
        <p className="actions-page__title">{action.title}</p>
        <p className="library-result__meta">
          <SeverityBadge severity={action.severity} />
          <a href={action.path}>{action.meetingTitle || 'Untitled post-mortem'}</a>
        </p>
      </div>
      <p className="actions-page__due">
        {action.dueDate ? (
          <>
            <span>Due {formatDate(`${action.dueDate}T12:00:00`)}</span>
            {due?.text && <span className={due.tone === 'overdue' ? 'overdue-flag' : 'muted'}>{due.text}</span>}
          </>
        ) : (
          <span className="muted">No due date</span>
        )}
      </p>
      <div className="actions-page__status">
        {token ? (
          <>
            <label className="field-label" htmlFor={`${id}-status`}>
              Status
            </label>
            <select
              id={`${id}-status`}
              className="input"
              value={action.status}
              disabled={busy}
              onChange={(event) => void change(event.target.value as ActionStatus)}
            >
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {actionStatusLabels[status]}
                </option>
              ))}
            </select>
          </>
        ) : (
          <p className="field-hint">
            {actionStatusLabels[action.status]}. To change it, open the meeting's participant or facilitator link in
            this browser once.
          </p>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </li>
  );
}
