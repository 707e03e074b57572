import { isActionStatus, isOpenAction, isSeverity, type LibraryResult, type OpenAction } from '@debrief/shared';
import type { MeetingRecord } from './MeetingStore.ts';

/** A meeting as both stores keep it; PostgreSQL returns its big integers as text. */
export interface MeetingRow {
  id: string;
  title: string;
  incident_summary: string;
  occurred_at: string | null;
  severity: string;
  created_at: number | string;
  facilitator_token_hash: string;
  participant_token_hash: string;
  observer_token_hash: string;
  sealed_share_tokens: string | null;
  schema_version: number | null;
}

export function meetingFromRow(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    title: row.title,
    incidentSummary: row.incident_summary,
    occurredAt: row.occurred_at,
    severity: isSeverity(row.severity) ? row.severity : 'SEV3',
    createdAt: Number(row.created_at),
    tokenHashes: {
      facilitator: row.facilitator_token_hash,
      participant: row.participant_token_hash,
      observer: row.observer_token_hash,
    },
    sealedShareTokens: row.sealed_share_tokens,
    schemaVersion: row.schema_version,
  };
}

/** A published post-mortem as both library stores keep it. */
export interface LibraryEntryRow {
  meeting_id: string;
  title: string;
  summary: string;
  severity: string;
  occurred_at: string | null;
  services: string;
  path: string;
  published_at: number | string;
}

/** A search result from its row, its title with the matches marked, and the excerpt to show. */
export function libraryResultFromRow(row: LibraryEntryRow, markedTitle: string | null, excerpt: string): LibraryResult {
  return {
    id: row.meeting_id,
    title: markedTitle ?? row.title,
    summary: row.summary,
    severity: isSeverity(row.severity) ? row.severity : 'SEV3',
    occurredAt: row.occurred_at,
    services: readServices(row.services),
    publishedAt: Number(row.published_at),
    excerpt,
    path: row.path,
  };
}

/** The service tags kept as JSON; anything unreadable is no tags. */
export function readServices(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

/** A published post-mortem's action, with its meeting, as both library stores read it. */
export interface OpenActionRow {
  meeting_id: string;
  action_id: string;
  title: string;
  owner: string | null;
  due_date: string | null;
  status: string;
  meeting_title: string;
  severity: string;
  path: string;
}

/** The open actions among the rows, in their order; a row whose status is unknown or done is left out. */
export function openActionsFromRows(rows: readonly OpenActionRow[]): OpenAction[] {
  return rows.flatMap((row): OpenAction[] => {
    if (!isActionStatus(row.status) || !isOpenAction(row.status)) return [];
    return [
      {
        meetingId: row.meeting_id,
        meetingTitle: row.meeting_title,
        severity: isSeverity(row.severity) ? row.severity : 'SEV3',
        id: row.action_id,
        title: row.title,
        owner: row.owner,
        dueDate: row.due_date,
        status: row.status,
        path: row.path,
      },
    ];
  });
}
