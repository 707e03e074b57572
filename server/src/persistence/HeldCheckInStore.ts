import type { MoodValue } from '@debrief/shared';

/** A check-in the server holds back while the facilitator keeps cards hidden. */
export interface HeldCheckIn {
  /** Whose it is: only the browser with that person's key can act as this id and read it back before the reveal. */
  readonly participantId: string;
  readonly name: string;
  readonly note: string | null;
  readonly mood: MoodValue | null;
  readonly passed: boolean;
  readonly at: number;
}

export interface HeldCheckInStore {
  /** Holds a person's check-in, replacing the one they held before. */
  hold(meetingId: string, checkIn: HeldCheckIn): Promise<void>;
  read(meetingId: string, participantId: string): Promise<HeldCheckIn | null>;
  readAll(meetingId: string): Promise<HeldCheckIn[]>;
  /** Forgets these people's held check-ins, once they are safely in the document. */
  release(meetingId: string, participantIds: readonly string[]): Promise<void>;
}
