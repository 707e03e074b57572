/** The picture of each meeting's board, as it was when the meeting closed, for the record. */
export interface BoardImageStore {
  read(meetingId: string): Promise<string | null>;
  /** Keeps the picture, replacing the one kept before. */
  write(meetingId: string, svg: string): Promise<void>;
  /** Forgets it, as when the meeting reopens and its board may change. */
  remove(meetingId: string): Promise<void>;
}
