import { describe, expect, it } from 'vitest';
import type { StoreBackend } from './StoreBackend.ts';
import { useTestDatabase } from './useTestDatabase.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
/** An update that says which position it was meant for, so that order can be checked by content. */
const labelled = (label: string) => new TextEncoder().encode(label);
const labelsOf = (updates: readonly Uint8Array[]) => updates.map((update) => new TextDecoder().decode(update));

export function describeRoomStoreConformance(backend: StoreBackend): void {
  describe('room store', () => {
    const openDatabase = useTestDatabase(backend);

    it('holds nothing for a document never written', async () => {
      const { stores } = await openDatabase();
      expect(await stores.rooms.load('doc')).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
      expect(await stores.rooms.readSince('doc', 0)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    });

    it('appends at positions counted per document, and loads the updates in order, bytes intact', async () => {
      const { rooms } = (await openDatabase()).stores;
      const large = new Uint8Array(65_536).map((_, i) => (i * 31) % 256);
      expect(await rooms.append('a', [bytes(1), bytes(0, 0, 255)])).toBe(2);
      expect(await rooms.append('b', [bytes(9)])).toBe(1);
      expect(await rooms.append('a', [large])).toBe(3);
      expect(await rooms.append('a', [])).toBe(3);
      expect(await rooms.append('c', [])).toBe(0);
      const a = await rooms.load('a');
      expect(a).toMatchObject({ snapshot: null, lastSeq: 3 });
      expect(a.updates).toEqual([bytes(1), bytes(0, 0, 255), large]);
      expect(await rooms.load('b')).toEqual({ snapshot: null, updates: [bytes(9)], lastSeq: 1 });
    });

    it('reads what was stored after a position', async () => {
      const { rooms } = (await openDatabase()).stores;
      await rooms.append('doc', ['1', '2', '3', '4'].map(labelled));
      const since = await rooms.readSince('doc', 2);
      expect(since.snapshot).toBeNull();
      expect(labelsOf(since.updates)).toEqual(['3', '4']);
      expect(since.lastSeq).toBe(4);
      expect(await rooms.readSince('doc', 4)).toEqual({ snapshot: null, updates: [], lastSeq: 4 });
      expect(await rooms.readSince('doc', 9)).toEqual({ snapshot: null, updates: [], lastSeq: 9 });
      expect(labelsOf((await rooms.readSince('doc', 0)).updates)).toEqual(['1', '2', '3', '4']);
    });

    it('folds updates into a snapshot, reads around it, and goes on counting after it', async () => {
      const { rooms } = (await openDatabase()).stores;
      await rooms.append('doc', ['1', '2', '3', '4', '5'].map(labelled));
      await rooms.compact('doc', labelled('snapshot to 3'), 3);
      const loaded = await rooms.load('doc');
      expect(labelsOf([loaded.snapshot ?? bytes()])).toEqual(['snapshot to 3']);
      expect(labelsOf(loaded.updates)).toEqual(['4', '5']);
      expect(loaded.lastSeq).toBe(5);

      // Someone who read up to 1 missed updates the snapshot now holds: they get the snapshot and what follows.
      const behind = await rooms.readSince('doc', 1);
      expect(labelsOf([behind.snapshot ?? bytes()])).toEqual(['snapshot to 3']);
      expect(labelsOf(behind.updates)).toEqual(['4', '5']);
      expect(behind.lastSeq).toBe(5);
      const atSnapshot = await rooms.readSince('doc', 3);
      expect(atSnapshot.snapshot).toBeNull();
      expect(labelsOf(atSnapshot.updates)).toEqual(['4', '5']);
      expect(labelsOf((await rooms.readSince('doc', 4)).updates)).toEqual(['5']);

      await rooms.compact('doc', labelled('snapshot to 5'), 5);
      expect(await rooms.load('doc')).toEqual({ snapshot: labelled('snapshot to 5'), updates: [], lastSeq: 5 });
      expect(await rooms.readSince('doc', 2)).toEqual({ snapshot: labelled('snapshot to 5'), updates: [], lastSeq: 5 });
      expect(await rooms.readSince('doc', 5)).toEqual({ snapshot: null, updates: [], lastSeq: 5 });
      expect(await rooms.append('doc', [labelled('6')])).toBe(6);
      expect(labelsOf((await rooms.readSince('doc', 5)).updates)).toEqual(['6']);
    });

    it('never moves compaction back: a snapshot folding no more than the stored one changes nothing', async () => {
      const { rooms } = (await openDatabase()).stores;
      await rooms.append('doc', ['1', '2', '3', '4', '5'].map(labelled));
      await rooms.compact('doc', labelled('snapshot to 4'), 4);
      await rooms.compact('doc', labelled('stale snapshot to 2'), 2);
      await rooms.compact('doc', labelled('another snapshot to 4'), 4);
      const loaded = await rooms.load('doc');
      expect(labelsOf([loaded.snapshot ?? bytes()])).toEqual(['snapshot to 4']);
      expect(labelsOf(loaded.updates)).toEqual(['5']);
      expect(loaded.lastSeq).toBe(5);
      const behind = await rooms.readSince('doc', 1);
      expect(labelsOf([behind.snapshot ?? bytes()])).toEqual(['snapshot to 4']);
      expect(labelsOf(behind.updates)).toEqual(['5']);
    });

    it('keeps the snapshot that folds in most when two instances compact one document at once', async () => {
      const { stores, otherInstance } = await openDatabase();
      await stores.rooms.append('doc', ['1', '2', '3', '4', '5', '6'].map(labelled));
      for (let round = 0; round < 5; round++) {
        await Promise.all([
          stores.rooms.compact('doc', labelled(`snapshot to ${2 + round}`), 2 + round),
          otherInstance.rooms.compact('doc', labelled(`snapshot to ${1 + round}`), 1 + round),
        ]);
      }
      const loaded = await otherInstance.rooms.load('doc');
      expect(labelsOf([loaded.snapshot ?? bytes()])).toEqual(['snapshot to 6']);
      expect(loaded).toMatchObject({ updates: [], lastSeq: 6 });
    });

    it('keeps positions contiguous and in order while two instances append to one document at once', async () => {
      const { stores, otherInstance } = await openDatabase();
      const instances = [stores.rooms, otherInstance.rooms];
      const lastSeen = { seq: 0, updates: [] as string[] };
      let appending = true;
      // A reader following along must never find a position without every update before it.
      const follow = (async () => {
        while (appending) {
          const since = await stores.rooms.readSince('doc', lastSeen.seq);
          expect(since.snapshot).toBeNull();
          expect(since.updates.length).toBe(since.lastSeq - lastSeen.seq);
          lastSeen.seq = since.lastSeq;
          lastSeen.updates.push(...labelsOf(since.updates));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const placed = new Map<number, string>();
      await Promise.all(
        instances.flatMap((rooms, instance) =>
          Array.from({ length: 25 }, async (_, batch) => {
            const labels = Array.from({ length: 1 + (batch % 3) }, (_, i) => `${instance}.${batch}.${i}`);
            const last = await rooms.append('doc', labels.map(labelled));
            labels.forEach((label, i) => {
              placed.set(last - labels.length + 1 + i, label);
            });
          }),
        ),
      );
      appending = false;
      await follow;
      const count = 2 * Array.from({ length: 25 }, (_, batch) => 1 + (batch % 3)).reduce((a, b) => a + b, 0);
      expect(placed.size).toBe(count);
      // Every position from 1 to the last was handed out once, to the update now stored there.
      expect([...placed.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
      const loaded = await otherInstance.rooms.load('doc');
      expect(loaded.lastSeq).toBe(count);
      expect(labelsOf(loaded.updates)).toEqual(Array.from({ length: count }, (_, i) => placed.get(i + 1)));
      // Each batch's updates stay together and in their order.
      for (const [position, label] of placed) {
        const [instance, batch, i] = label.split('.');
        if (i !== '0') expect(placed.get(position - 1)).toBe(`${instance}.${batch}.${Number(i) - 1}`);
      }
      const rest = await stores.rooms.readSince('doc', lastSeen.seq);
      expect([...lastSeen.updates, ...labelsOf(rest.updates)]).toEqual(labelsOf(loaded.updates));
    });

    it('refuses to be used once closed', async () => {
      const { rooms } = (await openDatabase()).stores;
      await rooms.append('doc', [bytes(1)]);
      await rooms.close();
      await expect(rooms.load('doc')).rejects.toThrow();
      await expect(rooms.append('doc', [bytes(2)])).rejects.toThrow();
    });
  });
}
