import type { StageProps } from '../StageProps.ts';

export function CheckOutStage(_props: StageProps) {
  return null;
}
