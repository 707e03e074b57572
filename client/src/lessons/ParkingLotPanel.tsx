import {
  addParkingLotItem,
  ContentRoot,
  createActionFromParkingLot,
  deleteParkingLotItem,
  type ParkingLotItem,
  readActions,
  readParkingLot,
} from '@debrief/shared';
import { type FormEvent, useId, useState } from 'react';
import type * as Y from 'yjs';
import { createId } from '../identity/createId.ts';
import { participantColor } from '../identity/participantColor.ts';
import { Icon } from '../ui/Icon.tsx';
import { AuthorChip } from './AuthorChip.tsx';
import { ConfirmDelete } from './ConfirmDelete.tsx';
import { shortText } from './shortText.ts';
import { useContentValue } from './useContentValue.ts';

interface Props {
  readonly doc: Y.Doc;
  /** 'park': collect ideas during lessons; 'promote': offer them as starting points for actions */
  readonly mode: 'park' | 'promote';
  readonly readOnly: boolean;
  readonly actor: { readonly participantId: string; readonly name: string };
  readonly facilitating: boolean;
  readonly onFocusChange: (label: string | null, focusId?: string | null) => void;
  /** called with the new action's id after "Turn into action" */
  readonly onActionCreated?: (actionId: string) => void;
}

const MAX_IDEA_LENGTH = 500;
const roots = [ContentRoot.parkingLot, ContentRoot.actions] as const;

interface ParkingLotView {
  readonly items: readonly ParkingLotItem[];
  readonly actionIds: ReadonlySet<string>;
}

function readParkingLotView(doc: Y.Doc): ParkingLotView {
  return { items: readParkingLot(doc), actionIds: new Set(readActions(doc).map((action) => action.id)) };
}

/** Solution ideas raised before their time: parked during lessons, turned into actions in the next stage. */
export function ParkingLotPanel({ doc, mode, readOnly, actor, facilitating, onFocusChange, onActionCreated }: Props) {
  const { items, actionIds } = useContentValue(doc, roots, readParkingLotView);
  const [idea, setIdea] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const headingId = useId();

  const park = (event: FormEvent) => {
    event.preventDefault();
    const text = idea.trim();
    if (text === '') return;
    addParkingLotItem(doc, {
      id: createId(),
      text: [...text].slice(0, MAX_IDEA_LENGTH).join(''),
      author: { id: actor.participantId, name: actor.name },
      now: Date.now(),
    });
    setIdea('');
  };

  const promote = (item: ParkingLotItem) => {
    const result = createActionFromParkingLot(doc, item.id, { actionId: createId(), now: Date.now() });
    if (result.ok) {
      setError(null);
      onActionCreated?.(result.actionId);
    } else setError(result.message);
  };

  const open = items.filter((item) => !isPromoted(item, actionIds));
  const title = mode === 'park' ? 'Parking lot' : 'Start from the parking lot';

  return (
    <section className={`parking-lot parking-lot--${mode}`} aria-labelledby={headingId}>
      <div className="parking-lot__header">
        <span className="parking-lot__icon">
          <Icon name="parking" />
        </span>
        <div>
          <h3 id={headingId} className="parking-lot__title">
            {title}
            {items.length > 0 && <span className="lessons-count">{items.length}</span>}
          </h3>
          <p className="parking-lot__hint">
            {mode === 'park'
              ? readOnly
                ? 'Solution ideas raised while we were still understanding, kept for the Actions stage.'
                : 'A fix came to mind? Park it here so we keep understanding first. The ideas come back in the Actions stage.'
              : open.length > 0
                ? 'Ideas parked while we were learning. Turn the ones worth doing into actions, then give each an owner.'
                : 'Ideas parked during the lessons stage show up here.'}
          </p>
        </div>
      </div>

      {mode === 'park' && !readOnly && (
        <form className="parking-lot__form" onSubmit={park}>
          <label className="visually-hidden" htmlFor={inputId}>
            Park a solution idea
          </label>
          <input
            id={inputId}
            className="input"
            value={idea}
            maxLength={MAX_IDEA_LENGTH}
            placeholder="e.g. Add a failover drill to the on-call rota"
            aria-describedby={hintId}
            onChange={(event) => setIdea(event.target.value)}
            onFocus={() => onFocusChange('the parking lot', 'parking-lot')}
            onBlur={() => onFocusChange(null)}
          />
          <button type="submit" className="button" disabled={idea.trim() === ''}>
            <Icon name="plus" />
            Park it
          </button>
          <span id={hintId} className="visually-hidden">
            Press Enter to park the idea.
          </span>
        </form>
      )}

      {error && (
        <p className="lessons-note lessons-note--bad" role="alert">
          {error}
        </p>
      )}

      {items.length === 0 ? (
        <p className="parking-lot__empty">
          {mode === 'park'
            ? readOnly
              ? 'No ideas were parked.'
              : 'Nothing parked yet. When someone jumps to a solution, write it here and carry on with the lessons.'
            : 'Nothing was parked. Write actions below: what would make a similar incident less likely?'}
        </p>
      ) : (
        <ul className="parking-lot__list">
          {items.map((item) => {
            const promoted = isPromoted(item, actionIds);
            const canDelete = !readOnly && (facilitating || item.authorId === actor.participantId);
            return (
              <li key={item.id} className="parking-item" data-promoted={promoted ? 'true' : undefined}>
                <p className="parking-item__text">{item.text}</p>
                <div className="parking-item__footer">
                  <AuthorChip name={item.authorName} color={participantColor(item.authorId ?? '')} />
                  <div className="parking-item__actions">
                    {promoted && item.promotedToActionId && (
                      <a className="lessons-badge lessons-badge--ok" href={`#action-${item.promotedToActionId}`}>
                        <Icon name="check" />
                        Now an action
                      </a>
                    )}
                    {mode === 'promote' && !readOnly && !promoted && (
                      <button
                        type="button"
                        className="button button--small button--primary"
                        aria-label={`Turn into action: ${shortText(item.text)}`}
                        onClick={() => promote(item)}
                      >
                        Turn into action
                        <Icon name="arrow" />
                      </button>
                    )}
                    {canDelete && (
                      <ConfirmDelete
                        label={`Remove idea: ${shortText(item.text)}`}
                        question="Remove this idea?"
                        onConfirm={() => deleteParkingLotItem(doc, item.id)}
                      />
                    )}
                  </div>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function isPromoted(item: ParkingLotItem, actionIds: ReadonlySet<string>): boolean {
  return item.promotedToActionId !== null && actionIds.has(item.promotedToActionId);
}
