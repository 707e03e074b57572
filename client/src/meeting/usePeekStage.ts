import type { Stage } from '@debrief/shared';
import { useState } from 'react';

export interface PeekStage {
  /** the stage this person is looking at instead of the meeting's, or null when following */
  readonly peek: Stage | null;
  /** what to show: the peek, else the meeting's stage */
  readonly viewed: Stage;
  /** look at a stage; null, or the meeting's own stage, returns to following */
  setPeek(stage: Stage | null): void;
}

/** Lets a person look at another stage; everyone follows the facilitator again as soon as the meeting moves. */
export function usePeekStage(current: Stage | null): PeekStage {
  const [look, setLook] = useState<{ stage: Stage; from: Stage | null } | null>(null);
  const peek = look !== null && look.from === current && look.stage !== current ? look.stage : null;
  return {
    peek,
    viewed: peek ?? current ?? 'prepare',
    setPeek: (stage) => setLook(stage === null ? null : { stage, from: current }),
  };
}
