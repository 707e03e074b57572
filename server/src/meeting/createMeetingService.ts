import {
  CloseCode,
  type ControlState,
  type CreateMeetingInput,
  type CreateMeetingResponse,
  canWriteContent,
  controlDocName,
  createControlState,
  DOC_SCHEMA_VERSION,
  type MeetingActor,
  migrateDocument,
  parseDocName,
  parseMeetingCommand,
  parsePersonalHeaders,
  ROLES,
  type Role,
  readControlState,
  type TransitionResult,
  transitionMeeting,
  writeControlState,
  writeMeetingMeta,
} from '@debrief/shared';
import type { MeetingRecord, MeetingStore } from '../persistence/MeetingStore.ts';
import type { ParticipantStore } from '../persistence/ParticipantStore.ts';
import type { PersonalHeaders } from '../routes/readRequest.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { ResolveSyncAccess } from '../sync/handleSyncSocket.ts';
import { hashPersonalKey } from './hashPersonalKey.ts';
import { createMeetingId, createToken, hashToken, resolveRole } from './meetingTokens.ts';
import { openSealedTokens, sealTokens } from './sealTokens.ts';

/** The three links of a meeting; tokens go after the # so they never reach server logs or Referer headers. */
export function createLinks(baseUrl: string, meetingId: string, tokens: Readonly<Record<Role, string>>) {
  return Object.fromEntries(ROLES.map((role) => [role, `${baseUrl}/m/${meetingId}#${tokens[role]}`])) as Record<
    Role,
    string
  >;
}

/** How long a meeting stays loaded for a page that opened its link: long enough for a slow page to connect. */
const VISIT_HOLD_MS = 5_000;

type StateListener = (meetingId: string, before: ControlState, after: ControlState) => Promise<void>;

export type CommandOutcome =
  | { readonly ok: true; readonly state: ControlState }
  | { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };

export type SessionOutcome =
  | {
      readonly ok: true;
      readonly meeting: Omit<MeetingRecord, 'tokenHashes' | 'sealedShareTokens'>;
      readonly role: Role;
      /** The share links, for whoever holds the facilitator link. */
      readonly tokens: Readonly<Record<Role, string>> | null;
    }
  | { readonly ok: false; readonly status: 401 | 404; readonly message: string };

