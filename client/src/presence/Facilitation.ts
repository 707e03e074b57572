/** What a facilitator can do about another person in the room: share the facilitation, or hand the lead over. */
export interface Facilitation {
  /** the person who leads the meeting after a hand-over; null while the facilitator link leads */
  readonly leadId: string | null;
  /** Whether the stage machine would accept the command now (the same check the server makes). */
  canAdd(participantId: string): boolean;
  canHandOver(participantId: string): boolean;
  add(participantId: string): void;
  handOver(participantId: string): void;
  /** whether handing over also ends this person's own facilitation (a promoted participant steps down) */
  readonly handingOverStepsDown: boolean;
}
