import {
  ACTION_TYPES,
  type Action,
  type ActionChanges,
  type ActionStatus,
  type ActionType,
  actionTypeLabels,
  deleteAction,
  getActionTitleText,
  type IncidentCost,
  type LessonCard,
  type LessonPrompt,
  linkActionToLesson,
  OWNER_NEEDED_MESSAGE,
  overreactionWarnings,
  setActionStatus,
  unlinkActionFromLesson,
  updateAction,
} from '@debrief/shared';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { CoachedTextArea } from '../../../coach/CoachedTextArea.tsx';
import { ConfirmDelete } from '../../../lessons/ConfirmDelete.tsx';
import { EditingBadge } from '../../../lessons/EditingBadge.tsx';
import { peopleFocusedOn } from '../../../lessons/peopleFocusedOn.ts';
import { shortText } from '../../../lessons/shortText.ts';
import type { Presence } from '../../../presence/collectPresence.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { CostField } from './CostField.tsx';
import { DueDateField } from './DueDateField.tsx';
import { LessonLinks } from './LessonLinks.tsx';
import { OwnerField } from './OwnerField.tsx';
import type { OwnerChoice } from './ownerChoices.ts';
import { StatusField } from './StatusField.tsx';
import { actionTypeHints } from './typeHints.ts';

interface Props {
  readonly doc: Y.Doc;
  readonly action: Action;
  readonly number: number;
  readonly ownerChoices: readonly OwnerChoice[];
  readonly cards: Readonly<Record<LessonPrompt, readonly LessonCard[]>>;
  readonly totals: Readonly<Record<string, number>>;
  readonly today: string;
  /** the incident's cost, with its hourly rate, to weigh this action against */
  readonly incidentCost: IncidentCost | null;
  readonly readOnly: boolean;
  readonly presence: Presence;
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
}

/** One action with everything that makes it real: an owner, a due date, a type, its lessons, a cost, a status. */
export function ActionItem(props: Props) {
  const { doc, action, number, readOnly, presence, onFocusChange, today } = props;
  const [message, setMessage] = useState<string | null>(null);
  const ids = useId();
  const titleId = `${ids}-title`;
  const messageId = `${ids}-message`;
  const typeId = `${ids}-type`;
  const title = getActionTitleText(doc, action.id);
  const warnings = overreactionWarnings(action, props.incidentCost);
  const focusId = `action:${action.id}`;
  // "Give this action an owner first" goes away by itself once someone owns it.
  const shownMessage = message === OWNER_NEEDED_MESSAGE && action.owner !== null ? null : message;

  const update = (changes: ActionChanges) => {
    const result = updateAction(doc, action.id, changes);
    setMessage(result.ok ? null : result.message);
  };
  const changeStatus = (status: ActionStatus) => {
    const result = setActionStatus(doc, action.id, status);
    setMessage(result.ok ? null : result.message);
  };

  return (
    <article
      className="action-item"
      data-action-status={action.status}
      aria-label={`Action ${number}: ${shortText(action.title || 'untitled')}`}
    >
      <div className="action-item__head">
        <span className="action-item__number" aria-hidden="true">
          {number}
        </span>
        <div className="action-item__title">
          {title && (
            <>
              <label className="visually-hidden" htmlFor={titleId}>
                Action {number} title
              </label>
              <CoachedTextArea
                hintKey={focusId}
                id={titleId}
                text={title}
                rows={1}
                readOnly={readOnly}
                placeholder={readOnly ? 'Untitled action' : 'What will we do?'}
                onFocus={() => onFocusChange(readOnly ? null : 'an action', focusId)}
                onBlur={() => onFocusChange(null)}
              />
            </>
          )}
          <EditingBadge people={peopleFocusedOn(presence, focusId)} />
        </div>
        <div className="action-item__status">
          <StatusField
            actionId={action.id}
            status={action.status}
            readOnly={readOnly}
            message={shownMessage}
            messageId={messageId}
            onChange={changeStatus}
          />
          {!readOnly && (
            <ConfirmDelete
              label={`Delete action: ${shortText(action.title || 'untitled')}`}
              question="Delete this action?"
              onConfirm={() => deleteAction(doc, action.id)}
            />
          )}
        </div>
      </div>

      {shownMessage && (
        <p id={messageId} className="lessons-note lessons-note--bad action-item__message" role="alert">
          <Icon name="alert" />
          {shownMessage}
        </p>
      )}

      {warnings.length > 0 && (
        <ul
          className="action-warnings"
          aria-label="Worth a second look"
          data-kinds={warnings.map((warning) => warning.kind).join(' ')}
        >
          {warnings.map((warning) => (
            <li key={warning.kind} className="action-warning">
              <Icon name="bulb" />
              <span>{warning.message}</span>
            </li>
          ))}
        </ul>
      )}

      <div className="action-item__fields">
        <OwnerField
          action={action}
          choices={props.ownerChoices}
          readOnly={readOnly}
          onChange={(owner) => update({ owner })}
        />

        <DueDateField action={action} today={today} readOnly={readOnly} onChange={(dueDate) => update({ dueDate })} />

        <div className="action-field">
          {readOnly ? (
            <>
              <span className="action-field__label">Type</span>
              <span className="action-field__value">{action.type ? actionTypeLabels[action.type] : 'Not chosen'}</span>
            </>
          ) : (
            <>
              <label className="action-field__label" htmlFor={typeId}>
                Type
              </label>
              <select
                id={typeId}
                className="input input--compact"
                value={action.type ?? ''}
                data-empty={action.type ? undefined : 'true'}
                onChange={(event) => update({ type: (event.target.value || null) as ActionType | null })}
              >
                <option value="">Choose a type</option>
                {ACTION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {actionTypeLabels[type]}
                  </option>
                ))}
              </select>
            </>
          )}
          {action.type && <span className="action-field__hint">{actionTypeHints[action.type]}</span>}
        </div>

        <CostField cost={action.cost} readOnly={readOnly} onChange={(cost) => update({ cost })} />
      </div>

      <LessonLinks
        linkedIds={action.lessonCardIds}
        cards={props.cards}
        totals={props.totals}
        readOnly={readOnly}
        onLink={(cardId) => linkActionToLesson(doc, action.id, cardId)}
        onUnlink={(cardId) => unlinkActionFromLesson(doc, action.id, cardId)}
      />
    </article>
  );
}
