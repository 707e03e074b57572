import type { Stage } from '@debrief/shared';
import { useMemo } from 'react';
import { CoachContext } from '../../coach/CoachContext.ts';
import { useStageScreen } from './loadStageScreen.ts';
import type { StageProps } from './StageProps.ts';

/** The working content of the stage being viewed. */
export function StageContent({ stage, ...props }: StageProps & { readonly stage: Stage }) {
  const screen = useStageScreen(stage);
  const coach = useMemo(() => ({ meetingId: props.meetingId }), [props.meetingId]);
  if (screen.status === 'ready') {
    // Wording hints are for the people who can act on them.
    return (
      <CoachContext.Provider value={props.readOnly ? null : coach}>
        <screen.Screen {...props} />
      </CoachContext.Provider>
    );
  }
  if (screen.status === 'failed') {
    return (
      <div className="stage-content__status" role="alert">
        <p>This stage could not be loaded. Check your connection and try again.</p>
        <button type="button" className="button" onClick={screen.retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className="loading stage-content__status" role="status">
      Loading this stage…
    </p>
  );
}
