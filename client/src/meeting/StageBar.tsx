import { STAGES, type Stage, stageLabels } from '@debrief/shared';
import { useEffect, useRef } from 'react';
import { Icon } from '../ui/Icon.tsx';

interface Props {
  /** the meeting's stage, from the control document; null until it has arrived */
  readonly current: Stage | null;
  /** the stage this person is looking at */
  readonly viewed: Stage;
  readonly facilitating: boolean;
  readonly canGoto: (stage: Stage) => boolean;
  readonly onGoto: (stage: Stage) => void;
  /** look at a stage without moving anyone; null returns to the meeting's stage */
  readonly onView: (stage: Stage | null) => void;
}

/**
 * Every stage in order, the meeting's own marked as the current step. For facilitators a stage moves everyone there
 * and the eye beside it only looks; for everyone else a stage is a look ahead or back.
 */
export function StageBar({ current, viewed, facilitating, canGoto, onGoto, onView }: Props) {
  const currentIndex = current === null ? -1 : STAGES.indexOf(current);
  const view = (stage: Stage) => onView(stage === current ? null : stage);
  const listRef = useRef<HTMLOListElement>(null);

  // On a narrow screen the bar scrolls sideways: keep the meeting's stage in sight as it moves. Measured just before
  // the next frame, which lays the page out anyway, rather than forcing a layout of its own while the page opens.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      const step = list?.querySelector<HTMLElement>(`[data-stage="${current}"]`);
      if (!list || !step || list.scrollWidth <= list.clientWidth) return;
      list.scrollLeft = step.offsetLeft - (list.clientWidth - step.offsetWidth) / 2;
    });
    return () => cancelAnimationFrame(frame);
  }, [current]);

  return (
    <nav className="stage-bar" aria-label="Meeting stages">
      <ol className="stage-bar__list" ref={listRef}>
        {STAGES.map((stage, index) => {
          const label = stageLabels[stage];
          const progress = index < currentIndex ? 'done' : index === currentIndex ? 'current' : 'upcoming';
          const isViewed = stage === viewed && stage !== current;
          return (
            <li
              key={stage}
              data-stage={stage}
              className={`stage-step stage-step--${progress}${isViewed ? ' stage-step--viewed' : ''}`}
            >
              <button
                type="button"
                className="stage-step__button"
                aria-current={stage === current ? 'step' : undefined}
                disabled={facilitating && !canGoto(stage)}
                title={facilitating ? `Move everyone to ${label}` : `Look at ${label}`}
                onClick={() => (facilitating ? onGoto(stage) : view(stage))}
              >
                <span className="stage-step__marker" aria-hidden="true">
                  {progress === 'done' ? <Icon name="check" /> : index + 1}
                </span>
                <span className="stage-step__label">{label}</span>
                {isViewed && <span className="visually-hidden"> (you are looking at this stage)</span>}
              </button>
              {facilitating && stage !== current && (
                <button
                  type="button"
                  className="stage-step__peek"
                  aria-label={`Look at ${label} without moving everyone`}
                  title={`Look at ${label} without moving everyone`}
                  aria-pressed={isViewed}
                  onClick={() => view(stage)}
                >
                  <Icon name="eye" />
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
