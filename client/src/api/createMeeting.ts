import type { CreateMeetingResponse } from '@debrief/shared';
import { NETWORK_ERROR_MESSAGE, readApiError } from './readApiError.ts';

export interface CreateMeetingRequest {
  readonly title: string;
  readonly incident: {
    readonly summary: string;
    readonly occurredAt: string | null;
    /** the IANA zone the form was filled in */
    readonly timeZone?: string;
    readonly severity: string;
  };
}

export type CreateMeetingResult = { ok: true; meeting: CreateMeetingResponse } | { ok: false; message: string };

/** `POST /api/meetings`: the new meeting's id, and one token and link per role. */
export async function createMeeting(request: CreateMeetingRequest): Promise<CreateMeetingResult> {
  let response: Response;
  try {
    response = await fetch('/api/meetings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return { ok: false, message: NETWORK_ERROR_MESSAGE };
  }
  if (response.status !== 201) return { ok: false, message: await readApiError(response) };
  return { ok: true, meeting: (await response.json()) as CreateMeetingResponse };
}
