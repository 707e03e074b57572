import type { Stage } from '@debrief/shared';
import { useStageScreen } from './loadStageScreen.ts';
import type { StageProps } from './StageProps.ts';

/** The working content of the stage being viewed. */
export function StageContent({ stage, ...props }: StageProps & { readonly stage: Stage }) {
  const screen = useStageScreen(stage);
  if (screen.status === 'ready') return <screen.Screen {...props} />;
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
