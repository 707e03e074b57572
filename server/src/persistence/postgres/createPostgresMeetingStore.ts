import type pg from 'pg';
import type { MeetingRecord, MeetingStore } from '../MeetingStore.ts';
import { type MeetingRow, meetingFromRow } from '../storedRows.ts';

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
      return row ? meetingFromRow(row) : null;
    },
  };
}
