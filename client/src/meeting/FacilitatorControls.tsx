import {
  type ControlState,
  canApplyCommand,
  MAX_TIMEBOX_MINUTES,
  type MeetingActor,
  type MeetingCommand,
  MIN_TIMEBOX_MINUTES,
  nextStage,
  stageLabels,
} from '@debrief/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { StageHintCounts } from '../coach/StageHintCounts.tsx';
import type { Presence } from '../presence/collectPresence.ts';
import { hasRound } from '../rounds/describeRoundProgress.ts';
import { RoundProgressNote } from '../rounds/RoundProgressNote.tsx';
import { Icon } from '../ui/Icon.tsx';
import { CloseMeetingConfirm } from './CloseMeetingConfirm.tsx';
import { MeetingDownloadsMenu } from './MeetingDownloads.tsx';
import type { MeetingCommands } from './useMeetingCommands.ts';
import './facilitatorControls.css';

interface Props {
  readonly state: ControlState;
  readonly actor: MeetingActor;
  readonly commands: MeetingCommands;
  /** the control and rounds documents and who is here, to say how far a stage's round has come */
  readonly controlDoc?: Y.Doc;
  readonly rounds?: Y.Doc | null;
  readonly presence?: Presence;
  /** the content document and meeting, to count the wording hints open in each stage */
  readonly content?: { readonly doc: Y.Doc; readonly meetingId: string } | null;
  /** this person's link token, for the downloads */
  readonly token: string;
}

const DEFAULT_MINUTES = 10;

/**
 * The facilitator's toolbar: move the agenda, keep time, download the files, close (after asking) or reopen. Each
 * button is enabled by the stage machine.
 */
