import { afterAll, beforeAll, describe } from 'vitest';
import { createPostgresBackend } from './storeConformance/createPostgresBackend.ts';
import { createSqliteBackend } from './storeConformance/createSqliteBackend.ts';
import { describeLibraryStoreConformance } from './storeConformance/describeLibraryStoreConformance.ts';
import { describeMeetingStoresConformance } from './storeConformance/describeMeetingStoresConformance.ts';
import { describeMigrationConformance } from './storeConformance/describeMigrationConformance.ts';
import { describeOutboxStoreConformance } from './storeConformance/describeOutboxStoreConformance.ts';
import { describeRoomStoreConformance } from './storeConformance/describeRoomStoreConformance.ts';
import type { StoreBackend } from './storeConformance/StoreBackend.ts';

/** The same behaviour asked of every backend that can hold Debrief's stores. */
function describeStoreConformance(backend: StoreBackend): void {
  describe(`${backend.name} stores`, () => {
    beforeAll(() => backend.start());
    afterAll(() => backend.stop());
    describeMigrationConformance(backend);
    describeRoomStoreConformance(backend);
    describeMeetingStoresConformance(backend);
    describeOutboxStoreConformance(backend);
    describeLibraryStoreConformance(backend);
  });
}

describeStoreConformance(createSqliteBackend());
describeStoreConformance(createPostgresBackend());
