import { isSafeHttpUrl } from '../isSafeHttpUrl.ts';
import type { TimelineEventKind } from '../timelineEventKinds.ts';
import {
  byTime,
  type ImportedEvent,
  type ImportSkip,
  listIn,
  MAX_IMPORTED_EVENTS,
  parseJson,
  shorten,
  type TimelineImportReading,
} from './timelineImport.ts';

const kindsByType: Record<string, TimelineEventKind> = {
  trigger_log_entry: 'detection',
  acknowledge_log_entry: 'action',
  unacknowledge_log_entry: 'action',
  resolve_log_entry: 'resolution',
  escalate_log_entry: 'communication',
  notify_log_entry: 'communication',
  assign_log_entry: 'communication',
  repeat_escalation_path_log_entry: 'communication',
  exhaust_escalation_path_log_entry: 'communication',
  annotate_log_entry: 'other',
  snooze_log_entry: 'action',
  urgency_change_log_entry: 'other',
  priority_change_log_entry: 'other',
};

/**
 * Reads PagerDuty incident log entries as its REST API gives them (`{ "log_entries": [...] }`, or the list alone):
 * each entry at its `created_at`, described by its summary (and an annotation's note), with a kind from its type.
 */
export function readPagerDutyLog(content: string): TimelineImportReading {
  const parsed = parseJson(content);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const entries = listIn(value, 'log_entries');
  if (entries === null) {
    return { ok: false, message: 'PagerDuty log entries come as { "log_entries": [...] } or as a list of entries' };
  }
  if (entries.length === 0) return { ok: false, message: 'The file has no log entries' };

  const events: ImportedEvent[] = [];
  const skipped: ImportSkip[] = [];
  for (const [index, raw] of entries.entries()) {
    const where = `Entry ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) {
      skipped.push({ where, reason: 'Not a log entry' });
      continue;
    }
    const entry = raw as Record<string, unknown>;
    const ms = typeof entry.created_at === 'string' ? Date.parse(entry.created_at) : Number.NaN;
    if (!Number.isFinite(ms)) {
      skipped.push({ where, reason: 'It has no time ("created_at")' });
      continue;
    }
    const channel = entry.channel as Record<string, unknown> | undefined;
    const note = entry.type === 'annotate_log_entry' && typeof channel?.summary === 'string' ? channel.summary : '';
    const summary = typeof entry.summary === 'string' ? entry.summary : '';
    const description = [summary, note].filter((part) => part.trim() !== '').join(': ');
    if (description === '') {
      skipped.push({ where, reason: 'It has no summary' });
      continue;
    }
    if (events.length >= MAX_IMPORTED_EVENTS) {
      skipped.push({ where, reason: `Only the first ${MAX_IMPORTED_EVENTS} entries are imported at once` });
      continue;
    }
    const incident = entry.incident as Record<string, unknown> | undefined;
    const link = [entry.html_url, incident?.html_url].find(isSafeHttpUrl) ?? null;
    events.push({
      at: new Date(ms).toISOString(),
      description: shorten(description),
      kind: typeof entry.type === 'string' ? (kindsByType[entry.type] ?? 'other') : 'other',
      link,
    });
  }
  byTime(events);
  return { ok: true, value: { source: 'PagerDuty', events, skipped } };
}
