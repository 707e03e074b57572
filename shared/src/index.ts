export { readNotes, readSchemaVersion, replaceNotes, writeSchemaVersion } from './doc/accessors.ts';
export { type DocOrigin, isServerOrigin, serverOrigin } from './doc/docOrigin.ts';
export { ContentRoot, DOC_SCHEMA_VERSION, getMetaMap, getNotesText, MetaKey } from './doc/docSchema.ts';
export { CloseCode, closeReasons } from './protocol/closeCodes.ts';
export { MAX_MESSAGE_BYTES, SyncMessageType } from './protocol/syncMessages.ts';
export { replaceText } from './text/replaceText.ts';
