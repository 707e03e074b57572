import { ACTION_STATUSES, type ActionStatus, actionStatusLabels } from '@debrief/shared';

interface Props {
  readonly actionId: string;
  readonly status: ActionStatus;
  readonly readOnly: boolean;
  /** the reason the last change was refused, shown right under the choices */
  readonly message: string | null;
  readonly messageId: string;
  onChange(status: ActionStatus): void;
}

/** Open, in progress, done or won't do, as one row of choices; refusals are explained in place. */
export function StatusField({ actionId, status, readOnly, message, messageId, onChange }: Props) {
  if (readOnly) {
    return (
      <span className="action-status-badge" data-action-status={status}>
        {actionStatusLabels[status]}
      </span>
    );
  }
  return (
    <fieldset className="action-status" aria-describedby={message ? messageId : undefined}>
      <legend className="visually-hidden">Status</legend>
      {ACTION_STATUSES.map((value) => (
        <label key={value} className="action-status__option" data-action-status={value}>
          <input
            type="radio"
            name={`action-status-${actionId}`}
            value={value}
            checked={status === value}
            onChange={() => onChange(value)}
          />
          <span>{actionStatusLabels[value]}</span>
        </label>
      ))}
    </fieldset>
  );
}
