import type { Stage } from '@debrief/shared';
import type { ComponentType } from 'react';
import { ActionsStage } from './actions/ActionsStage.tsx';
import { CheckInStage } from './checkIn/CheckInStage.tsx';
import { CheckOutStage } from './checkOut/CheckOutStage.tsx';
import { ClosedRecord } from './closed/ClosedRecord.tsx';
import { LessonsStage } from './lessons/LessonsStage.tsx';
import { PrepareStage } from './prepare/PrepareStage.tsx';
import type { StageProps } from './StageProps.ts';
import { TimelineStage } from './timeline/TimelineStage.tsx';

const screens: Record<Stage, ComponentType<StageProps>> = {
  prepare: PrepareStage,
  'check-in': CheckInStage,
  timeline: TimelineStage,
  lessons: LessonsStage,
  actions: ActionsStage,
  'check-out': CheckOutStage,
  closed: ClosedRecord,
};

/** The working content of the stage being viewed. */
export function StageContent({ stage, ...props }: StageProps & { readonly stage: Stage }) {
  const Screen = screens[stage];
  return <Screen {...props} />;
}
