import { type Stage, stageLabels } from '@debrief/shared';
import { Icon } from '../ui/Icon.tsx';

interface Props {
  readonly viewed: Stage;
  readonly current: Stage;
  /** offered to facilitators: move the meeting to the stage they are looking at */
  readonly onMoveEveryone?: () => void;
  readonly onReturn: () => void;
}

/** Says, while someone looks at another stage, that the meeting is elsewhere, with the way back. */
export function PeekBanner({ viewed, current, onMoveEveryone, onReturn }: Props) {
  return (
    <div className="peek-banner" role="status">
      <Icon name="eye" />
      <p className="peek-banner__text">
        You're looking at <strong>{stageLabels[viewed]}</strong>. The meeting is on{' '}
        <strong>{stageLabels[current]}</strong>.
      </p>
      <div className="peek-banner__actions">
        {onMoveEveryone && (
          <button type="button" className="button button--small" onClick={onMoveEveryone}>
            Move everyone here
          </button>
        )}
        <button type="button" className="button button--primary button--small" onClick={onReturn}>
          Return to the current stage
        </button>
      </div>
    </div>
  );
}
