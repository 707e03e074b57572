import type { StageProps } from '../StageProps.ts';

export function ActionsStage(_props: StageProps) {
  return null;
}
