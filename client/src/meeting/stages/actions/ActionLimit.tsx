import { type ControlState, MAX_ACTIONS_LIMIT } from '@debrief/shared';
import { SettingStepper } from '../../../lessons/SettingStepper.tsx';
import type { MeetingCommands } from '../../useMeetingCommands.ts';

interface Props {
  readonly control: ControlState;
  readonly commands: MeetingCommands;
}

/** The facilitator's limit on how many actions the list should hold; past it, everyone sees a warning. */
export function ActionLimit({ control, commands }: Props) {
  const limit = control.maxActions;
  const setLimit = (actions: number) => void commands.send({ type: 'setMaxActions', actions });
  return (
    // biome-ignore lint/a11y/useSemanticElements: one setting on a line; a fieldset would add a box.
    <div className="lessons-settings" role="group" aria-labelledby="action-limit-title">
      <span id="action-limit-title" className="lessons-settings__title">
        Facilitator
      </span>
      <SettingStepper
        id="action-limit-label"
        label="Warn past this many actions"
        value={limit}
        min={1}
        max={MAX_ACTIONS_LIMIT}
        fewer="One action fewer before the warning"
        more="One action more before the warning"
        disabled={commands.pending}
        onChange={setLimit}
      />
    </div>
  );
}
