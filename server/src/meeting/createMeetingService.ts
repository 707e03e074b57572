import {
  applyMeetingExport,
  CloseCode,
  type ControlState,
  type CreateMeetingInput,
  type CreateMeetingResponse,
  canWriteContent,
  checkBoardUpdate,
  controlDocName,
  createControlState,
  DOC_SCHEMA_VERSION,
  IncidentMoment,
  isFacilitator,
  MAX_VOTER_KEY_LENGTH,
  type MeetingCommand,
  type MeetingPerson,
  type MeetingSessionResponse,
  MIN_VOTER_KEY_LENGTH,
  migrateDocument,
  type PublicMeeting,
  parseCreateMeetingInput,
  parseDocName,
  parseMeetingCommand,
  participantIdFromPresenceKey,
  ROLES,
  type Role,
  readControlState,
  readLegacySchemaVersion,
  setIncidentTime,
  type TransitionResult,
  transitionMeeting,
  writeControlState,
  writeMeetingMeta,
  writeVoteTotal,
} from '@debrief/shared';
import * as Y from 'yjs';
import type { BoardImageStore } from '../persistence/BoardImageStore.ts';
import type { MeetingRecord, MeetingStore } from '../persistence/MeetingStore.ts';
import type { ParticipantStore } from '../persistence/ParticipantStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { ResolveSyncAccess } from '../sync/handleSyncSocket.ts';
import { createSerialiser } from './createSerialiser.ts';
import { createMeetingId, createToken, hashToken, resolveRole } from './meetingTokens.ts';
import { derivePersonalKeys } from './personalKeys.ts';
import { type LegacyContent, readLegacyContent } from './readLegacyContent.ts';
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

/** Who a request or a connection is, once its token and key have been checked. */
export interface MeetingAccess {
  readonly meeting: MeetingRecord;
  readonly role: Role;
  /** The person, proven by their key; null for observers and requests without a key. */
  readonly person: AccessPerson | null;
  /** The link token, for opening the sealed share links of a facilitator. */
  readonly token: string;
}

export interface AccessPerson extends MeetingPerson {
  /** Names this person's ballot in the vote store; not derivable from anything else anyone holds. */
  readonly ballotId: string;
  /** Names this person's check-out rating in the rating store. */
  readonly ratingId: string;
}

export type Refusal = { readonly ok: false; readonly status: 400 | 401 | 403 | 404 | 409; readonly message: string };
export type AccessOutcome = { readonly ok: true; readonly access: MeetingAccess } | Refusal;
export type CommandOutcome = { readonly ok: true; readonly state: ControlState } | Refusal;

/** What a request says about who sends it: the link token and the person's headers. */
export interface AccessRequest {
  readonly token: string | null;
  /** `X-Personal-Key`: the secret the person's browser keeps. */
  readonly personalKey: string | null;
  /** `X-Participant-Id`: optional; when sent it must be the id the key gives (or one the key claimed before). */
  readonly participantId: string | null;
}

/**
 * Meetings: creating them, telling who a request or a connection is (the one place that checks tokens and
 * personal keys), keeping stored meetings on the current schema, and running the agenda commands.
 */
