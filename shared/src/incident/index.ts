export { type AnnouncementInput, createAnnouncement } from './createAnnouncement.ts';
export { durationBetween } from './durationBetween.ts';
export {
  type EventComment,
  EventCommentKind,
  isEventCommentKind,
} from './eventComment.ts';
export {
  addEventComment,
  deleteEventComment,
  editEventComment,
  MAX_AUTHOR_NAME_LENGTH,
  MAX_COMMENT_LENGTH,
  type NewEventComment,
  setEventCommentResolved,
} from './eventComments.ts';
export { addEventEvidence, removeEventEvidence, updateEventEvidence } from './eventEvidence.ts';
export { EVIDENCE_KINDS, EvidenceKind, evidenceKindLabels, isEvidenceKind } from './evidenceKinds.ts';
export {
  type EvidenceLink,
  type EvidenceLinkPatch,
  MAX_EVIDENCE_LABEL_LENGTH,
  type NewEvidenceLink,
} from './evidenceLink.ts';
export { formatDuration } from './formatDuration.ts';
export { formatInTimeZone } from './formatInTimeZone.ts';
export {
  formatCalendarDay,
  formatZonedClock,
  formatZonedDate,
  formatZonedDateTime,
  formatZonedTime,
  formatZoneName,
} from './formatZonedDateTime.ts';
export { markImportedEvents, readImportedEvents } from './importedEvents.ts';
export { readTimelineImport } from './imports/readTimelineImport.ts';
export {
  IMPORT_FORMATS,
  type ImportedEvent,
  type ImportFormat,
  type ImportOptions,
  type ImportSkip,
  importFormatLabels,
  MAX_IMPORTED_EVENTS,
  type TimelineImport,
  type TimelineImportReading,
} from './imports/timelineImport.ts';
export {
  MAX_IMPORT_CHARACTERS,
  parseTimelineImportRequest,
  type TimelineImportRequest,
} from './imports/timelineImportRequest.ts';
export {
  CostUnit,
  formatHourlyRate,
  formatIncidentCost,
  formatMoney,
  type IncidentCost,
  MAX_COST_AMOUNT,
  MAX_HOURLY_RATE,
  parseIncidentCost,
} from './incidentCost.ts';
export {
  addIncidentEvidence,
  readIncidentEvidence,
  removeIncidentEvidence,
  updateIncidentEvidence,
} from './incidentEvidence.ts';
export {
  ensureIncidentFactTexts,
  getIncidentFactText,
  INCIDENT_FACT_TEXTS,
  INCIDENT_MOMENTS,
  type IncidentFacts,
  IncidentFactText,
  IncidentMoment,
  incidentFactTextLabels,
  incidentMomentLabels,
  MAX_INCIDENT_TEXT_LENGTH,
  observeIncidentFacts,
  readIncidentFacts,
  replaceIncidentFactText,
  setIncidentCost,
  setIncidentTime,
} from './incidentFacts.ts';
export type { IncidentWriteResult } from './incidentWriteResult.ts';
export { isSafeHttpUrl, MAX_URL_LENGTH } from './isSafeHttpUrl.ts';
export { canonicalTimeZone, isTimeZone } from './isTimeZone.ts';
export { deriveKeyMoments, type KeyMoment, type KeyMoments, readKeyMoments } from './keyMoments.ts';
export {
  clearMeetingSchedule,
  MAX_MEETING_MINUTES,
  type MeetingSchedule,
  readMeetingSchedule,
  scheduleMeeting,
} from './meetingSchedule.ts';
export { type ParseEvidenceUrlResult, parseEvidenceUrl } from './parseEvidenceUrl.ts';
export {
  type ParseTimelinePasteOptions,
  type PastedTimelineEvent,
  parseTimelinePaste,
  type TimelinePaste,
  type UnreadableLine,
} from './parseTimelinePaste.ts';
export {
  type AlertNotice,
  type AlertPayloadReading,
  type AlertSource,
  describeAlertNotice,
  MAX_ALERTS_PER_NOTIFICATION,
  readAlertPayload,
} from './readAlertPayload.ts';
export { setMeetingTitle } from './setMeetingTitle.ts';
export { setSeverity } from './setSeverity.ts';
export {
  MEETING_WINDOW_DAYS,
  type MeetingSlot,
  type SuggestMeetingSlotsInput,
  suggestMeetingSlots,
} from './suggestMeetingSlots.ts';
export {
  isTimelineEventKind,
  TIMELINE_EVENT_KINDS,
  TimelineEventKind,
  timelineEventKindLabels,
} from './timelineEventKinds.ts';
export {
  addTimelineEvent,
  addTimelineEvents,
  deleteTimelineEvent,
  getTimelineEventText,
  MAX_EVENT_DESCRIPTION_LENGTH,
  type NewTimelineEvent,
  observeTimeline,
  observeTimelineEvents,
  readTimeline,
  readTimelineEvent,
  retimeTimelineEvent,
  sortTimelineEvents,
  type TimelineEvent,
  type TimelineEventPatch,
  updateTimelineEvent,
} from './timelineEvents.ts';
export { utcToZonedWallTime } from './utcToZonedWallTime.ts';
export { normalizeInstant, parseInstant, parseZonedInstant, type ZonedInstant } from './zonedInstant.ts';
export { zonedWallTimeToUtc } from './zonedWallTimeToUtc.ts';
