import type { AlertFeedStore } from './AlertFeedStore.ts';
import type { BoardImageStore } from './BoardImageStore.ts';
import type { CheckOutRatingStore } from './CheckOutRatingStore.ts';
import type { HeldCheckInStore } from './HeldCheckInStore.ts';
import type { LibraryStore } from './LibraryStore.ts';
import type { MeetingStore } from './MeetingStore.ts';
import type { OutboxStore } from './OutboxStore.ts';
import type { ParticipantStore } from './ParticipantStore.ts';
import type { RoomStore } from './RoomStore.ts';
import type { VoteStore } from './VoteStore.ts';

/** Everything Debrief keeps durably. SQLite implements all of it; another backend can replace any part. */
export interface Stores {
  readonly rooms: RoomStore;
  readonly meetings: MeetingStore;
  readonly votes: VoteStore;
  readonly heldCheckIns: HeldCheckInStore;
  readonly participants: ParticipantStore;
  readonly checkOutRatings: CheckOutRatingStore;
  readonly alertFeeds: AlertFeedStore;
  /** Webhook messages waiting to go out. */
  readonly outbox: OutboxStore;
  readonly library: LibraryStore;
  readonly boardImages: BoardImageStore;
}
