import type { StageProps } from '../StageProps.ts';

export function LessonsStage(_props: StageProps) {
  return null;
}
