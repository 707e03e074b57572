import type { StageProps } from '../StageProps.ts';

export function CheckInStage(_props: StageProps) {
  return null;
}
