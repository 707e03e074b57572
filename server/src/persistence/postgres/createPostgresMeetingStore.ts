import { isSeverity } from '@debrief/shared';
import type pg from 'pg';
import type { MeetingRecord, MeetingStore } from '../MeetingStore.ts';

interface MeetingRow {
  id: string;
  title: string;
  incident_summary: string;
  occurred_at: string | null;
  severity: string;
  created_at: string;
  facilitator_token_hash: string;
  participant_token_hash: string;
  observer_token_hash: string;
  sealed_share_tokens: string | null;
  schema_version: number | null;
}

export function createPostgresMeetingStore(pool: pg.Pool): MeetingStore {
  return {
    async createMeeting(meeting) {
      await pool.query(
        `INSERT INTO meetings (id, title, incident_summary, occurred_at, severity, created_at,
           facilitator_token_hash, participant_token_hash, observer_token_hash, sealed_share_tokens, schema_version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [
          meeting.id,
          meeting.title,
          meeting.incidentSummary,
          meeting.occurredAt,
          meeting.severity,
          meeting.createdAt,
          meeting.tokenHashes.facilitator,
          meeting.tokenHashes.participant,
          meeting.tokenHashes.observer,
          meeting.sealedShareTokens,
          meeting.schemaVersion,
        ],
      );
    },
    async setSchemaVersion(id, version) {
      await pool.query('UPDATE meetings SET schema_version = $1 WHERE id = $2', [version, id]);
    },
    async getMeeting(id): Promise<MeetingRecord | null> {
      const { rows } = await pool.query<MeetingRow>('SELECT * FROM meetings WHERE id = $1', [id]);
      const row = rows[0];
      if (!row) return null;
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
    },
  };
}
