import {
  CloseCode,
  canApplyCommand,
  isFacilitator,
  type MeetingActor,
  type MeetingCommand,
  type Stage,
} from '@debrief/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MeetingSession } from '../api/getMeetingSession.ts';
import { BrokenLinkPage } from '../app/lazyPages.ts';
import { findMyMeeting } from '../app/myMeetingsStore.ts';
import { getMeetingPerson } from '../identity/getMeetingPerson.ts';
import { participantColor } from '../identity/participantColor.ts';
import type { Facilitation } from '../presence/Facilitation.ts';
import { LazyPersonActions } from '../presence/LazyPersonActions.ts';
import { usePresence } from '../presence/usePresence.ts';
import { ConnectionBadge } from '../sync/ConnectionBadge.tsx';
import { releaseStartedMeetingSync } from '../sync/startMeetingSync.ts';
import { useConnectionStatus } from '../sync/useConnectionStatus.ts';
import { useControlState } from '../sync/useControlState.ts';
import { useMeetingDocs } from '../sync/useMeetingDocs.ts';
import { useMeetingMeta } from '../sync/useMeetingMeta.ts';
import { Icon } from '../ui/Icon.tsx';
import { lazyComponent } from '../ui/lazyComponent.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { MeetingHeader } from './MeetingHeader.tsx';
import { MeetingNotes } from './MeetingNotes.tsx';
import { PeekBanner } from './PeekBanner.tsx';
import { RoomGuide } from './RoomGuide.tsx';
import { StageBar } from './StageBar.tsx';
import { loadStageScreen } from './stages/loadStageScreen.ts';
import { StageContent } from './stages/StageContent.tsx';
import { StageScreen } from './stages/StageScreen.tsx';
import { useFacilitationNotice } from './useFacilitationNotice.ts';
import { useMeetingCommands } from './useMeetingCommands.ts';
import { usePeekStage } from './usePeekStage.ts';
import './meeting.css';

// Only facilitators see these, so everyone else's room opens without their code.
const FacilitatorControls = lazyComponent(() =>
  import('./FacilitatorControls.tsx').then((module) => module.FacilitatorControls),
);
const LinksPanel = lazyComponent(() => import('./LinksPanel.tsx').then((module) => module.LinksPanel));
const FacilitatorGuide = lazyComponent(() =>
  import('./FacilitatorGuide.tsx').then((module) => module.FacilitatorGuide),
);
// Shown only when something went wrong.
const UpdateAvailableBanner = lazyComponent(() =>
  import('./UpdateAvailableBanner.tsx').then((module) => module.UpdateAvailableBanner),
);
const WriteRefusedNotice = lazyComponent(() =>
  import('../sync/WriteRefusedNotice.tsx').then((module) => module.WriteRefusedNotice),
);

export interface MeetingPageProps {
  readonly session: MeetingSession;
  readonly token: string;
  readonly name: string;
}

