import { describe, expect, it } from 'vitest';
import type { StoreBackend } from './StoreBackend.ts';
import { useTestDatabase } from './useTestDatabase.ts';

export function describeMigrationConformance(backend: StoreBackend): void {
  describe('schema', () => {
    const openDatabase = useTestDatabase(backend);

    it('is set up again on a database that has it, by several instances at once, keeping what was stored', async () => {
      const database = await openDatabase();
      await database.stores.rooms.append('doc', [new Uint8Array([1, 2, 3])]);
      await database.stores.boardImages.write('m1', '<svg/>');
      const [again, andAgain] = await Promise.all([database.reopen(), database.reopen()]);
      expect(await again.rooms.load('doc')).toEqual({
        snapshot: null,
        updates: [new Uint8Array([1, 2, 3])],
        lastSeq: 1,
      });
      expect(await andAgain.boardImages.read('m1')).toBe('<svg/>');
      expect(await (await database.reopen()).rooms.append('doc', [new Uint8Array([4])])).toBe(2);
    });
  });
}
