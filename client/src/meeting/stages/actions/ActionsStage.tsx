import { actionListWarnings, ContentRoot, readActions, readCards, readIncidentFacts } from '@debrief/shared';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { ParkingLotPanel } from '../../../lessons/ParkingLotPanel.tsx';
import { useContentValue } from '../../../lessons/useContentValue.ts';
import { useFocusRelease } from '../../../lessons/useFocusRelease.ts';
import { useVoteTotals } from '../../../lessons/useVoteTotals.ts';
import { Icon } from '../../../ui/Icon.tsx';
import type { StageProps } from '../StageProps.ts';
import { ActionItem } from './ActionItem.tsx';
import { ActionLimit } from './ActionLimit.tsx';
import { CostOverview } from './CostOverview.tsx';
import { localToday } from './describeDueDate.ts';
import { NewActionForm } from './NewActionForm.tsx';
import { ownerChoices } from './ownerChoices.ts';
import '../../../lessons/lessons.css';
import './actionsStage.css';

const actionRoots = [ContentRoot.actions, ContentRoot.cards, ContentRoot.facts] as const;

function readActionsView(doc: Y.Doc) {
  return {
    actions: readActions(doc),
    cards: readCards(doc),
    incidentCost: readIncidentFacts(doc).cost,
  };
}

/** The actions stage: owned, dated, costed actions that answer the lessons, starting from the parking lot. */
export function ActionsStage(props: StageProps) {
  const { doc, actor, facilitating, readOnly, presence, onFocusChange, control, commands } = props;
  const { actions, cards, incidentCost } = useContentValue(doc, actionRoots, readActionsView);
  const cardIds = useMemo(() => Object.values(cards).flatMap((list) => list.map((card) => card.id)), [cards]);
  const totals = useVoteTotals(props.controlDoc, cardIds);
  const [justAdded, setJustAdded] = useState<{ id: string; focus: boolean } | null>(null);
  const participantId = actor.participantId ?? '';
  const author = useMemo(() => ({ participantId, name: actor.name }), [participantId, actor.name]);
  const today = localToday();
  const focusRelease = useFocusRelease(onFocusChange);

  const inRoom = presence.people.map((person) => ({ id: person.user.id, name: person.user.name }));
  const authors = Object.values(cards)
    .flat()
    .flatMap((card) => (card.authorId && card.authorName ? [{ id: card.authorId, name: card.authorName }] : []));

  // Bring a new action into view once it has been drawn; one made from a parked idea gets the cursor in its title.
  useEffect(() => {
    if (!justAdded) return;
    const element = document.getElementById(`action-${justAdded.id}`);
    if (!element) return;
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    const title = element.querySelector<HTMLTextAreaElement>('textarea');
    if (justAdded.focus && title) {
      title.focus({ preventScroll: true });
      title.setSelectionRange(title.value.length, title.value.length);
    }
    setJustAdded(null);
  }, [justAdded]);

  const done = actions.filter((action) => action.status === 'done').length;
  const unowned = actions.filter((action) => action.owner === null && action.status !== 'wont-do').length;
  const listWarnings = actionListWarnings(actions, incidentCost, control.maxActions);

  return (
    <div className="actions-stage" {...focusRelease}>
      <ParkingLotPanel
        doc={doc}
        mode="promote"
        readOnly={readOnly}
        actor={author}
        facilitating={facilitating}
        onFocusChange={onFocusChange}
        onActionCreated={(id) => setJustAdded({ id, focus: true })}
      />

      <section className="actions-section" aria-labelledby="actions-heading">
        <div className="actions-section__header">
          <h3 id="actions-heading" className="actions-section__title">
            Actions
            {actions.length > 0 && <span className="lessons-count">{actions.length}</span>}
          </h3>
          {actions.length > 0 && (
            <p className="actions-section__progress">
              <span className="lessons-badge lessons-badge--ok">{done} done</span>
              {unowned > 0 && <span className="lessons-badge lessons-badge--warn">{unowned} without an owner</span>}
            </p>
          )}
        </div>
        <p className="actions-section__hint">
          Each action needs exactly one owner and a due date. Prefer changes that make the system safer over more
          process.
        </p>

        <CostOverview actions={actions} incidentCost={incidentCost} />

        {facilitating && !readOnly && <ActionLimit control={control} commands={commands} />}

        {listWarnings.length > 0 && (
          <ul className="action-warnings action-warnings--list" aria-label="About the list of actions">
            {listWarnings.map((warning) => (
              <li key={warning.kind} className="action-warning" data-kind={warning.kind}>
                <Icon name="bulb" />
                <span>{warning.message}</span>
              </li>
            ))}
          </ul>
        )}

        {!readOnly && <NewActionForm doc={doc} onAdded={(id) => setJustAdded({ id, focus: false })} />}

        {actions.length === 0 ? (
          <p className="actions-empty">
            {readOnly
              ? 'No actions were agreed.'
              : 'No actions yet. Turn a parked idea into one above, or write one: what would make a similar incident less likely, or its impact smaller?'}
          </p>
        ) : (
          <ol className="action-list">
            {actions.map((action, index) => (
              <li key={action.id} id={`action-${action.id}`}>
                <ActionItem
                  doc={doc}
                  action={action}
                  number={index + 1}
                  ownerChoices={ownerChoices({
                    self: { id: participantId, name: actor.name },
                    inRoom,
                    authors,
                    current: action.owner,
                  })}
                  cards={cards}
                  totals={totals}
                  today={today}
                  incidentCost={incidentCost}
                  readOnly={readOnly}
                  presence={presence}
                  onFocusChange={onFocusChange}
                />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