export function createMeetingService(deps: {
  readonly meetings: MeetingStore;
  readonly registry: RoomRegistry;
  readonly participants: ParticipantStore;
  /** Moves what older documents kept in the content into the server's own documents and stores. */
  readonly upgradeContent?: (meetingId: string, from: number, legacy: LegacyContent) => Promise<void>;
  /** Where an imported meeting's picture of its board is kept. */
  readonly boardImages?: Pick<BoardImageStore, 'write'>;
  readonly now?: () => number;
}) {
  const { meetings, registry, participants } = deps;
  const now = deps.now ?? Date.now;
  const stateListeners: StateListener[] = [];
  /** Each meeting's agenda state as last read or written: the server is its only writer. */
  const knownStates = new Map<string, ControlState>();
  const rememberState = (meetingId: string, state: ControlState) => knownStates.set(meetingId, state);
  const upgrades = createSerialiser(registry.locks, 'upgrade');
  // Another instance may move the agenda on: what this one remembers of it follows.
  registry.onOutsideChange((room) => {
    const parsed = parseDocName(room.name);
    if (parsed?.kind !== 'control') return;
    const state = readControlState(room.doc);
    if (state) rememberState(parsed.meetingId, state);
  });

  async function readState(meetingId: string): Promise<ControlState> {
    const known = knownStates.get(meetingId);
    if (known) return known;
    const state = (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? null;
    if (state) rememberState(meetingId, state);
    return state ?? createControlState(now());
  }

  /** A meeting from the start form: when the incident happened also fills in its "Started" key moment. */
  async function createMeeting(input: CreateMeetingInput, baseUrl: string): Promise<CreateMeetingResponse> {
    const created = await createEmptyMeeting(input, baseUrl);
    const { occurredAt, timeZone } = input.incident;
    if (occurredAt !== null) {
      await registry.applyServerChange(created.id, (doc) => {
        setIncidentTime(doc, IncidentMoment.started, { at: occurredAt, timeZone: timeZone ?? 'UTC' });
      });
    }
    return created;
  }

  async function createEmptyMeeting(input: CreateMeetingInput, baseUrl: string): Promise<CreateMeetingResponse> {
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
      schemaVersion: DOC_SCHEMA_VERSION,
    };
    await meetings.createMeeting(record);
    await registry.applyServerChange(id, (doc) => {
      migrateDocument(doc, 0);
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
   * The one check of who sends a request: the meeting exists, the token gives a role, and the personal key (when
   * sent) gives the person. Every route goes through it (see routes/meetingAccess.ts); services trust its answer.
   */
  async function resolveAccess(meetingId: string, request: AccessRequest): Promise<AccessOutcome> {
    const meeting = await findMeeting(meetingId);
    if (!meeting) return refuse(404, 'There is no meeting at this link');
    const role = resolveRole(meeting.tokenHashes, request.token);
    if (!role || !request.token) return refuse(401, 'This link’s token is missing or wrong');
    const upgraded = await upgradeMeeting(meeting);
    if (role === 'observer' || request.personalKey === null) {
      return { ok: true, access: { meeting: upgraded, role, person: null, token: request.token } };
    }
    const person = await identify(meeting.id, request.personalKey, request.participantId);
    if (!person.ok) return person;
    return { ok: true, access: { meeting: upgraded, role, person: person.value, token: request.token } };
  }

  /** The person a personal key makes, in this meeting; an `X-Participant-Id` sent beside it must match. */
  async function identify(
    meetingId: string,
    personalKey: string,
    claimedId: string | null,
  ): Promise<{ ok: true; value: AccessPerson } | Refusal> {
    if (!isPersonalKey(personalKey)) {
      return refuse(
        400,
        `The "X-Personal-Key" header must carry your secret personal key (${MIN_VOTER_KEY_LENGTH} to ${MAX_VOTER_KEY_LENGTH} letters, digits, - or _)`,
      );
    }
    const keys = derivePersonalKeys(meetingId, personalKey);
    let participantId = keys.participantId;
    if (claimedId !== null && claimedId !== keys.participantId) {
      // An id from before ids were derived counts only for the browser that claimed it then.
      if (!(await participants.isLegacyClaim(meetingId, claimedId, keys.legacyClaimHash(claimedId)))) {
        return refuse(403, 'That participant id is not yours: only the browser it belongs to can act as it');
      }
      participantId = claimedId;
    } else {
      await participants.recordJoin(meetingId, participantId);
    }
    return {
      ok: true,
      value: { participantId, presenceKey: keys.presenceKey, ballotId: keys.ballotId, ratingId: keys.ratingId },
    };
  }

  /** What a link opens, and as whom; with every role's token for whoever holds the facilitator link. */
  function getSession(access: MeetingAccess): {
    readonly session: Omit<MeetingSessionResponse, 'links'>;
    readonly tokens: Readonly<Record<Role, string>> | null;
  } {
    const { meeting, role, token, person } = access;
    const shared =
      role === 'facilitator' && meeting.sealedShareTokens ? openSealedTokens(meeting.sealedShareTokens, token) : null;
    return {
      session: {
        meeting: toPublicMeeting(meeting),
        role,
        person: person ? { participantId: person.participantId, presenceKey: person.presenceKey } : null,
      },
      tokens: shared ? { facilitator: token, ...shared } : null,
    };
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

  /** Authorise (done by the access check), validate, resolve: the server is the only writer of the control document. */
  async function applyCommand(access: MeetingAccess, body: unknown): Promise<CommandOutcome> {
    const parsed = parseMeetingCommand(body);
    if (!parsed.ok) return refuse(400, parsed.message);
    const meetingId = access.meeting.id;
    const actor = { role: access.role, participantId: access.person?.participantId ?? null };
    const command: MeetingCommand = parsed.command;
    if (
      (command.type === 'addFacilitator' || command.type === 'handOver') &&
      !(await participants.hasJoined(meetingId, command.participantId))
    ) {
      return refuse(409, 'That person has not joined this meeting');
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
    if (!outcome.ok) return outcome;
    rememberState(meetingId, outcome.state);
    const previous = before as ControlState | null;
    if (previous) for (const listener of stateListeners) await listener(meetingId, previous, outcome.state);
    return { ok: true, state: outcome.state };
  }

  const resolveSyncAccess: ResolveSyncAccess = async (docName, { token, clientVersion, person, proof }) => {
    const parsed = parseDocName(docName);
    const meeting = parsed ? await findMeeting(parsed.meetingId) : null;
    if (!parsed || !meeting) return { allowed: false, code: CloseCode.meetingNotFound };
    const role = resolveRole(meeting.tokenHashes, token);
    if (!role) return { allowed: false, code: CloseCode.unauthorized };
    if (clientVersion !== undefined && clientVersion < DOC_SCHEMA_VERSION) {
      return { allowed: false, code: CloseCode.clientOutdated };
    }
    await upgradeMeeting(meeting);
    if (parsed.kind === 'control') return { allowed: true, canWrite: () => false, presence: null };
    // Names, notes and moods: observers (the company-wide link) see only the counts in the control document.
    if (parsed.kind === 'rounds') {
      if (role === 'observer') return { allowed: false, code: CloseCode.unauthorized };
      return { allowed: true, canWrite: () => false, presence: null };
    }
    // The board has the content's roles, and what its updates hold is checked: only known tldraw records, capped.
    const board = parsed.kind === 'board' ? { checkUpdate: checkBoardUpdate } : {};
    if (!canWriteContent(role)) {
      return { allowed: true, canWrite: () => false, presence: null, watching: parsed.kind === 'content' };
    }
    await readState(meeting.id);
    const meetingId = meeting.id;
    // A closed meeting is a read-only record for everyone until a facilitator reopens it.
    const canWrite = () => knownStates.get(meetingId)?.stage !== 'closed';
    const provenId = person && proof && participantIdFromPresenceKey(proof) === person ? person : null;
    if (!provenId) return { allowed: true, canWrite, presence: null, ...board };
    return {
      allowed: true,
      canWrite,
      ...board,
      // Presence shows only the proven person, and as a facilitator only if they are one.
      presence: (state) => {
        const user = state.user as { id?: unknown; role?: unknown } | undefined;
        if (typeof user !== 'object' || user === null || user.id !== provenId) return false;
        if (user.role !== 'facilitator') return user.role === 'participant';
        const current = knownStates.get(meetingId);
        return current ? isFacilitator(current, { role, participantId: provenId }) : role === 'facilitator';
      },
    };
  };

  /**
   * Brings a meeting's content to the current schema before anyone reads or syncs it. The version is the
   * store's; a meeting from before the store kept it gets it from its document, believed up to version 3.
   */
  async function upgradeMeeting(meeting: MeetingRecord): Promise<MeetingRecord> {
    if (meeting.schemaVersion !== null && meeting.schemaVersion >= DOC_SCHEMA_VERSION) return meeting;
    return upgrades(meeting.id, async () => {
      const current = await meetings.getMeeting(meeting.id);
      if (!current) return meeting;
      if (current.schemaVersion !== null && current.schemaVersion >= DOC_SCHEMA_VERSION) return current;
      // What moves out is copied to its new place first, and taken out of the content only then: a failure or a
      // crash in between leaves it where it was, and the next visit tries again.
      const { from, legacy } = await registry.readDocument(meeting.id, (doc) => {
        const version = current.schemaVersion ?? readLegacySchemaVersion(doc);
        return { from: version, legacy: readLegacyContent(doc, version) };
      });
      await deps.upgradeContent?.(meeting.id, from, legacy);
      await registry.applyServerChange(meeting.id, (doc) => migrateDocument(doc, from));
      await meetings.setSchemaVersion(meeting.id, DOC_SCHEMA_VERSION);
      return { ...current, schemaVersion: DOC_SCHEMA_VERSION };
    });
  }

  function findMeeting(meetingId: string): Promise<MeetingRecord | null> {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(meetingId)) return Promise.resolve(null);
    return meetings.getMeeting(meetingId);
  }

  /**
   * A new meeting from an export (`export.json`): the export is first read into a scratch document, so a damaged or
   * newer file is refused with what is wrong before anything is created.
   */
  async function importMeeting(
    body: unknown,
    baseUrl: string,
  ): Promise<{ readonly ok: true; readonly created: CreateMeetingResponse } | Refusal> {
    const scratch = new Y.Doc();
    const reading = applyMeetingExport(scratch, body, now());
    scratch.destroy();
    if (!reading.ok) return { ok: false, status: 400, message: reading.message };
    const { title, incidentSummary, occurredAt, severity } = reading.meeting;
    const input = parseCreateMeetingInput({ title, incident: { summary: incidentSummary, occurredAt, severity } });
    if (!input.ok) return { ok: false, status: 400, message: `meeting: ${input.message}` };
    // The export's own key moments are the record: nothing is filled in from its date.
    const created = await createEmptyMeeting(input.value, baseUrl);
    await registry.applyServerChange(created.id, (doc) => {
      applyMeetingExport(doc, body, now());
    });
    await registry.applyServerChange(controlDocName(created.id), (doc) => {
      for (const [cardId, votes] of Object.entries(reading.votes)) writeVoteTotal(doc, cardId, votes);
    });
    if (reading.boardPicture !== null) await deps.boardImages?.write(created.id, reading.boardPicture);
    return { ok: true, created };
  }

  /** Runs after every accepted command, e.g. to reveal held check-ins when hiding ends. */
  function onStateChange(listener: StateListener): void {
    stateListeners.push(listener);
  }

  return {
    createMeeting,
    importMeeting,
    resolveAccess,
    getSession,
    prepareForVisit,
    applyCommand,
    readState,
    resolveSyncAccess,
    onStateChange,
  };
}

export type MeetingService = ReturnType<typeof createMeetingService>;

function toPublicMeeting(meeting: MeetingRecord): PublicMeeting {
  const { id, title, incidentSummary, occurredAt, severity, createdAt } = meeting;
  return { id, title, incidentSummary, occurredAt, severity, createdAt };
}

function isPersonalKey(value: string): boolean {
  return new RegExp(`^[A-Za-z0-9_-]{${MIN_VOTER_KEY_LENGTH},${MAX_VOTER_KEY_LENGTH}}$`).test(value);
}

function refuse(status: Refusal['status'], message: string): Refusal {
  return { ok: false, status, message };
}