/** Meetings: creating them, telling who a token belongs to, and running the agenda commands. */
export function createMeetingService(deps: {
  readonly meetings: MeetingStore;
  readonly registry: RoomRegistry;
  readonly participants: ParticipantStore;
  readonly now?: () => number;
}) {
  const { meetings, registry, participants } = deps;
  const now = deps.now ?? Date.now;
  const stateListeners: StateListener[] = [];
  /** Whether each meeting is closed, known from its control document; kept current by `applyCommand`. */
  const closedMeetings = new Map<string, boolean>();

  async function isMeetingClosed(meetingId: string): Promise<boolean> {
    const known = closedMeetings.get(meetingId);
    if (known !== undefined) return known;
    const closed = await registry.readDocument(
      controlDocName(meetingId),
      (doc) => readControlState(doc)?.stage === 'closed',
    );
    closedMeetings.set(meetingId, closed);
    return closed;
  }

  async function createMeeting(input: CreateMeetingInput, baseUrl: string): Promise<CreateMeetingResponse> {
    const id = createMeetingId();
    const tokens = { facilitator: createToken(), participant: createToken(), observer: createToken() };
    const createdAt = now();
    const record: MeetingRecord = {
      id,
      title: input.title,
      incidentSummary: input.incident.summary,
      occurredAt: input.incident.occurredAt,
      severity: input.incident.severity,
      createdAt,
      tokenHashes: {
        facilitator: hashToken(tokens.facilitator),
        participant: hashToken(tokens.participant),
        observer: hashToken(tokens.observer),
      },
      sealedShareTokens: sealTokens(tokens, tokens.facilitator),
    };
    await meetings.createMeeting(record);
    await registry.applyServerChange(id, (doc) => {
      migrateDocument(doc);
      writeMeetingMeta(doc, {
        title: record.title,
        incidentSummary: record.incidentSummary,
        occurredAt: record.occurredAt,
        severity: record.severity,
        createdAt,
      });
    });
    await registry.applyServerChange(controlDocName(id), (doc) =>
      writeControlState(doc, createControlState(createdAt)),
    );
    return { id, tokens, links: createLinks(baseUrl, id, tokens) };
  }

  /**
   * What a link's token opens, and as whom. With the person's headers, it also records that they joined: the
   * first browser to open a meeting with a participant id is, from then on, the only one that can act as it.
   */
  async function getSession(
    meetingId: string,
    token: string | null,
    person?: PersonalHeaders,
  ): Promise<SessionOutcome> {
    const meeting = await findMeeting(meetingId);
    if (!meeting) return { ok: false, status: 404, message: 'There is no meeting at this link' };
    const role = resolveRole(meeting.tokenHashes, token);
    if (!role) return { ok: false, status: 401, message: 'This link’s token is missing or wrong' };
    if (person && role !== 'observer') {
      const parsed = parsePersonalHeaders(person.participantId, person.voterKey);
      if (parsed.ok) await claimParticipant(meetingId, parsed.value);
    }
    const { tokenHashes: _hashes, sealedShareTokens, ...visible } = meeting;
    const shared =
      role === 'facilitator' && token && sealedShareTokens ? openSealedTokens(sealedShareTokens, token) : null;
    return { ok: true, meeting: visible, role, tokens: shared && token ? { facilitator: token, ...shared } : null };
  }

  /**
   * Starts loading a meeting's content from disk for a page that has just opened its link, and keeps it loaded
   * for a few seconds, so that the load overlaps the page's own and its websocket finds the room ready.
   */
  function prepareForVisit(meetingId: string): void {
    // After the answer has gone out: reading a large meeting from disk holds the process for a moment.
    setImmediate(() => {
      registry.holdFor(meetingId, VISIT_HOLD_MS).catch((error: unknown) => {
        console.error(`Could not load meeting ${meetingId} ahead of its page:`, error);
      });
    });
  }

  /** Authorise, validate, resolve: the server is the only writer of the control document. */
  async function applyCommand(
    meetingId: string,
    token: string | null,
    person: PersonalHeaders,
    body: unknown,
  ): Promise<CommandOutcome> {
    const session = await getSession(meetingId, token);
    if (!session.ok) return session;
    const parsed = parseMeetingCommand(body);
    if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
    const identity = await identify(meetingId, person);
    if (!identity.ok) return identity;
    const actor: MeetingActor = { role: session.role, participantId: identity.participantId };
    const command = parsed.command;
    if (
      (command.type === 'addFacilitator' || command.type === 'handOver') &&
      !(await participants.hasJoined(meetingId, command.participantId))
    ) {
      return { ok: false, status: 409, message: 'That person has not joined this meeting' };
    }
    let result: TransitionResult | null = null;
    let before: ControlState | null = null;
    await registry.applyServerChange(controlDocName(meetingId), (doc) => {
      const state = readControlState(doc) ?? createControlState(now());
      before = state;
      result = transitionMeeting(state, command, actor, now());
      if (result.ok) writeControlState(doc, result.state);
    });
    const outcome = result as TransitionResult | null;
    if (!outcome) throw new Error('The command was not resolved');
    if (outcome.ok) {
      closedMeetings.set(meetingId, outcome.state.stage === 'closed');
      const previous = before as ControlState | null;
      if (previous) for (const listener of stateListeners) await listener(meetingId, previous, outcome.state);
    }
    return outcome.ok ? { ok: true, state: outcome.state } : outcome;
  }

  function claimParticipant(meetingId: string, person: { participantId: string; voterKey: string }) {
    const keyHash = hashPersonalKey(meetingId, person.participantId, person.voterKey);
    return participants.claim(meetingId, person.participantId, keyHash);
  }

  /**
   * The participant id a command acts as: none without the headers, else the id once the person's key proves it
   * is theirs. A promoted facilitator is known only by that id, so nobody else can use it to run the meeting.
   */
  async function identify(
    meetingId: string,
    person: PersonalHeaders,
  ): Promise<{ ok: true; participantId: string | null } | { ok: false; status: 400 | 403; message: string }> {
    if (person.participantId === null) return { ok: true, participantId: null };
    const parsed = parsePersonalHeaders(person.participantId, person.voterKey);
    if (!parsed.ok) return { ok: false, status: 400, message: parsed.message };
    if (!(await claimParticipant(meetingId, parsed.value))) {
      return {
        ok: false,
        status: 403,
        message: 'Another browser has joined this meeting as that person, so only it can act as them',
      };
    }
    return { ok: true, participantId: parsed.value.participantId };
  }

  const resolveSyncAccess: ResolveSyncAccess = async (docName, { token, clientVersion }) => {
    const parsed = parseDocName(docName);
    const meeting = parsed ? await findMeeting(parsed.meetingId) : null;
    if (!parsed || !meeting) return { allowed: false, code: CloseCode.meetingNotFound };
    const role = resolveRole(meeting.tokenHashes, token);
    if (!role) return { allowed: false, code: CloseCode.unauthorized };
    if (clientVersion !== undefined && clientVersion < DOC_SCHEMA_VERSION) {
      return { allowed: false, code: CloseCode.clientOutdated };
    }
    if (parsed.kind === 'control' || !canWriteContent(role)) {
      return { allowed: true, canWrite: () => false, presence: null };
    }
    await isMeetingClosed(meeting.id);
    // A closed meeting is a read-only record for everyone until a facilitator reopens it.
    return { allowed: true, canWrite: () => closedMeetings.get(meeting.id) !== true, presence: () => true };
  };

  function findMeeting(meetingId: string): Promise<MeetingRecord | null> {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(meetingId)) return Promise.resolve(null);
    return meetings.getMeeting(meetingId);
  }

  /** Runs after every accepted command, e.g. to reveal held check-ins when hiding ends. */
  function onStateChange(listener: StateListener): void {
    stateListeners.push(listener);
  }

  return { createMeeting, getSession, prepareForVisit, applyCommand, identify, resolveSyncAccess, onStateChange };
}

export type MeetingService = ReturnType<typeof createMeetingService>;
