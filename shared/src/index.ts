export {
  BOARD_BINDING_TYPES,
  BOARD_RECORD_TYPES,
  BOARD_RECORDS_ROOT,
  BOARD_SHAPE_TYPES,
  type BoardLimits,
  type BoardLink,
  boardDocName,
  defaultBoardLimits,
  getBoardRecords,
  readBoardLink,
} from './board/boardSchema.ts';
export { checkBoardSvg, MAX_BOARD_SVG_BYTES } from './board/checkBoardSvg.ts';
export { type BoardCheck, checkBoardRecord, checkBoardUpdate } from './board/checkBoardUpdate.ts';
export { LAST_VERSION_KEPT_IN_DOCUMENT, readLegacySchemaVersion, readNotes, replaceNotes } from './doc/accessors.ts';
export { readControlState, writeControlState } from './doc/controlDoc.ts';
export { type DocOrigin, isServerOrigin, serverOrigin } from './doc/docOrigin.ts';
export {
  ContentRoot,
  ControlKey,
  ControlRoot,
  controlDocName,
  DOC_SCHEMA_VERSION,
  type DocKind,
  getContentMap,
  getControlMap,
  getControlRootMap,
  getLegacyContentMap,
  getMetaMap,
  getNotesText,
  getRoundsMap,
  getSummaryText,
  LegacyContentRoot,
  MetaKey,
  parseDocName,
  RoundsRoot,
  roundsDocName,
} from './doc/docSchema.ts';
export { type MeetingMeta, readMeetingMeta, writeMeetingMeta } from './doc/meetingMeta.ts';
export { type MigrationResult, migrateDocument } from './doc/migrations/migrateDocument.ts';
export * from './incident/index.ts';
export { applyTextEdit, blameSuggestionEdit, type TextEdit } from './language/blameSuggestionEdit.ts';
export { type BlameFinding, BlameKind, checkBlamelessLanguage } from './language/checkBlamelessLanguage.ts';
export * from './lessons/index.ts';
export * from './meeting/index.ts';
export { CloseCode, closeReasons } from './protocol/closeCodes.ts';
export * from './protocol/libraryApi.ts';
export {
  type ApiErrorResponse,
  type CheckInResponse,
  type CheckOutResponse,
  type CommandResponse,
  type MeetingPerson,
  type MeetingSessionResponse,
  type MyCheckOutResponse,
  type PublicMeeting,
  parseMeetingSessionResponse,
} from './protocol/meetingApi.ts';
export { MAX_MESSAGE_BYTES, SyncMessageType } from './protocol/syncMessages.ts';
export { buildReportInput } from './report/buildReportInput.ts';
export {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  isOpenAction,
  type LibraryAction,
  type LibraryDocument,
  MAX_SERVICE_TAG_LENGTH,
  MAX_SERVICE_TAGS,
  parseServiceTags,
  readLibraryDocument,
  splitHighlights,
  toFullTextQuery,
  toRelatedQuery,
} from './report/libraryEntry.ts';
export {
  applyMeetingExport,
  exportMeeting,
  type ImportReading,
  MEETING_EXPORT_FORMAT,
  MEETING_EXPORT_VERSION,
  type MeetingExport,
} from './report/meetingExport.ts';
export { renderActionsCsv } from './report/renderActionsCsv.ts';
export { type MeetingIcsInput, renderMeetingIcs } from './report/renderMeetingIcs.ts';
export { type ReportInput, type ReportMoment, renderReport } from './report/renderReport.ts';
export * from './rounds/index.ts';
export { replaceText } from './text/replaceText.ts';
