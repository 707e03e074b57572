import {
  type ActionStatus,
  controlDocName,
  isActionStatus,
  isSeverity,
  type LibraryResponse,
  type OpenAction,
  type PublicationResponse,
  parseServiceTags,
  readAction,
  readControlState,
  readLibraryDocument,
  readMeetingMeta,
  type Severity,
  setActionStatus,
  toFullTextQuery,
  toRelatedQuery,
} from '@debrief/shared';
import type { LibraryStore } from '../persistence/LibraryStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import type { MeetingAccess } from './createMeetingService.ts';
import { openSealedTokens } from './sealTokens.ts';

export type LibraryOutcome<T> =
  | { readonly ok: true; readonly body: T }
  | { readonly ok: false; readonly status: 400 | 404 | 409; readonly message: string };

/** What the library tells the rest of the server, e.g. to send a notification. */
export interface LibraryEvents {
  published?(meetingId: string, document: { title: string; severity: Severity }): void;
}

const MAX_RESULTS = 20;
const MAX_RELATED = 5;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Publishing closed post-mortems to the library, searching it, and the actions that live on after the meeting.
 * What the library holds is read from the meeting's documents by the server, never sent by a client.
 */
export function createLibraryService(deps: {
  readonly registry: RoomRegistry;
  readonly library: LibraryStore;
  readonly events?: LibraryEvents;
  readonly now?: () => number;
}) {
  const { registry, library, events = {}, now = Date.now } = deps;

  async function publication(meetingId: string): Promise<PublicationResponse> {
    const entry = await library.get(meetingId);
    return entry
      ? { published: true, services: entry.services, publishedAt: entry.publishedAt }
      : { published: false, services: [], publishedAt: null };
  }

  async function publish(access: MeetingAccess, body: unknown): Promise<LibraryOutcome<PublicationResponse>> {
    const meetingId = access.meeting.id;
    const services = parseServiceTags((body as { services?: unknown } | undefined)?.services ?? []);
    if (!services.ok) return { ok: false, status: 400, message: services.message };
    const state = await registry.readDocument(controlDocName(meetingId), readControlState);
    if (state?.stage !== 'closed') {
      return { ok: false, status: 409, message: 'Close the meeting before publishing it to the library' };
    }
    const tokens = access.meeting.sealedShareTokens
      ? openSealedTokens(access.meeting.sealedShareTokens, access.token)
      : null;
    if (!tokens) {
      return {
        ok: false,
        status: 409,
        message: 'This meeting was made before its read-only link could be recovered, so it cannot be published',
      };
    }
    const document = await registry.readDocument(meetingId, readLibraryDocument);
    const earlier = await library.get(meetingId);
    await library.publish({
      meetingId,
      document,
      services: services.tags,
      path: `/m/${encodeURIComponent(meetingId)}#${tokens.observer}`,
      publishedAt: earlier?.publishedAt ?? now(),
    });
    if (!earlier) events.published?.(meetingId, document);
    return { ok: true, body: await publication(meetingId) };
  }

  async function withdraw(meetingId: string): Promise<PublicationResponse> {
    await library.withdraw(meetingId);
    return publication(meetingId);
  }

  /** Brings a published post-mortem up to date with its documents, e.g. when it closes again. */
  async function refresh(meetingId: string): Promise<void> {
    if (!(await library.get(meetingId))) return;
    await library.refresh(meetingId, await registry.readDocument(meetingId, readLibraryDocument));
  }

  async function search(query: URLSearchParams): Promise<LibraryOutcome<LibraryResponse>> {
    const severity = query.get('severity') || null;
    if (severity !== null && !isSeverity(severity)) {
      return { ok: false, status: 400, message: 'severity must be one of SEV1 to SEV5' };
    }
    const from = query.get('from') || null;
    const to = query.get('to') || null;
    for (const day of [from, to]) {
      if (day !== null && !DAY.test(day)) return { ok: false, status: 400, message: 'from and to must be YYYY-MM-DD' };
    }
    const typed = (query.get('q') ?? '').slice(0, 500);
    const match = toFullTextQuery(typed);
    // A search of only punctuation finds nothing, rather than everything.
    if (match === null && typed.trim() !== '') return { ok: true, body: { results: [], total: 0, services: [] } };
    const body = await library.search({
      match,
      severity,
      service: query.get('service') || null,
      from,
      to,
      limit: MAX_RESULTS,
    });
    return { ok: true, body };
  }

  /** Published post-mortems that share the most words with this meeting's title and summary. */
  async function related(meetingId: string): Promise<LibraryResponse> {
    const meta = await registry.readDocument(meetingId, readMeetingMeta);
    const match = toRelatedQuery(`${meta.title} ${meta.incidentSummary}`);
    if (match === null) return { results: [], total: 0, services: [] };
    return library.search({ match, limit: MAX_RELATED, excludeId: meetingId });
  }

  async function openActions(): Promise<OpenAction[]> {
    return library.openActions();
  }

  /** A status changed from the actions page, written into the meeting's own record. */
  async function changeActionStatus(
    meetingId: string,
    actionId: string,
    body: unknown,
  ): Promise<LibraryOutcome<{ status: ActionStatus }>> {
    const status = (body as { status?: unknown } | undefined)?.status;
    if (!isActionStatus(status)) {
      return { ok: false, status: 400, message: 'status must be one of open, in-progress, done, wont-do' };
    }
    let outcome: LibraryOutcome<{ status: ActionStatus }> = {
      ok: false,
      status: 404,
      message: 'This meeting has no such action',
    };
    await registry.applyServerChange(meetingId, (doc) => {
      if (!readAction(doc, actionId)) return;
      const result = setActionStatus(doc, actionId, status);
      outcome = result.ok ? { ok: true, body: { status } } : { ok: false, status: 409, message: result.message };
    });
    if (outcome.ok) await refresh(meetingId);
    return outcome;
  }

  return { publication, publish, withdraw, refresh, search, related, openActions, changeActionStatus };
}

export type LibraryService = ReturnType<typeof createLibraryService>;
