import type { StageProps } from '../StageProps.ts';

export function ClosedRecord(_props: StageProps) {
  return null;
}
