import { CloseCode } from '@debrief/shared';

/** Close codes that reconnecting cannot fix: the link is wrong, the meeting is gone, or this page is too old. */
export const PERMANENT_REFUSALS: readonly number[] = [
  CloseCode.unauthorized,
  CloseCode.meetingNotFound,
  CloseCode.clientOutdated,
];

export function isPermanentRefusal(code: number | undefined): boolean {
  return code !== undefined && PERMANENT_REFUSALS.includes(code);
}