/** The meeting room: follows the agenda the server governs, and shows who is here and what they are doing. */
export function MeetingPage({ session, token, name }: MeetingPageProps) {
  const { meeting, role } = session;
  useEffect(() => {
    if (role !== 'facilitator') return;
    // Fetched beside the documents, so that the controls are here when the agenda is.
    FacilitatorControls.preload();
    LinksPanel.preload();
    LazyPersonActions.preload();
  }, [role]);
  // Derived from this browser's personal key; the server derives the same id, and it proves it on the socket.
  const participantId = useMemo(() => getMeetingPerson(meeting.id).participantId, [meeting.id]);
  const storedLinks = useMemo(() => findMyMeeting(meeting.id, 'facilitator')?.links ?? null, [meeting.id]);
  const { control, content, rounds, writeRefused, dismissWriteRefused } = useMeetingDocs(meeting.id, token, role);
  // The documents the page started syncing while it loaded are held by the hooks above from now on.
  useEffect(releaseStartedMeetingSync, []);
  const refusal = content?.refusal ?? control?.refusal ?? rounds?.refusal ?? null;
  const status = useConnectionStatus(content?.provider);
  const controlState = useControlState(control?.doc);
  const meta = useMeetingMeta(content?.doc);
  const commands = useMeetingCommands({ meetingId: meeting.id, token, participantId });

  const current = controlState?.stage ?? null;
  const { peek, viewed, setPeek } = usePeekStage(current);
  // The stage's screen downloads while the meeting's content syncs, not after.
  const known = current !== null;
  useEffect(() => {
    if (known) loadStageScreen(viewed).catch(() => undefined);
  }, [known, viewed]);

  const actor: MeetingActor = { role, participantId };
  const facilitating = controlState ? isFacilitator(controlState, actor) : role === 'facilitator';
  const shownRole = facilitating ? 'facilitator' : role;
  const facilitationNotice = useFacilitationNotice(role, controlState, participantId, facilitating);
  const [focus, setFocusState] = useState<{ label: string | null; id: string | null }>({ label: null, id: null });
  const setFocus = useCallback(
    (label: string | null, id: string | null = null) => setFocusState({ label, id: label === null ? null : id }),
    [],
  );
  // A field that disappears with the stage never fires blur: stop telling others we are editing it.
  useEffect(() => {
    if (viewed) setFocus(null);
  }, [viewed, setFocus]);
  // Observers watch without being shown: the server takes no presence from their links.
  const presence = usePresence(
    content?.provider.awareness,
    role === 'observer'
      ? null
      : {
          user: { id: participantId, name, color: participantColor(participantId), role: shownRole },
          stage: viewed,
          focus: focus.label,
          focusId: focus.id,
        },
  );

  const title = meta?.title ?? meeting.title;
  useEffect(() => {
    document.title = title ? `${title} · Debrief` : 'Debrief';
    return () => {
      document.title = 'Debrief';
    };
  }, [title]);

  if (refusal === CloseCode.unauthorized) return <BrokenLinkPage reason="unauthorized" />;
  if (refusal === CloseCode.meetingNotFound) return <BrokenLinkPage reason="not-found" />;

  const canGoto = (stage: Stage) =>
    controlState !== null && canApplyCommand(controlState, { type: 'goto', stage }, actor, Date.now());
  const gotoStage = (stage: Stage) => void commands.send({ type: 'goto', stage });
  const can = (command: MeetingCommand) =>
    controlState !== null && !commands.pending && canApplyCommand(controlState, command, actor, Date.now());
  const facilitation: Facilitation | undefined = facilitating
    ? {
        leadId: controlState?.leadFacilitatorId ?? null,
        canAdd: (id) => can({ type: 'addFacilitator', participantId: id }),
        canHandOver: (id) => can({ type: 'handOver', participantId: id }),
        add: (id) => void commands.send({ type: 'addFacilitator', participantId: id }),
        handOver: (id) => void commands.send({ type: 'handOver', participantId: id }),
        handingOverStepsDown: role === 'participant',
      }
    : undefined;
  const closed = current === 'closed';
  const readOnly = role === 'observer' || closed;
  const links = session.links ?? storedLinks;

  return (
    <div className="page">
      <TopBar>
        <ConnectionBadge status={refusal === null ? status : 'offline'} />
      </TopBar>
      {refusal === CloseCode.clientOutdated && <UpdateAvailableBanner />}
      {writeRefused !== null && <WriteRefusedNotice reason={writeRefused} onDismiss={dismissWriteRefused} />}
      <main className="meeting">
        <MeetingHeader
          title={title}
          incidentSummary={meta?.incidentSummary ?? meeting.incidentSummary}
          occurredAt={meta ? meta.occurredAt : meeting.occurredAt}
          severity={meta?.severity ?? meeting.severity}
          role={shownRole}
          presence={presence}
          leadId={controlState?.leadFacilitatorId ?? null}
          facilitation={facilitation}
        />
        <StageBar
          current={current}
          viewed={viewed}
          facilitating={facilitating}
          canGoto={canGoto}
          onGoto={gotoStage}
          onView={setPeek}
        />
        {peek !== null && current !== null && (
          <PeekBanner
            viewed={peek}
            current={current}
            onMoveEveryone={facilitating && canGoto(peek) ? () => gotoStage(peek) : undefined}
            onReturn={() => setPeek(null)}
          />
        )}
        {facilitationNotice.notice && (
          <div className="peek-banner" role="status">
            <Icon name="crown" />
            <p className="peek-banner__text">{facilitationNotice.notice}</p>
            <button type="button" className="button button--small button--ghost" onClick={facilitationNotice.dismiss}>
              Dismiss
            </button>
          </div>
        )}
        {facilitating && controlState && (
          <FacilitatorControls
            state={controlState}
            actor={actor}
            commands={commands}
            controlDoc={control?.doc}
            rounds={rounds?.doc ?? null}
            presence={presence}
            content={content ? { doc: content.doc, meetingId: meeting.id } : null}
            token={token}
          />
        )}
        <div className="meeting__layout">
          <div className="meeting__main">
            {controlState && content && control ? (
              <StageScreen
                stage={viewed}
                current={controlState.stage}
                timebox={controlState.timebox}
                canReopen={facilitating}
                guide={facilitating ? <FacilitatorGuide stage={viewed} /> : undefined}
              >
                <StageContent
                  stage={viewed}
                  doc={content.doc}
                  controlDoc={control.doc}
                  rounds={rounds?.doc ?? null}
                  meetingId={meeting.id}
                  token={token}
                  control={controlState}
                  actor={{ ...actor, name, color: participantColor(participantId) }}
                  role={role}
                  facilitating={facilitating}
                  readOnly={readOnly}
                  presence={presence}
                  onFocusChange={setFocus}
                  commands={commands}
                  links={links}
                />
                <MeetingNotes
                  doc={content.doc}
                  readOnly={readOnly}
                  readOnlyReason={
                    role === 'observer'
                      ? 'You are watching: the notes update live as the team writes.'
                      : 'The meeting is closed, so the notes are read only.'
                  }
                  onFocusChange={setFocus}
                />
              </StageScreen>
            ) : (
              <section className="card stage-screen">
                <p className="loading" role="status">
                  Loading the agenda…
                </p>
              </section>
            )}
          </div>
          <aside className="meeting__aside" aria-label="About this meeting">
            {role === 'facilitator' ? (
              <LinksPanel links={links} ownLink={window.location.href} />
            ) : (
              <RoomGuide role={role} />
            )}
          </aside>
        </div>
      </main>
    </div>
  );
}
