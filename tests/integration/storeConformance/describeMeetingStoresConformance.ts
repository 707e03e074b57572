import type { Stores } from '@debrief/server';
import { describe, expect, it } from 'vitest';
import type { StoreBackend } from './StoreBackend.ts';
import { useTestDatabase } from './useTestDatabase.ts';

type MeetingRecord = Parameters<Stores['meetings']['createMeeting']>[0];

const meeting = (id: string): MeetingRecord => ({
  id,
  title: 'Checkout outage',
  incidentSummary: 'Payments failed for 20 minutes',
  occurredAt: '2026-03-01T10:00:00Z',
  severity: 'SEV2',
  createdAt: 1_767_000_000_123,
  tokenHashes: { facilitator: 'f'.repeat(64), participant: 'p'.repeat(64), observer: 'o'.repeat(64) },
  sealedShareTokens: 'sealed',
  schemaVersion: 5,
});

/** The small stores each meeting keeps: the meeting itself, ballots, held check-ins, who joined, ratings, the board. */
export function describeMeetingStoresConformance(backend: StoreBackend): void {
  const openDatabase = useTestDatabase(backend);

  describe('meeting store', () => {
    it('keeps a meeting as created, and its schema version as set', async () => {
      const { meetings } = (await openDatabase()).stores;
      expect(await meetings.getMeeting('m1')).toBeNull();
      await meetings.createMeeting(meeting('m1'));
      await meetings.createMeeting({
        ...meeting('m2'),
        occurredAt: null,
        sealedShareTokens: null,
        schemaVersion: null,
      });
      expect(await meetings.getMeeting('m1')).toEqual(meeting('m1'));
      expect(await meetings.getMeeting('m2')).toMatchObject({ occurredAt: null, sealedShareTokens: null });
      expect((await meetings.getMeeting('m2'))?.schemaVersion).toBeNull();
      await meetings.setSchemaVersion('m2', 7);
      await meetings.setSchemaVersion('missing', 7);
      expect((await meetings.getMeeting('m2'))?.schemaVersion).toBe(7);
      expect(await meetings.getMeeting('missing')).toBeNull();
    });

    it('refuses a second meeting with the same id', async () => {
      const { meetings } = (await openDatabase()).stores;
      await meetings.createMeeting(meeting('m1'));
      await expect(meetings.createMeeting({ ...meeting('m1'), title: 'Other' })).rejects.toThrow();
      expect((await meetings.getMeeting('m1'))?.title).toBe('Checkout outage');
    });
  });

  describe('vote store', () => {
    it('keeps each ballot, totals each card, and counts voters', async () => {
      const { votes } = (await openDatabase()).stores;
      expect(await votes.readBallot('m1', 'ballot-a')).toEqual({});
      expect(await votes.writeVote('m1', 'ballot-a', 'card-1', 2)).toBe(2);
      expect(await votes.writeVote('m1', 'ballot-b', 'card-1', 1)).toBe(3);
      expect(await votes.writeVote('m1', 'ballot-a', 'card-2', 1)).toBe(1);
      expect(await votes.writeVote('m2', 'ballot-a', 'card-1', 5)).toBe(5);
      expect(await votes.writeVote('m1', 'ballot-a', 'card-1', 3)).toBe(4);
      expect(await votes.readBallot('m1', 'ballot-a')).toEqual({ 'card-1': 3, 'card-2': 1 });
      expect(await votes.readTotals('m1')).toEqual({ 'card-1': 4, 'card-2': 1 });
      expect(await votes.countVoters('m1')).toBe(2);
      // Zero takes a ballot's votes off the card.
      expect(await votes.writeVote('m1', 'ballot-b', 'card-1', 0)).toBe(3);
      expect(await votes.writeVote('m1', 'ballot-a', 'card-2', 0)).toBe(0);
      expect(await votes.readTotals('m1')).toEqual({ 'card-1': 3 });
      expect(await votes.countVoters('m1')).toBe(1);
      expect(await votes.countVoters('nobody')).toBe(0);
      expect(await votes.readTotals('nobody')).toEqual({});
    });

    it('gives each of many votes cast at once a total that counts every vote before it', async () => {
      const { stores, otherInstance } = await openDatabase();
      const totals = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          (i % 2 === 0 ? stores : otherInstance).votes.writeVote('m1', `ballot-${i}`, 'card-1', 1),
        ),
      );
      expect([...totals].sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(await stores.votes.readTotals('m1')).toEqual({ 'card-1': 30 });
      expect(await otherInstance.votes.countVoters('m1')).toBe(30);
    });
  });

  describe('held check-in store', () => {
    const checkIn = (participantId: string, at: number) => ({
      participantId,
      name: `Person ${participantId}`,
      note: `note of ${participantId}`,
      mood: 4 as const,
      passed: false,
      at,
    });

    it('holds, replaces, lists in time order, and releases check-ins', async () => {
      const { heldCheckIns } = (await openDatabase()).stores;
      expect(await heldCheckIns.read('m1', 'p1')).toBeNull();
      expect(await heldCheckIns.readAll('m1')).toEqual([]);
      await heldCheckIns.hold('m1', checkIn('p1', 3000));
      await heldCheckIns.hold('m1', checkIn('p2', 1000));
      await heldCheckIns.hold('m1', { ...checkIn('p3', 2000), note: null, mood: null, passed: true });
      await heldCheckIns.hold('m2', checkIn('p1', 500));
      await heldCheckIns.hold('m1', { ...checkIn('p1', 4000), note: 'changed my mind', mood: 2 });
      expect(await heldCheckIns.read('m1', 'p1')).toEqual({ ...checkIn('p1', 4000), note: 'changed my mind', mood: 2 });
      expect(await heldCheckIns.read('m1', 'p3')).toEqual({
        ...checkIn('p3', 2000),
        note: null,
        mood: null,
        passed: true,
      });
      expect((await heldCheckIns.readAll('m1')).map((held) => held.participantId)).toEqual(['p2', 'p3', 'p1']);
      await heldCheckIns.release('m1', ['p1', 'p2', 'nobody']);
      await heldCheckIns.release('m1', []);
      expect((await heldCheckIns.readAll('m1')).map((held) => held.participantId)).toEqual(['p3']);
      expect(await heldCheckIns.read('m2', 'p1')).toEqual(checkIn('p1', 500));
    });
  });

  describe('participant store', () => {
    it('records who joined each meeting, once, and makes no legacy claim for a derived id', async () => {
      const { participants } = (await openDatabase()).stores;
      expect(await participants.hasJoined('m1', 'p1')).toBe(false);
      await participants.recordJoin('m1', 'p1');
      await participants.recordJoin('m1', 'p1');
      expect(await participants.hasJoined('m1', 'p1')).toBe(true);
      expect(await participants.hasJoined('m2', 'p1')).toBe(false);
      expect(await participants.isLegacyClaim('m1', 'p1', '')).toBe(false);
      expect(await participants.isLegacyClaim('m1', 'p1', 'a'.repeat(64))).toBe(false);
      expect(await participants.isLegacyClaim('m1', 'nobody', 'a'.repeat(64))).toBe(false);
    });
  });

  describe('check-out rating store', () => {
    it('keeps one rating per person, takes it back on null, and counts each rating', async () => {
      const { checkOutRatings } = (await openDatabase()).stores;
      expect(await checkOutRatings.read('m1', 'r1')).toBeNull();
      expect(await checkOutRatings.counts('m1')).toEqual([0, 0, 0, 0, 0]);
      await checkOutRatings.write('m1', 'r1', 5);
      await checkOutRatings.write('m1', 'r2', 5);
      await checkOutRatings.write('m1', 'r3', 2);
      await checkOutRatings.write('m2', 'r1', 1);
      await checkOutRatings.write('m1', 'r2', 4);
      expect(await checkOutRatings.read('m1', 'r2')).toBe(4);
      expect(await checkOutRatings.counts('m1')).toEqual([0, 1, 0, 1, 1]);
      await checkOutRatings.write('m1', 'r3', null);
      await checkOutRatings.write('m1', 'never-rated', null);
      expect(await checkOutRatings.read('m1', 'r3')).toBeNull();
      expect(await checkOutRatings.counts('m1')).toEqual([0, 0, 0, 1, 1]);
    });

    it('imports earlier counts once, and only into a meeting with no ratings', async () => {
      const { stores, otherInstance } = await openDatabase();
      await Promise.all([
        stores.checkOutRatings.importEarlier('m1', [1, 0, 2, 0, 3]),
        otherInstance.checkOutRatings.importEarlier('m1', [1, 0, 2, 0, 3]),
      ]);
      expect(await stores.checkOutRatings.counts('m1')).toEqual([1, 0, 2, 0, 3]);
      await stores.checkOutRatings.importEarlier('m1', [5, 5, 5, 5, 5]);
      expect(await stores.checkOutRatings.counts('m1')).toEqual([1, 0, 2, 0, 3]);
      await stores.checkOutRatings.write('m2', 'r1', 3);
      await stores.checkOutRatings.importEarlier('m2', [4, 0, 0, 0, 0]);
      expect(await stores.checkOutRatings.counts('m2')).toEqual([0, 0, 1, 0, 0]);
    });
  });

  describe('board image store', () => {
    it('keeps, replaces and forgets each meeting’s picture', async () => {
      const { boardImages } = (await openDatabase()).stores;
      expect(await boardImages.read('m1')).toBeNull();
      await boardImages.write('m1', '<svg>one</svg>');
      await boardImages.write('m2', '<svg>two</svg>');
      await boardImages.write('m1', '<svg>one, later</svg>');
      expect(await boardImages.read('m1')).toBe('<svg>one, later</svg>');
      await boardImages.remove('m1');
      await boardImages.remove('m1');
      expect(await boardImages.read('m1')).toBeNull();
      expect(await boardImages.read('m2')).toBe('<svg>two</svg>');
    });
  });

  describe('alert feed store', () => {
    const feed = (meetingId: string, secretHash: string) => ({
      meetingId,
      secretHash,
      sealedSecret: `sealed ${secretHash}`,
      createdAt: 1_767_000_000_000,
    });

    it('opens, replaces, finds by secret and closes a meeting’s feed', async () => {
      const { alertFeeds } = (await openDatabase()).stores;
      expect(await alertFeeds.read('m1')).toBeNull();
      await alertFeeds.open(feed('m1', 'hash-1'));
      await alertFeeds.open(feed('m2', 'hash-2'));
      expect(await alertFeeds.read('m1')).toEqual(feed('m1', 'hash-1'));
      expect(await alertFeeds.findBySecretHash('hash-2')).toEqual(feed('m2', 'hash-2'));
      // Reopening replaces the address, so the old secret finds nothing.
      await alertFeeds.open({ ...feed('m1', 'hash-3'), createdAt: 1_767_000_000_999 });
      expect(await alertFeeds.findBySecretHash('hash-1')).toBeNull();
      expect(await alertFeeds.findBySecretHash('hash-3')).toEqual({
        ...feed('m1', 'hash-3'),
        createdAt: 1_767_000_000_999,
      });
      await expect(alertFeeds.open(feed('m3', 'hash-2'))).rejects.toThrow();
      await alertFeeds.close('m1');
      expect(await alertFeeds.read('m1')).toBeNull();
      expect(await alertFeeds.findBySecretHash('hash-3')).toBeNull();
      expect(await alertFeeds.read('m2')).toEqual(feed('m2', 'hash-2'));
    });

    it('gives back only notices not seen before, forgets them on request, and keeps them past closing', async () => {
      const { alertFeeds } = (await openDatabase()).stores;
      await alertFeeds.open(feed('m1', 'hash-1'));
      expect(await alertFeeds.recordNotices('m1', ['a', 'b', 'b'])).toEqual(new Set(['a', 'b']));
      expect(await alertFeeds.recordNotices('m1', ['b', 'c'])).toEqual(new Set(['c']));
      expect(await alertFeeds.recordNotices('m2', ['a'])).toEqual(new Set(['a']));
      expect(await alertFeeds.recordNotices('m1', [])).toEqual(new Set());
      expect(await alertFeeds.countNotices('m1')).toBe(3);
      await alertFeeds.forgetNotices('m1', ['c', 'never']);
      expect(await alertFeeds.countNotices('m1')).toBe(2);
      expect(await alertFeeds.recordNotices('m1', ['c'])).toEqual(new Set(['c']));
      await alertFeeds.close('m1');
      await alertFeeds.open(feed('m1', 'hash-4'));
      expect(await alertFeeds.recordNotices('m1', ['a', 'b', 'c', 'd'])).toEqual(new Set(['d']));
      expect(await alertFeeds.countNotices('m1')).toBe(4);
      expect(await alertFeeds.countNotices('nobody')).toBe(0);
    });

    it('gives each notice back to one instance only when two record it at once', async () => {
      const { stores, otherInstance } = await openDatabase();
      const keys = Array.from({ length: 40 }, (_, i) => `notice-${i}`);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          (i % 2 === 0 ? stores : otherInstance).alertFeeds.recordNotices('m1', i % 3 === 0 ? keys : keys.toReversed()),
        ),
      );
      const given = results.flatMap((fresh) => [...fresh]);
      expect(given.sort()).toEqual([...keys].sort());
      expect(await stores.alertFeeds.countNotices('m1')).toBe(40);
    });
  });
}