export function FacilitatorControls({ state, actor, commands, controlDoc, rounds, presence, content, token }: Props) {
  const [minutesText, setMinutesText] = useState(() =>
    String(state.timebox.durationMs === null ? DEFAULT_MINUTES : Math.round(state.timebox.durationMs / 60_000)),
  );
  const minutes = Number(minutesText);
  const validMinutes =
    minutesText.trim() !== '' &&
    Number.isInteger(minutes) &&
    minutes >= MIN_TIMEBOX_MINUTES &&
    minutes <= MAX_TIMEBOX_MINUTES;
  const closed = state.stage === 'closed';
  const next = nextStage(state.stage);
  const lastStage = next === 'closed';
  const [confirmingClose, setConfirmingClose] = useState(false);
  const closeRef = useRef<HTMLButtonElement>(null);
  const reopenRef = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);

  const can = (command: MeetingCommand) => !commands.pending && canApplyCommand(state, command, actor, Date.now());
  const canReopen = can({ type: 'reopen' });
  // Once closed, the close button is gone: focus goes to the button that takes its place, once it can be used.
  useEffect(() => {
    if (!closed) return;
    setConfirmingClose(false);
    if (closing.current && canReopen) {
      closing.current = false;
      reopenRef.current?.focus();
    }
  }, [closed, canReopen]);
  const send = (command: MeetingCommand) => {
    void commands.send(command);
  };
  const cancelClose = () => {
    setConfirmingClose(false);
    closeRef.current?.focus();
  };
  const confirmClose = () => {
    closing.current = true;
    void commands.send({ type: 'close' }).then((ok) => {
      if (!ok) closing.current = false;
    });
  };
  const setTimebox = (event: FormEvent) => {
    event.preventDefault();
    if (validMinutes) send({ type: 'setTimebox', minutes });
  };

  return (
    <section className="card controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading" className="card__title card__title--small">
        Run the meeting
      </h2>
      <div className="controls__row">
        {!closed && (
          <fieldset className="controls__group">
            <legend className="visually-hidden">Agenda</legend>
            <button
              type="button"
              className="button"
              disabled={!can({ type: 'back' })}
              // The stage this was pressed on: pressed twice, or by two facilitators at once, it moves once.
              onClick={() => send({ type: 'back', from: state.stage })}
            >
              <Icon name="back" />
              Back
            </button>
            {next !== null && next !== 'closed' && (
              <button
                type="button"
                className="button button--primary"
                disabled={!can({ type: 'advance' })}
                onClick={() => send({ type: 'advance', from: state.stage })}
              >
                Next: {stageLabels[next]}
                <Icon name="next" />
              </button>
            )}
            {controlDoc && presence && hasRound(state.stage) && (
              <RoundProgressNote
                controlDoc={controlDoc}
                rounds={rounds ?? null}
                presence={presence}
                stage={state.stage}
              />
            )}
          </fieldset>
        )}

        {!closed && (
          <form className="controls__group controls__timebox" onSubmit={setTimebox}>
            <label className="controls__label" htmlFor="timebox-minutes">
              Timebox
            </label>
            <span className="input-group">
              <input
                id="timebox-minutes"
                className="input input--minutes"
                type="number"
                inputMode="numeric"
                min={MIN_TIMEBOX_MINUTES}
                max={MAX_TIMEBOX_MINUTES}
                step={1}
                value={minutesText}
                onChange={(event) => setMinutesText(event.target.value)}
                aria-describedby="timebox-minutes-unit"
              />
              <span id="timebox-minutes-unit" className="input-group__unit">
                min
              </span>
            </span>
            <button
              type="submit"
              className="button"
              disabled={!validMinutes || !can({ type: 'setTimebox', minutes: validMinutes ? minutes : null })}
            >
              Set
            </button>
            <button
              type="button"
              className="button"
              disabled={!can({ type: 'startTimebox' })}
              onClick={() => send({ type: 'startTimebox' })}
            >
              <Icon name="play" />
              {state.timebox.elapsedMs > 0 ? 'Resume' : 'Start'}
            </button>
            <button
              type="button"
              className="button"
              disabled={!can({ type: 'pauseTimebox' })}
              onClick={() => send({ type: 'pauseTimebox' })}
            >
              <Icon name="pause" />
              Pause
            </button>
            {state.timebox.durationMs !== null && (
              <button
                type="button"
                className="button button--ghost"
                disabled={!can({ type: 'setTimebox', minutes: null })}
                onClick={() => send({ type: 'setTimebox', minutes: null })}
              >
                Clear
              </button>
            )}
          </form>
        )}

        <div className="controls__group controls__end">
          {content && <MeetingDownloadsMenu doc={content.doc} meetingId={content.meetingId} token={token} />}
          {closed ? (
            <button
              ref={reopenRef}
              type="button"
              className="button button--primary"
              disabled={!canReopen}
              onClick={() => send({ type: 'reopen' })}
            >
              Reopen the meeting
            </button>
          ) : (
            // On the last stage closing is the way on, so it is the main button there.
            <button
              ref={closeRef}
              type="button"
              className={lastStage ? 'button button--primary' : 'button button--quiet-danger'}
              disabled={!can({ type: 'close' })}
              aria-expanded={confirmingClose}
              aria-controls={confirmingClose ? 'close-meeting-confirm' : undefined}
              onClick={() => setConfirmingClose((asking) => !asking)}
            >
              <Icon name="lock" />
              Close the meeting
            </button>
          )}
        </div>
      </div>

      {confirmingClose && !closed && (
        <CloseMeetingConfirm
          id="close-meeting-confirm"
          stage={state.stage}
          lastStage={lastStage}
          busy={commands.pending}
          onConfirm={confirmClose}
          onCancel={cancelClose}
        />
      )}

      {content && !closed && <StageHintCounts doc={content.doc} meetingId={content.meetingId} />}

      {commands.error && (
        <div className="inline-alert" role="alert">
          <p>{commands.error}</p>
          <button type="button" className="button button--small button--ghost" onClick={commands.dismissError}>
            Dismiss
          </button>
        </div>
      )}
    </section>
  );
}
