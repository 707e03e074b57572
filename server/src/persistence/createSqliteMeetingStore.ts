import { isSeverity } from '@debrief/shared';
import type Database from 'better-sqlite3';
import type { MeetingRecord, MeetingStore } from './MeetingStore.ts';

interface MeetingRow {
  id: string;
  title: string;
  incident_summary: string;
  occurred_at: string | null;
  severity: string;
  created_at: number;
  facilitator_token_hash: string;
  participant_token_hash: string;
  observer_token_hash: string;
  sealed_share_tokens: string | null;
  schema_version: number | null;
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
      if (!row) return null;
      return {
        id: row.id,
        title: row.title,
        incidentSummary: row.incident_summary,
        occurredAt: row.occurred_at,
        severity: isSeverity(row.severity) ? row.severity : 'SEV3',
        createdAt: row.created_at,
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
