import { type ImportFormat, type ImportSkip, isTimelineEventKind, type TimelineEventKind } from '@debrief/shared';
import {
  callPersonalEndpoint,
  type PersonalRequester,
  type PersonalResult,
  postJson,
} from '../../api/callPersonalEndpoint.ts';

export interface PreviewedImportEvent {
  readonly at: string;
  readonly description: string;
  readonly kind: TimelineEventKind | null;
  readonly link: string | null;
  readonly alreadyAdded: boolean;
}

export interface ImportPreview {
  readonly source: string;
  readonly events: readonly PreviewedImportEvent[];
  readonly skipped: readonly ImportSkip[];
  readonly columns: readonly string[] | null;
  readonly chosen: { readonly time: number; readonly text: number } | null;
}

export interface ImportRequest {
  readonly format: ImportFormat;
  readonly content: string;
  readonly timeZone: string;
  readonly defaultDate: string;
  readonly columns?: { readonly time: number; readonly text: number };
}

export function previewImport(requester: PersonalRequester, request: ImportRequest) {
  return callPersonalEndpoint(requester, 'timeline/import/preview', postJson(request), readPreview);
}

export function addImport(
  requester: PersonalRequester,
  request: ImportRequest,
  add: readonly { index: number; kind: TimelineEventKind }[],
): Promise<PersonalResult<{ added: number; alreadyAdded: number }>> {
  return callPersonalEndpoint(requester, 'timeline/import', postJson({ ...request, add }), (body) => {
    const { added, alreadyAdded } = (body ?? {}) as Record<string, unknown>;
    return typeof added === 'number' && typeof alreadyAdded === 'number' ? { added, alreadyAdded } : null;
  });
}

export function readPreview(body: unknown): ImportPreview | null {
  if (typeof body !== 'object' || body === null) return null;
  const { source, events, skipped, columns, chosen } = body as Record<string, unknown>;
  if (typeof source !== 'string' || !Array.isArray(events) || !Array.isArray(skipped)) return null;
  const readEvents: PreviewedImportEvent[] = [];
  for (const item of events) {
    const { at, description, kind, link, alreadyAdded } = (item ?? {}) as Record<string, unknown>;
    if (typeof at !== 'string' || typeof description !== 'string') return null;
    readEvents.push({
      at,
      description,
      kind: isTimelineEventKind(kind) ? kind : null,
      link: typeof link === 'string' ? link : null,
      alreadyAdded: alreadyAdded === true,
    });
  }
  const pick = chosen as { time?: unknown; text?: unknown } | undefined;
  return {
    source,
    events: readEvents,
    skipped: skipped.filter(
      (skip): skip is ImportSkip =>
        typeof skip === 'object' && skip !== null && typeof skip.where === 'string' && typeof skip.reason === 'string',
    ),
    columns: Array.isArray(columns) ? columns.filter((name): name is string => typeof name === 'string') : null,
    chosen:
      typeof pick?.time === 'number' && typeof pick.text === 'number' ? { time: pick.time, text: pick.text } : null,
  };
}
