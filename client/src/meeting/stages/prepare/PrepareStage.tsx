import type { StageProps } from '../StageProps.ts';

export function PrepareStage(_props: StageProps) {
  return null;
}
