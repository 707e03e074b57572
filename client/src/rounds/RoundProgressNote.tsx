import type { Stage } from '@debrief/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { Presence } from '../presence/collectPresence.ts';
import { describeRoundProgress, readRoundFinished } from './describeRoundProgress.ts';
import { useDocReader } from './useDocReader.ts';
import './rounds.css';

interface Props {
  readonly controlDoc: Y.Doc;
  readonly rounds: Y.Doc | null;
  readonly presence: Presence;
  /** a stage with a round (check-in, lessons, check-out) */
  readonly stage: Stage;
}

/** "3 of 4 checked in": how far the stage's round has come, for the facilitator beside Next. It never blocks moving on. */
export function RoundProgressNote({ controlDoc, rounds, presence, stage }: Props) {
  const read = useCallback((control: Y.Doc) => readRoundFinished(control, rounds, stage), [rounds, stage]);
  const counted = useDocReader(controlDoc, read);
  const readNamed = useCallback((doc: Y.Doc) => readRoundFinished(controlDoc, doc, stage), [controlDoc, stage]);
  const named = useDocReader(rounds ?? controlDoc, readNamed);
  const finished = rounds ? named : counted;
  const progress = describeRoundProgress(
    stage,
    presence.people.map((person) => person.user.id),
    finished,
  );
  if (!progress || progress.total === 0) return null;
  const complete = progress.done >= progress.total;
  return (
    <p className="round-progress" role="status" data-complete={complete ? 'true' : undefined}>
      <span className="round-progress__meter" aria-hidden="true">
        <span style={{ width: `${(progress.done / progress.total) * 100}%` }} />
      </span>
      {progress.text}
    </p>
  );
}
