import { isRole, isSeverity, type Role, type Severity } from '@debrief/shared';
import { getParticipantId } from '../identity/getParticipantId.ts';
import { personalHeaders } from '../identity/getPersonalKey.ts';
import { NETWORK_ERROR_MESSAGE, readApiError } from './readApiError.ts';
import { rebaseLinks } from './rebaseLinks.ts';

export interface MeetingSession {
  readonly meeting: {
    readonly id: string;
    readonly title: string;
    readonly incidentSummary: string;
    readonly occurredAt: string | null;
    readonly severity: Severity;
    /** ms since the epoch */
    readonly createdAt: number;
  };
  readonly role: Role;
  /** every role's link, if the server sends them to facilitators */
  readonly links?: Readonly<Record<Role, string>>;
}

export type GetMeetingSessionResult =
  | { ok: true; session: MeetingSession }
  | { ok: false; reason: 'unauthorized' | 'not-found' | 'unavailable'; message: string };

declare global {
  interface Window {
    /** The session request index.html sends for a meeting link before the app's code has loaded. */
    __debriefEarlySession?: { meetingId: string; token: string; response: Promise<Response | null> };
  }
}

/** The request index.html already sent for this link, once: a retry asks again. */
function takeEarlyRequest(meetingId: string, token: string): Promise<Response | null> | null {
  const early = window.__debriefEarlySession;
  if (!early || early.meetingId !== meetingId || early.token !== token) return null;
  window.__debriefEarlySession = undefined;
  return early.response;
}

/** `GET /api/meetings/<id>/session`: what the token in a link opens, and as whom. */
export async function getMeetingSession(meetingId: string, token: string): Promise<GetMeetingSessionResult> {
  const response = await (takeEarlyRequest(meetingId, token) ??
    fetch(`/api/meetings/${encodeURIComponent(meetingId)}/session`, {
      // Saying who opens it makes this browser the only one that can act as this person in the meeting.
      headers: { Authorization: `Bearer ${token}`, ...personalHeaders(getParticipantId()) },
    }).catch(() => null));
  if (!response) return { ok: false, reason: 'unavailable', message: NETWORK_ERROR_MESSAGE };
  if (response.status === 401) return { ok: false, reason: 'unauthorized', message: await readApiError(response) };
  if (response.status === 404) return { ok: false, reason: 'not-found', message: await readApiError(response) };
  if (!response.ok) return { ok: false, reason: 'unavailable', message: await readApiError(response) };
  const session = readMeetingSession(await response.json().catch(() => null));
  if (!session) return { ok: false, reason: 'unavailable', message: 'The server sent a reply we did not understand.' };
  return { ok: true, session };
}

function readMeetingSession(body: unknown): MeetingSession | null {
  if (typeof body !== 'object' || body === null) return null;
  const { meeting, role, links } = body as { meeting?: Record<string, unknown>; role?: unknown; links?: unknown };
  if (typeof meeting !== 'object' || meeting === null || !isRole(role)) return null;
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
    role,
    links: readLinks(links),
  };
}

function readLinks(value: unknown): Record<Role, string> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { facilitator, participant, observer } = value as Record<string, unknown>;
  if (typeof facilitator !== 'string' || typeof participant !== 'string' || typeof observer !== 'string') {
    return undefined;
  }
  return rebaseLinks({ facilitator, participant, observer }, window.location.origin);
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
