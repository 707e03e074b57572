import { type ControlState, MAX_VOTES_PER_PERSON } from '@debrief/shared';
import { SettingStepper } from '../../../lessons/SettingStepper.tsx';
import type { MeetingCommands } from '../../useMeetingCommands.ts';

interface Props {
  readonly control: ControlState;
  readonly commands: MeetingCommands;
}

/** The facilitator's two settings for this stage; the server applies them and everyone's screen follows. */
export function LessonsSettings({ control, commands }: Props) {
  const votes = control.votesPerPerson;
  const setVotes = (next: number) => void commands.send({ type: 'setVotesPerPerson', votes: next });

  return (
    // biome-ignore lint/a11y/useSemanticElements: two unrelated settings on one line; a fieldset would add a box.
    <div className="lessons-settings" role="group" aria-labelledby="lessons-settings-title">
      <span id="lessons-settings-title" className="lessons-settings__title">
        Facilitator
      </span>
      <SettingStepper
        id="votes-per-person-label"
        label="Votes per person"
        value={votes}
        min={0}
        max={MAX_VOTES_PER_PERSON}
        fewer="One vote fewer per person"
        more="One vote more per person"
        disabled={commands.pending}
        onChange={setVotes}
      />
      <label className="lessons-settings__item lessons-switch">
        <input
          type="checkbox"
          role="switch"
          aria-checked={control.anonymousCardsAllowed}
          checked={control.anonymousCardsAllowed}
          disabled={commands.pending}
          onChange={(event) => void commands.send({ type: 'setAnonymousCards', allowed: event.target.checked })}
        />
        <span className="lessons-switch__track" aria-hidden="true" />
        Allow anonymous cards
      </label>
    </div>
  );
}
