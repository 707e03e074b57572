export { readConfig, type ServerConfig } from './config.ts';
export { type CreateServerOptions, createServer, type DebriefServer } from './createServer.ts';
export type { RoomStore, StoredDocument } from './persistence/RoomStore.ts';
