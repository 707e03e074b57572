import type { MeetingCommand } from '@debrief/shared';
import { useCallback, useState } from 'react';
import { type CommandSender, sendMeetingCommand } from '../api/sendMeetingCommand.ts';

export interface MeetingCommands {
  /** Sends a command; the new agenda arrives through the control document. */
  send(command: MeetingCommand): Promise<boolean>;
  readonly pending: boolean;
  /** the server's reason for the last refused command, until the next one is sent */
  readonly error: string | null;
  dismissError(): void;
}

export function useMeetingCommands({ meetingId, token, participantId }: CommandSender): MeetingCommands {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = useCallback(
    async (command: MeetingCommand) => {
      setPending(true);
      setError(null);
      const result = await sendMeetingCommand({ meetingId, token, participantId }, command);
      setPending(false);
      if (!result.ok) setError(result.message);
      return result.ok;
    },
    [meetingId, token, participantId],
  );

  return { send, pending, error, dismissError: useCallback(() => setError(null), []) };
}
