import type { MeetingCommand } from '@debrief/shared';
import { personalHeaders } from '../identity/getPersonalKey.ts';
import { NETWORK_ERROR_MESSAGE, readApiError } from './readApiError.ts';

export type SendMeetingCommandResult = { ok: true } | { ok: false; message: string };

export interface CommandSender {
  readonly meetingId: string;
  readonly token: string;
  /** Lets a participant who was promoted to facilitator act. */
  readonly participantId: string;
}

/** `POST /api/meetings/<id>/commands`: the server checks the command and writes the control document. */
export async function sendMeetingCommand(
  sender: CommandSender,
  command: MeetingCommand,
): Promise<SendMeetingCommandResult> {
  let response: Response;
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(sender.meetingId)}/commands`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${sender.token}`,
        'Content-Type': 'application/json',
        ...personalHeaders(sender.participantId),
      },
      body: JSON.stringify(command),
    });
  } catch {
    return { ok: false, message: NETWORK_ERROR_MESSAGE };
  }
  if (!response.ok) return { ok: false, message: await readApiError(response) };
  return { ok: true };
}
