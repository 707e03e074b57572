import type { Stage } from '@debrief/shared';
import { type ComponentType, useEffect, useState } from 'react';
import type { StageProps } from './StageProps.ts';

type StageScreenComponent = ComponentType<StageProps>;

/**
 * Each stage's screen is its own chunk, fetched when someone views that stage, so opening a meeting loads one
 * stage, while its documents sync, and the room (its heading and notes) does not wait for it.
 */
const loaders: Record<Stage, () => Promise<StageScreenComponent>> = {
  prepare: () => import('./prepare/PrepareStage.tsx').then((module) => module.PrepareStage),
  'check-in': () => import('./checkIn/CheckInStage.tsx').then((module) => module.CheckInStage),
  timeline: () => import('./timeline/TimelineStage.tsx').then((module) => module.TimelineStage),
  lessons: () => import('./lessons/LessonsStage.tsx').then((module) => module.LessonsStage),
  actions: () => import('./actions/ActionsStage.tsx').then((module) => module.ActionsStage),
  'check-out': () => import('./checkOut/CheckOutStage.tsx').then((module) => module.CheckOutStage),
  closed: () => import('./closed/ClosedRecord.tsx').then((module) => module.ClosedRecord),
};

const loaded = new Map<Stage, StageScreenComponent>();
const loading = new Map<Stage, Promise<StageScreenComponent>>();

export function loadStageScreen(stage: Stage): Promise<StageScreenComponent> {
  let promise = loading.get(stage);
  if (!promise) {
    promise = loaders[stage]().then(
      (screen) => {
        loaded.set(stage, screen);
        return screen;
      },
      (error: unknown) => {
        // Let a retry fetch it again.
        loading.delete(stage);
        throw error;
      },
    );
    loading.set(stage, promise);
  }
  return promise;
}

export type StageScreenState =
  | { status: 'loading' }
  | { status: 'ready'; Screen: StageScreenComponent }
  | { status: 'failed'; retry: () => void };

/** The screen of `stage` once its code is here; never suspends, so a stage that is ready shows at once. */
export function useStageScreen(stage: Stage): StageScreenState {
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState<{ stage: Stage; attempt: number } | null>(null);
  const [, setLoadedCount] = useState(0);
  const Screen = loaded.get(stage);

  useEffect(() => {
    if (loaded.has(stage)) return;
    let current = true;
    loadStageScreen(stage).then(
      () => current && setLoadedCount((count) => count + 1),
      () => current && setFailed({ stage, attempt }),
    );
    return () => {
      current = false;
    };
  }, [stage, attempt]);

  if (Screen) return { status: 'ready', Screen };
  if (failed?.stage === stage && failed.attempt === attempt) {
    return { status: 'failed', retry: () => setAttempt((count) => count + 1) };
  }
  return { status: 'loading' };
}
