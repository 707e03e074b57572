import { type KeyboardEvent, type ReactNode, useId, useMemo, useRef, useState } from 'react';
import type { StageProps } from '../meeting/stages/StageProps.ts';
import type { BoardPerson } from './bindBoardPresence.ts';
import { LazyBoardPanel } from './LazyBoardPanel.ts';
import './boardTabs.css';

type View = 'stage' | 'board';

/**
 * A stage's own view and the contributing-factors board, as two tabs. The board's code is fetched only when its tab
 * is opened (or hovered, or focused, so that it shows at once).
 */
export function StageWithBoard({
  stage,
  label,
  children,
}: {
  readonly stage: StageProps;
  /** The name of the stage's own tab, such as "Timeline". */
  readonly label: string;
  readonly children: ReactNode;
}) {
  const [view, setView] = useState<View>('stage');
  const baseId = useId();
  const tabs = useRef<Record<View, HTMLButtonElement | null>>({ stage: null, board: null });
  const { meetingId, token, doc, readOnly, role, facilitating, actor } = stage;
  const participantId = actor.participantId;
  const person = useMemo<BoardPerson | null>(
    () =>
      role === 'observer' || participantId === null
        ? null
        : { participantId, name: actor.name, color: actor.color, role: facilitating ? 'facilitator' : role },
    [role, participantId, actor.name, actor.color, facilitating],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: View =
      event.key === 'Home' ? 'stage' : event.key === 'End' ? 'board' : view === 'stage' ? 'board' : 'stage';
    setView(next);
    tabs.current[next]?.focus();
  };

  const tab = (id: View, text: string) => (
    <button
      ref={(element) => {
        tabs.current[id] = element;
      }}
      type="button"
      role="tab"
      id={`${baseId}-${id}-tab`}
      aria-selected={view === id}
      aria-controls={`${baseId}-${id}-panel`}
      tabIndex={view === id ? 0 : -1}
      className="stage-tabs__tab"
      onClick={() => setView(id)}
      onMouseEnter={id === 'board' ? LazyBoardPanel.preload : undefined}
      onFocus={id === 'board' ? LazyBoardPanel.preload : undefined}
    >
      {text}
    </button>
  );

  return (
    <>
      <div className="stage-tabs" role="tablist" aria-label="View" onKeyDown={onKeyDown}>
        {tab('stage', label)}
        {tab('board', 'Board')}
      </div>
      <div role="tabpanel" id={`${baseId}-${view}-panel`} aria-labelledby={`${baseId}-${view}-tab`}>
        {view === 'stage' ? (
          children
        ) : (
          <LazyBoardPanel meetingId={meetingId} token={token} content={doc} readOnly={readOnly} person={person} />
        )}
      </div>
    </>
  );
}
