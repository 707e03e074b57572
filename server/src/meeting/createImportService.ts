import { createHash } from 'node:crypto';
import {
  addTimelineEvents,
  controlDocName,
  createControlState,
  type ImportedEvent,
  markImportedEvents,
  type NewTimelineEvent,
  parseTimelineImportRequest,
  readControlState,
  readTimelineEvent,
  readTimelineImport,
  type TimelineImport,
} from '@debrief/shared';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingAccess, Refusal } from './createMeetingService.ts';

/** A previewed event, and whether an earlier import of the same file already added it. */
export interface PreviewedEvent extends ImportedEvent {
  readonly alreadyAdded: boolean;
}

export type ImportPreview = Omit<TimelineImport, 'events'> & { readonly events: readonly PreviewedEvent[] };

export interface ImportResult {
  readonly source: string;
  readonly added: number;
  /** Chosen events an earlier import of the same file had already added. */
  readonly alreadyAdded: number;
}

export type ImportOutcome<T> = { readonly ok: true; readonly body: T } | Refusal;

/**
 * Timeline imports from files (Slack, CSV, PagerDuty, Alertmanager and Grafana): a preview, then the events the person
 * chose, added by the server and marked as imported in the control document. The same event from the same source
 * always gets the same id, so importing a file twice adds its events once.
 */
export function createImportService(deps: { readonly registry: RoomRegistry; readonly now?: () => number }) {
  const { registry } = deps;
  const now = deps.now ?? Date.now;

  async function preview(access: MeetingAccess, body: unknown): Promise<ImportOutcome<ImportPreview>> {
    const request = parseTimelineImportRequest(body, false);
    if (!request.ok) return refuse(400, request.message);
    const { format, content, options } = request.value;
    const reading = readTimelineImport(format, content, options, now());
    if (!reading.ok) return refuse(400, reading.message);
    const imported = reading.value;
    const present = await registry.readDocument(access.meeting.id, (doc) =>
      imported.events.map((event) => readTimelineEvent(doc, eventId(imported.source, event)) !== null),
    );
    return {
      ok: true,
      body: {
        ...imported,
        events: imported.events.map((event, i) => ({ ...event, alreadyAdded: present[i] === true })),
      },
    };
  }

  async function add(access: MeetingAccess, body: unknown): Promise<ImportOutcome<ImportResult>> {
    const request = parseTimelineImportRequest(body, true);
    if (!request.ok) return refuse(400, request.message);
    const { format, content, options, add: chosen } = request.value;
    const meetingId = access.meeting.id;
    const control = (await registry.readDocument(controlDocName(meetingId), readControlState)) ?? createControlState(0);
    if (control.stage === 'closed') return refuse(409, 'The meeting is closed; a facilitator can reopen it');
    const reading = readTimelineImport(format, content, options, now());
    if (!reading.ok) return refuse(400, reading.message);
    const { source, events } = reading.value;
    const missing = (chosen ?? []).find(({ index }) => index >= events.length);
    if (missing) return refuse(400, `There is no event ${missing.index} in this file: preview it again`);

    const added = new Map<string, string>();
    let alreadyAdded = 0;
    await registry.applyServerChange(meetingId, (doc) => {
      const addedAt = now();
      const fresh: NewTimelineEvent[] = [];
      for (const { index, kind } of chosen ?? []) {
        const event = events[index];
        if (!event) continue;
        const id = eventId(source, event);
        if (readTimelineEvent(doc, id) || added.has(id)) {
          alreadyAdded++;
          continue;
        }
        added.set(id, source);
        fresh.push({
          id,
          at: event.at,
          timeZone: options.timeZone,
          kind: kind ?? event.kind ?? 'other',
          description: event.description,
          createdAt: addedAt,
          createdBy: access.person?.participantId ?? null,
          evidence: event.link
            ? [{ id: `${id}-link`, url: event.link, label: `${source}`, kind: linkKind(source), addedAt }]
            : [],
        });
      }
      const written = addTimelineEvents(doc, fresh);
      if (!written.ok) throw new Error(`Imported events refused: ${written.message}`);
    });
    await registry.applyServerChange(controlDocName(meetingId), (doc) => markImportedEvents(doc, added));
    return { ok: true, body: { source, added: added.size, alreadyAdded } };
  }

  return { preview, add };
}

export type ImportService = ReturnType<typeof createImportService>;

function eventId(source: string, event: ImportedEvent): string {
  const hash = createHash('sha256').update(`${source}\u0000${event.at}\u0000${event.description}`).digest('base64url');
  return `import-${hash.slice(0, 22)}`;
}

function linkKind(source: string) {
  return source === 'Slack'
    ? ('chat-message' as const)
    : source === 'CSV'
      ? ('document' as const)
      : ('metric' as const);
}

function refuse(status: Refusal['status'], message: string): Refusal {
  return { ok: false, status, message };
}
