import type Database from 'better-sqlite3';
import type { MeetingRecord, MeetingStore } from './MeetingStore.ts';
import { meetingFromRow, type MeetingRow as StoredMeetingRow } from './storedRows.ts';

interface MeetingRow extends StoredMeetingRow {
  created_at: number;
}

export function createSqliteMeetingStore(db: Database.Database): MeetingStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS meetings (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      incident_summary TEXT NOT NULL,
      occurred_at TEXT,
      severity TEXT NOT NULL,
      created_at INTEGER NOT NULL,
      facilitator_token_hash TEXT NOT NULL,
      participant_token_hash TEXT NOT NULL,
      observer_token_hash TEXT NOT NULL,
      sealed_share_tokens TEXT
    );
  `);
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(meetings)').all();
  if (!columns.some((column) => column.name === 'sealed_share_tokens')) {
    db.exec('ALTER TABLE meetings ADD COLUMN sealed_share_tokens TEXT');
  }
  if (!columns.some((column) => column.name === 'schema_version')) {
    db.exec('ALTER TABLE meetings ADD COLUMN schema_version INTEGER');
  }
  const insert = db.prepare<MeetingRow>(
    `INSERT INTO meetings (id, title, incident_summary, occurred_at, severity, created_at,
       facilitator_token_hash, participant_token_hash, observer_token_hash, sealed_share_tokens, schema_version)
     VALUES (@id, @title, @incident_summary, @occurred_at, @severity, @created_at,
       @facilitator_token_hash, @participant_token_hash, @observer_token_hash, @sealed_share_tokens, @schema_version)`,
  );
  const updateVersion = db.prepare<[number, string]>('UPDATE meetings SET schema_version = ? WHERE id = ?');
  const select = db.prepare<[string], MeetingRow>('SELECT * FROM meetings WHERE id = ?');

  return {
    async createMeeting(meeting) {
      insert.run({
        id: meeting.id,
        title: meeting.title,
        incident_summary: meeting.incidentSummary,
        occurred_at: meeting.occurredAt,
        severity: meeting.severity,
        created_at: meeting.createdAt,
        facilitator_token_hash: meeting.tokenHashes.facilitator,
        participant_token_hash: meeting.tokenHashes.participant,
        observer_token_hash: meeting.tokenHashes.observer,
        sealed_share_tokens: meeting.sealedShareTokens,
        schema_version: meeting.schemaVersion,
      });
    },
    async setSchemaVersion(id, version) {
      updateVersion.run(version, id);
    },
    async getMeeting(id): Promise<MeetingRecord | null> {
      const row = select.get(id);
      return row ? meetingFromRow(row) : null;
    },
  };
}
