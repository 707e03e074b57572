import type { ActionStatus, LibraryResponse, OpenActionsResponse, PublicationResponse, Role } from '@debrief/shared';
import { NETWORK_ERROR_MESSAGE, readApiError } from '../api/readApiError.ts';
import { readMyMeetings } from '../app/myMeetingsStore.ts';

export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

async function request<T>(path: string, init: RequestInit = {}): Promise<Answer<T>> {
  try {
    const response = await fetch(path, init);
    if (!response.ok) return { ok: false, message: await readApiError(response) };
    return { ok: true, value: (await response.json()) as T };
  } catch {
    return { ok: false, message: NETWORK_ERROR_MESSAGE };
  }
}

function withToken(token: string, init: RequestInit = {}): RequestInit {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return { ...init, headers };
}

export interface LibraryFilters {
  readonly q: string;
  readonly severity: string;
  readonly service: string;
  readonly from: string;
  readonly to: string;
}

export function searchLibrary(filters: LibraryFilters, signal?: AbortSignal): Promise<Answer<LibraryResponse>> {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  return request(`/api/library?${query}`, { signal });
}

export function readOpenActions(): Promise<Answer<OpenActionsResponse>> {
  return request('/api/actions');
}

function meetingPath(meetingId: string, rest: string): string {
  return `/api/meetings/${encodeURIComponent(meetingId)}/${rest}`;
}

export function readPublication(meetingId: string, token: string): Promise<Answer<PublicationResponse>> {
  return request(meetingPath(meetingId, 'publication'), withToken(token));
}

export function publishMeeting(
  meetingId: string,
  token: string,
  services: readonly string[],
): Promise<Answer<PublicationResponse>> {
  return request(
    meetingPath(meetingId, 'publication'),
    withToken(token, { method: 'POST', body: JSON.stringify({ services }) }),
  );
}

export function withdrawMeeting(meetingId: string, token: string): Promise<Answer<PublicationResponse>> {
  return request(meetingPath(meetingId, 'publication'), withToken(token, { method: 'DELETE' }));
}

export function readRelated(meetingId: string, token: string): Promise<Answer<LibraryResponse>> {
  return request(meetingPath(meetingId, 'related'), withToken(token));
}

export function changeActionStatus(
  meetingId: string,
  actionId: string,
  token: string,
  status: ActionStatus,
): Promise<Answer<{ status: ActionStatus }>> {
  return request(
    meetingPath(meetingId, `actions/${encodeURIComponent(actionId)}`),
    withToken(token, { method: 'PATCH', body: JSON.stringify({ status }) }),
  );
}

const WRITING_ROLES: readonly Role[] = ['facilitator', 'participant'];

/**
 * The token of a link this browser holds that may change a meeting's actions (a facilitator's or participant's),
 * or null. Links live after the `#` of the paths the home page remembers.
 */
export function findWritingToken(meetingId: string): string | null {
  for (const role of WRITING_ROLES) {
    const meeting = readMyMeetings().find((item) => item.id === meetingId && item.role === role);
    const token = meeting?.path.split('#')[1];
    if (token) return token;
  }
  return null;
}
