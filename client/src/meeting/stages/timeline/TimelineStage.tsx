import type { StageProps } from '../StageProps.ts';

export function TimelineStage(_props: StageProps) {
  return null;
}
