import { isSafeHttpUrl } from '../isSafeHttpUrl.ts';
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

// Messages about the channel, not the incident.
const NOT_EVENTS = new Set([
  'channel_join',
  'channel_leave',
  'channel_topic',
  'channel_purpose',
  'channel_name',
  'bot_add',
  'bot_remove',
  'pinned_item',
  'unpinned_item',
  'reminder_add',
]);

/**
 * Reads a Slack channel export (each day's JSON file is a list of messages; several files may be given as one list)
 * or a thread's messages as the API returns them (`{ "messages": [...] }`). Each message becomes an event at its
 * `ts`, as "Name: text", with Slack's markup turned back into plain words.
 */
export function readSlackExport(content: string): TimelineImportReading {
  const parsed = parseJson(content);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  // A channel's days are lists of messages, given together as a list of lists; a thread is { messages: [...] }.
  const messages = Array.isArray(value) ? value.flat() : listIn(value, 'messages');
  if (messages === null) {
    return { ok: false, message: 'A Slack export is a list of messages, or an object with a "messages" list' };
  }
  if (messages.length === 0) return { ok: false, message: 'The file has no messages' };

  const names = collectNames(messages);
  const events: ImportedEvent[] = [];
  const skipped: ImportSkip[] = [];
  for (const [index, raw] of messages.entries()) {
    const where = `Message ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) {
      skipped.push({ where, reason: 'Not a message' });
      continue;
    }
    const message = raw as Record<string, unknown>;
    if (typeof message.subtype === 'string' && NOT_EVENTS.has(message.subtype)) {
      skipped.push({ where, reason: 'A message about the channel, not the incident' });
      continue;
    }
    const seconds = typeof message.ts === 'string' || typeof message.ts === 'number' ? Number(message.ts) : Number.NaN;
    if (!Number.isFinite(seconds) || seconds <= 0) {
      skipped.push({ where, reason: 'It has no time ("ts")' });
      continue;
    }
    const text = plainText(typeof message.text === 'string' ? message.text : '', names);
    if (text === '') {
      skipped.push({ where, reason: 'It has no text' });
      continue;
    }
    if (events.length >= MAX_IMPORTED_EVENTS) {
      skipped.push({ where, reason: `Only the first ${MAX_IMPORTED_EVENTS} messages are imported at once` });
      continue;
    }
    const author = authorOf(message, names);
    events.push({
      at: new Date(Math.round(seconds * 1000)).toISOString(),
      description: shorten(author ? `${author}: ${text}` : text),
      kind: null,
      link: isSafeHttpUrl(message.permalink) ? message.permalink : null,
    });
  }
  byTime(events);
  return { ok: true, value: { source: 'Slack', events, skipped } };
}

/** Who wrote what: Slack puts a profile on some messages, and mentions elsewhere name people only by id. */
function collectNames(messages: readonly unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of messages) {
    if (typeof raw !== 'object' || raw === null) continue;
    const message = raw as Record<string, unknown>;
    const profile = message.user_profile as Record<string, unknown> | undefined;
    const name = [profile?.display_name, profile?.real_name, message.user_name].find(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    if (typeof message.user === 'string' && name) names.set(message.user, name.trim());
  }
  return names;
}

function authorOf(message: Record<string, unknown>, names: ReadonlyMap<string, string>): string | null {
  if (typeof message.user === 'string') return names.get(message.user) ?? null;
  const bot = message.bot_profile as Record<string, unknown> | undefined;
  if (typeof bot?.name === 'string') return bot.name;
  return typeof message.username === 'string' ? message.username : null;
}

function plainText(text: string, names: ReadonlyMap<string, string>): string {
  return text
    .replace(
      /<@([A-Z0-9]+)(?:\|([^>]+))?>/g,
      (_, id: string, label?: string) => `@${label ?? names.get(id) ?? 'someone'}`,
    )
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<!(here|channel|everyone)>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+\|([^>]+)>/g, '$1')
    .replace(/<([^>|]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<([^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
