import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type LibraryAction,
  type LibraryDocument,
  type LibraryResult,
} from '@debrief/shared';
import type Database from 'better-sqlite3';
import type { LibraryStore } from './LibraryStore.ts';
import {
  type LibraryEntryRow,
  libraryResultFromRow,
  type OpenActionRow,
  openActionsFromRows,
  readServices,
} from './storedRows.ts';

interface EntryRow extends LibraryEntryRow {
  published_at: number;
}

interface ResultRow extends EntryRow {
  marked_title: string | null;
  excerpt: string | null;
}

/**
 * The library on SQLite: one row per published post-mortem, an FTS5 index over its text (words stemmed, accents
 * folded), and its actions. Each publish or refresh replaces all three in one transaction.
 */
export function createSqliteLibraryStore(db: Database.Database): LibraryStore {
  db.exec(`
    CREATE TABLE IF NOT EXISTS library_entries (
      meeting_id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      summary TEXT NOT NULL,
      severity TEXT NOT NULL,
      occurred_at TEXT,
      services TEXT NOT NULL,
      path TEXT NOT NULL,
      published_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS library_services (
      meeting_id TEXT NOT NULL,
      service TEXT NOT NULL,
      PRIMARY KEY (meeting_id, service)
    );
    CREATE INDEX IF NOT EXISTS library_services_by_service ON library_services (service);
    CREATE TABLE IF NOT EXISTS library_actions (
      meeting_id TEXT NOT NULL,
      action_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      title TEXT NOT NULL,
      owner TEXT,
      due_date TEXT,
      status TEXT NOT NULL,
      PRIMARY KEY (meeting_id, action_id)
    );
    CREATE VIRTUAL TABLE IF NOT EXISTS library_search USING fts5(
      meeting_id UNINDEXED, title, summary, timeline, lessons, actions,
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
  `);
  // Matches in the title count most, then the summary, the actions and lessons, then the timeline.
  db.prepare("INSERT INTO library_search (library_search, rank) VALUES ('rank', 'bm25(0, 10, 4, 2, 3, 3)')").run();

  const upsertEntry = db.prepare(
    `INSERT INTO library_entries (meeting_id, title, summary, severity, occurred_at, services, path, published_at)
     VALUES (@meetingId, @title, @summary, @severity, @occurredAt, @services, @path, @publishedAt)
     ON CONFLICT (meeting_id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
       severity = excluded.severity, occurred_at = excluded.occurred_at, services = excluded.services,
       path = excluded.path, published_at = excluded.published_at`,
  );
  const updateEntry = db.prepare(
    `UPDATE library_entries SET title = @title, summary = @summary, severity = @severity, occurred_at = @occurredAt
     WHERE meeting_id = @meetingId`,
  );
  const selectEntry = db.prepare<[string], EntryRow>('SELECT * FROM library_entries WHERE meeting_id = ?');
  const deleteEntry = db.prepare<[string]>('DELETE FROM library_entries WHERE meeting_id = ?');
  const deleteServices = db.prepare<[string]>('DELETE FROM library_services WHERE meeting_id = ?');
  const insertService = db.prepare<[string, string]>(
    'INSERT OR IGNORE INTO library_services (meeting_id, service) VALUES (?, ?)',
  );
  const deleteActions = db.prepare<[string]>('DELETE FROM library_actions WHERE meeting_id = ?');
  const insertAction = db.prepare(
    `INSERT INTO library_actions (meeting_id, action_id, position, title, owner, due_date, status)
     VALUES (@meetingId, @id, @position, @title, @owner, @dueDate, @status)`,
  );
  const deleteText = db.prepare<[string]>('DELETE FROM library_search WHERE meeting_id = ?');
  const insertText = db.prepare(
    `INSERT INTO library_search (meeting_id, title, summary, timeline, lessons, actions)
     VALUES (@meetingId, @title, @summary, @timeline, @lessons, @actions)`,
  );
  const allServices = db.prepare<[], { service: string }>(
    'SELECT DISTINCT service FROM library_services ORDER BY service',
  );
  const selectOpenActions = db.prepare<[], OpenActionRow>(
    `SELECT a.*, e.title AS meeting_title, e.severity, e.path FROM library_actions a
     JOIN library_entries e ON e.meeting_id = a.meeting_id
     WHERE a.status IN ('open', 'in-progress')
     ORDER BY a.owner IS NULL, a.owner COLLATE NOCASE, a.due_date IS NULL, a.due_date, e.published_at, a.position`,
  );

  const writeContent = (meetingId: string, document: LibraryDocument) => {
    deleteText.run(meetingId);
    insertText.run({ meetingId, ...document.text });
    deleteActions.run(meetingId);
    document.actions.forEach((action: LibraryAction, position) => {
      insertAction.run({ meetingId, position, ...action });
    });
  };

  const publish = db.transaction((entry: Parameters<LibraryStore['publish']>[0]) => {
    const { meetingId, document } = entry;
    upsertEntry.run({
      meetingId,
      title: document.title,
      summary: document.summary,
      severity: document.severity,
      occurredAt: document.occurredAt,
      services: JSON.stringify(entry.services),
      path: entry.path,
      publishedAt: entry.publishedAt,
    });
    deleteServices.run(meetingId);
    for (const service of entry.services) insertService.run(meetingId, service);
    writeContent(meetingId, document);
  });

  const refresh = db.transaction((meetingId: string, document: LibraryDocument) => {
    const changed = updateEntry.run({
      meetingId,
      title: document.title,
      summary: document.summary,
      severity: document.severity,
      occurredAt: document.occurredAt,
    });
    if (changed.changes > 0) writeContent(meetingId, document);
  });

  const withdraw = db.transaction((meetingId: string) => {
    deleteEntry.run(meetingId);
    deleteServices.run(meetingId);
    deleteActions.run(meetingId);
    deleteText.run(meetingId);
  });

  return {
    async publish(entry) {
      publish(entry);
    },
    async refresh(meetingId, document) {
      refresh(meetingId, document);
    },
    async withdraw(meetingId) {
      withdraw(meetingId);
    },
    async get(meetingId) {
      const row = selectEntry.get(meetingId);
      return row ? { services: readServices(row.services), publishedAt: row.published_at, path: row.path } : null;
    },
    async search(search) {
      const conditions: string[] = [];
      const params: Record<string, string | number> = { limit: search.limit };
      if (search.severity) {
        conditions.push('e.severity = @severity');
        params.severity = search.severity;
      }
      if (search.service) {
        conditions.push(
          'EXISTS (SELECT 1 FROM library_services s WHERE s.meeting_id = e.meeting_id AND s.service = @service)',
        );
        params.service = search.service;
      }
      if (search.from) {
        conditions.push('substr(e.occurred_at, 1, 10) >= @from');
        params.from = search.from;
      }
      if (search.to) {
        conditions.push('substr(e.occurred_at, 1, 10) <= @to');
        params.to = search.to;
      }
      if (search.excludeId) {
        conditions.push('e.meeting_id != @excludeId');
        params.excludeId = search.excludeId;
      }
      let rows: ResultRow[];
      let total: number;
      if (search.match === null) {
        const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
        rows = db
          .prepare<Record<string, string | number>, ResultRow>(
            `SELECT e.*, NULL AS marked_title, NULL AS excerpt FROM library_entries e ${where}
             ORDER BY e.occurred_at IS NULL, e.occurred_at DESC, e.published_at DESC LIMIT @limit`,
          )
          .all(params);
        total = db
          .prepare<Record<string, string | number>, { count: number }>(
            `SELECT COUNT(*) AS count FROM library_entries e ${where}`,
          )
          .get(params)?.count as number;
      } else {
        params.match = search.match;
        const where = ['library_search MATCH @match', ...conditions].join(' AND ');
        const from = 'FROM library_search JOIN library_entries e ON e.meeting_id = library_search.meeting_id';
        // Ordered by FTS5's own rank (bm25 with the weights set above), the index sorts as it goes, so only the rows
        // shown are marked up: highlights cost far more than ranking.
        rows = db
          .prepare<Record<string, string | number>, ResultRow>(
            `SELECT e.*,
               highlight(library_search, 1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}') AS marked_title,
               snippet(library_search, -1, '${HIGHLIGHT_START}', '${HIGHLIGHT_END}', '…', 24) AS excerpt
             ${from} WHERE ${where} ORDER BY rank LIMIT @limit`,
          )
          .all(params);
        const { limit: _, ...countParams } = params;
        total = db
          .prepare<Record<string, string | number>, { count: number }>(
            `SELECT COUNT(*) AS count ${from} WHERE ${where}`,
          )
          .get(countParams)?.count as number;
      }
      return {
        results: rows.map(toResult),
        total,
        services: allServices.all().map((row) => row.service),
      };
    },
    async openActions() {
      return openActionsFromRows(selectOpenActions.all());
    },
  };
}

function toResult(row: ResultRow): LibraryResult {
  return libraryResultFromRow(row, row.marked_title, row.excerpt ?? row.summary);
}
