export { readConfig, type ServerConfig } from './config.ts';
export { type CreateServerOptions, createServer, type DebriefServer } from './createServer.ts';
export { createSqliteLibraryStore } from './persistence/createSqliteLibraryStore.ts';
export { createSqliteRoomStore } from './persistence/createSqliteRoomStore.ts';
export type { LibraryEntry, LibrarySearch, LibraryStore } from './persistence/LibraryStore.ts';
export { openSqliteDatabase } from './persistence/openSqliteDatabase.ts';
export type { RoomStore, StoredDocument } from './persistence/RoomStore.ts';
