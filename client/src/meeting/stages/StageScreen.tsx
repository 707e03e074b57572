import { STAGES, type Stage, stageLabels, type Timebox } from '@debrief/shared';
import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';
import { TimeboxCountdown } from '../TimeboxCountdown.tsx';
import { stageDescriptions } from './stageDescriptions.ts';

interface Props {
  readonly stage: Stage;
  /** the meeting's stage, to say whether this one is now, done or still to come */
  readonly current: Stage;
  readonly timebox: Timebox;
  /** whether this person can reopen a closed meeting */
  readonly canReopen: boolean;
  /** the facilitator's guide to this stage, for those who run the meeting */
  readonly guide?: ReactNode;
  readonly children?: ReactNode;
}

const WORKING_STAGES = STAGES.length - 1;

/** One stage's screen: what happens in it, its timebox while it is the meeting's stage, and its content. */
export function StageScreen({ stage, current, timebox, canReopen, guide, children }: Props) {
  const index = STAGES.indexOf(stage);
  const currentIndex = STAGES.indexOf(current);
  const when = stage === current ? 'Now' : index < currentIndex ? 'Earlier' : 'Coming up';
  const position = stage === 'closed' ? 'The record' : `Stage ${index + 1} of ${WORKING_STAGES}`;

  return (
    <section className="card stage-screen" aria-labelledby="stage-heading" data-stage={stage}>
      <div className="stage-screen__header">
        <div>
          <p className="eyebrow">
            {when} · {position}
          </p>
          <h2 id="stage-heading" className="stage-screen__title">
            {stageLabels[stage]}
          </h2>
        </div>
        {stage === current && <TimeboxCountdown timebox={timebox} />}
      </div>
      <p className="stage-screen__description">{stageDescriptions[stage]}</p>
      {guide}
      {stage === 'closed' && (
        <p className="closed-notice">
          <Icon name="lock" />
          {canReopen
            ? 'The meeting is closed and read only. If something still needs to change, use “Reopen the meeting” above.'
            : 'The meeting is closed and read only. A facilitator can reopen it if something still needs to change.'}
        </p>
      )}
      {children}
    </section>
  );
}
