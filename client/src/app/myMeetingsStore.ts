import { isRole, type Role } from '@debrief/shared';
import { readStorage, writeStorage } from '../identity/browserStorage.ts';

/** A meeting this browser created or joined, kept so people can find their way back. */
export interface MyMeeting {
  readonly id: string;
  readonly title: string;
  readonly role: Role;
  /** the page path with the token after `#`, e.g. `/m/<id>#<token>` */
  readonly path: string;
  /** every role's link, kept only by the browser that created the meeting */
  readonly links?: Readonly<Record<Role, string>>;
  /** ms since the epoch */
  readonly createdAt: number;
  readonly lastOpenedAt: number;
}

const STORAGE_KEY = 'debrief:myMeetings';
const MAX_MEETINGS = 50;

export function readMyMeetings(): MyMeeting[] {
  try {
    const parsed: unknown = JSON.parse(readStorage(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isMyMeeting) : [];
  } catch {
    return [];
  }
}

export function findMyMeeting(id: string, role: Role): MyMeeting | undefined {
  return readMyMeetings().find((meeting) => meeting.id === id && meeting.role === role);
}

/** Adds or refreshes a meeting, most recently opened first; links already known are kept. */
export function rememberMeeting(meeting: MyMeeting): void {
  const existing = findMyMeeting(meeting.id, meeting.role);
  const merged: MyMeeting = { ...existing, ...meeting, links: meeting.links ?? existing?.links };
  const others = readMyMeetings().filter((item) => !(item.id === meeting.id && item.role === meeting.role));
  writeStorage(STORAGE_KEY, JSON.stringify([merged, ...others].slice(0, MAX_MEETINGS)));
}

function isMyMeeting(value: unknown): value is MyMeeting {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.id === 'string' &&
    typeof item.title === 'string' &&
    isRole(item.role) &&
    typeof item.path === 'string' &&
    item.path.startsWith('/m/') &&
    typeof item.createdAt === 'number' &&
    typeof item.lastOpenedAt === 'number'
  );
}
