import { type ControlState, MAX_ACTIONS_LIMIT } from '@debrief/shared';
import { Icon } from '../../../ui/Icon.tsx';
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
      <span className="lessons-settings__item">
        <span id="action-limit-label">Warn past this many actions</span>
        <span className="lessons-stepper">
          <button
            type="button"
            className="lessons-stepper__button"
            aria-label="One action fewer before the warning"
            disabled={commands.pending || limit <= 1}
            onClick={() => setLimit(limit - 1)}
          >
            <Icon name="minus" />
          </button>
          <output className="lessons-stepper__value" aria-labelledby="action-limit-label" aria-live="polite">
            {limit}
          </output>
          <button
            type="button"
            className="lessons-stepper__button"
            aria-label="One action more before the warning"
            disabled={commands.pending || limit >= MAX_ACTIONS_LIMIT}
            onClick={() => setLimit(limit + 1)}
          >
            <Icon name="plus" />
          </button>
        </span>
      </span>
    </div>
  );
}
