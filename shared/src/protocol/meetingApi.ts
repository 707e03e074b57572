import type { ControlState } from '../meeting/controlState.ts';
import { isRole, ROLES, type Role } from '../meeting/roles.ts';
import type { CheckIn } from '../rounds/checkIns.ts';
import type { CheckOut } from '../rounds/checkOuts.ts';
import type { WorthRating } from '../rounds/moods.ts';
import { isSeverity, type Severity } from './httpApi.ts';

/**
 * The HTTP contract of one meeting, shared by the server (which builds these bodies with `satisfies`) and the
 * client (which reads them): one definition, no copies. Every refusal is `{error}` with a 4xx status.
 */
export interface ApiErrorResponse {
  readonly error: string;
}

/** A meeting as its link's holder sees it: no token hashes, nothing sealed. */
export interface PublicMeeting {
  readonly id: string;
  readonly title: string;
  readonly incidentSummary: string;
  /** ISO 8601 date-time with an offset or Z */
  readonly occurredAt: string | null;
  readonly severity: Severity;
  /** ms since the epoch */
  readonly createdAt: number;
}

/** Who a request with a personal key is in a meeting. */
export interface MeetingPerson {
  /** Derived from the person's key, so nobody else can act as it; what everyone in the room sees. */
  readonly participantId: string;
  /** Proves the participant id on the websocket (`?person=&proof=`), and gives nothing else. */
  readonly presenceKey: string;
}

/** `GET /api/meetings/<id>/session`. */
export interface MeetingSessionResponse {
  readonly meeting: PublicMeeting;
  readonly role: Role;
  /** Every role's link, for whoever holds the facilitator link. */
  readonly links?: Readonly<Record<Role, string>>;
  /** Null for observers, and for a request without `X-Personal-Key`. */
  readonly person: MeetingPerson | null;
}

/** `POST /api/meetings/<id>/commands`. */
export interface CommandResponse {
  readonly state: ControlState;
}

/** `POST /api/meetings/<id>/check-ins` and `GET …/check-ins/mine`. */
export interface CheckInResponse {
  readonly checkIn: CheckIn | null;
  /** Whether the server holds it back until the facilitator reveals the cards. */
  readonly held: boolean;
}

/** `GET /api/meetings/<id>/check-outs/mine`: the person's own rating, which only they get back. */
export interface MyCheckOutResponse {
  readonly worth: WorthRating | null;
}

/** `POST /api/meetings/<id>/check-outs`. */
export interface CheckOutResponse {
  readonly checkOut: CheckOut;
  readonly mine: MyCheckOutResponse;
}

/** Reads a session reply; null when it is not one. */
export function parseMeetingSessionResponse(body: unknown): MeetingSessionResponse | null {
  if (!isObject(body) || !isObject(body.meeting) || !isRole(body.role)) return null;
  const { meeting } = body;
  if (typeof meeting.id !== 'string') return null;
  return {
    meeting: {
      id: meeting.id,
      title: typeof meeting.title === 'string' ? meeting.title : '',
      incidentSummary: typeof meeting.incidentSummary === 'string' ? meeting.incidentSummary : '',
      occurredAt: typeof meeting.occurredAt === 'string' ? meeting.occurredAt : null,
      severity: isSeverity(meeting.severity) ? meeting.severity : 'SEV3',
      createdAt: readTimestamp(meeting.createdAt),
    },
    role: body.role,
    links: readLinks(body.links),
    person: readPerson(body.person),
  };
}

function readPerson(value: unknown): MeetingPerson | null {
  if (!isObject(value)) return null;
  const { participantId, presenceKey } = value;
  if (typeof participantId !== 'string' || typeof presenceKey !== 'string') return null;
  return { participantId, presenceKey };
}

function readLinks(value: unknown): Record<Role, string> | undefined {
  if (!isObject(value)) return undefined;
  const links: Partial<Record<Role, string>> = {};
  for (const role of ROLES) {
    const link = value[role];
    if (typeof link !== 'string') return undefined;
    links[role] = link;
  }
  return links as Record<Role, string>;
}

/** Accepts ms since the epoch or an ISO date-time, since either is a fair way to send a date. */
function readTimestamp(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? 0 : ms;
  }
  return 0;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
