/** A meeting's live alert feed: the secret in its address, kept only as a hash and as a seal for facilitators. */
export interface AlertFeedRecord {
  readonly meetingId: string;
  /** sha256 of the secret, to find the meeting a notification is for. */
  readonly secretHash: string;
  /** The secret sealed with the facilitator link, so facilitators can see the address again. */
  readonly sealedSecret: string;
  readonly createdAt: number;
}

export interface AlertFeedStore {
  /** Opens the meeting's feed, replacing (and so revoking) the address it had. */
  open(feed: AlertFeedRecord): Promise<void>;
  /** Revokes the meeting's feed address. */
  close(meetingId: string): Promise<void>;
  read(meetingId: string): Promise<AlertFeedRecord | null>;
  findBySecretHash(secretHash: string): Promise<AlertFeedRecord | null>;
  /**
   * Remembers these notices by key (alert, status and time) and gives back the keys not seen before, so that a
   * notification repeated by its sender adds nothing. Kept after the feed closes: reopening does not re-add them.
   */
  recordNotices(meetingId: string, keys: readonly string[]): Promise<Set<string>>;
  /** Forgets notices recorded by `recordNotices` whose events could not be added after all. */
  forgetNotices(meetingId: string, keys: readonly string[]): Promise<void>;
  /** How many distinct notices the meeting's feed has taken in. */
  countNotices(meetingId: string): Promise<number>;
}
