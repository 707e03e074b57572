import { HIGHLIGHT_END, HIGHLIGHT_START, type LibraryDocument, type LibraryResult } from '@debrief/shared';
import type pg from 'pg';
import type { LibraryEntry, LibrarySearch, LibraryStore } from '../LibraryStore.ts';
import {
  type LibraryEntryRow,
  libraryResultFromRow,
  type OpenActionRow,
  openActionsFromRows,
  readServices,
} from '../storedRows.ts';
import { LIBRARY_SEARCH_CONFIG } from './migratePostgres.ts';
import { parseFullTextQuery } from './parseFullTextQuery.ts';
import { withTransaction } from './withTransaction.ts';

interface EntryRow extends LibraryEntryRow {
  published_at: string;
}

interface ResultRow extends EntryRow {
  marked_title: string | null;
  excerpt: string | null;
  excerpt_source: string | null;
}

const CONFIG = `'${LIBRARY_SEARCH_CONFIG}'::regconfig`;

/**
 * The searchable text of a post-mortem as one weighted vector, from five parameters starting at `$first`: title,
 * summary, timeline, lessons, actions. Title is A, summary B, lessons and actions C, timeline D, the order of the
 * SQLite store's bm25 weights.
 */
function searchVector(first: number): string {
  const part = (offset: number, weight: string) => `setweight(to_tsvector(${CONFIG}, $${first + offset}), '${weight}')`;
  return [part(0, 'A'), part(1, 'B'), part(2, 'D'), part(3, 'C'), part(4, 'C')].join(' || ');
}

/**
 * The weights of D, C, B and A, in the ratio of the SQLite store's bm25 weights: timeline 2, lessons and actions 3,
 * summary 4, title 10.
 */
const RANK_WEIGHTS = '{0.2, 0.3, 0.4, 1.0}';

/**
 * The query's terms, from `$1` (words) and `$2` (whether each is a prefix), each made a query by `plainto_tsquery`,
 * which reads its text as words only: quotes, `&|!()` and `:*` a person typed are never operators. A term with no
 * word left in it drops out. `every` needs all terms; `any`, one.
 */
const QUERY = `
  SELECT
    string_agg('(' || term.query::text || CASE WHEN typed.prefix THEN ':*' ELSE '' END || ')', ' & ')::tsquery AS every,
    string_agg('(' || term.query::text || CASE WHEN typed.prefix THEN ':*' ELSE '' END || ')', ' | ')::tsquery AS any
  FROM unnest($1::text[], $2::boolean[]) AS typed(word, prefix)
  CROSS JOIN LATERAL plainto_tsquery(${CONFIG}, typed.word) AS term(query)
  WHERE numnode(term.query) > 0`;

const TITLE_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
/** About as long as the SQLite store's 24-token snippets. */
const EXCERPT_HEADLINE = [
  `StartSel=${HIGHLIGHT_START}`,
  `StopSel=${HIGHLIGHT_END}`,
  'MaxWords=24',
  'MinWords=12',
  'MaxFragments=1',
].join(', ');

/**
 * The library on PostgreSQL: one row per published post-mortem with its text and a weighted search vector (words
 * stemmed, accents folded), its services, and its actions. Each publish or refresh replaces them in one transaction.
 */
export function createPostgresLibraryStore(pool: pg.Pool): LibraryStore {
  const writeActions = async (client: pg.PoolClient, meetingId: string, document: LibraryDocument) => {
    await client.query('DELETE FROM library_actions WHERE meeting_id = $1', [meetingId]);
    const { actions } = document;
    if (actions.length === 0) return;
    await client.query(
      `INSERT INTO library_actions (meeting_id, action_id, position, title, owner, due_date, status)
       SELECT $1, a.id, a.position, a.title, a.owner, a.due_date, a.status
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[])
         AS a(id, position, title, owner, due_date, status)`,
      [
        meetingId,
        actions.map((action) => action.id),
        actions.map((_, position) => position),
        actions.map((action) => action.title),
        actions.map((action) => action.owner),
        actions.map((action) => action.dueDate),
        actions.map((action) => action.status),
      ],
    );
  };
  const textOf = (document: LibraryDocument) => [
    document.text.title,
    document.text.summary,
    document.text.timeline,
    document.text.lessons,
    document.text.actions,
  ];

  return {
    async publish(entry: LibraryEntry) {
      const { meetingId, document } = entry;
      await withTransaction(pool, async (client) => {
        await client.query(
          `INSERT INTO library_entries (meeting_id, title, summary, severity, occurred_at, services, path,
             published_at, text_title, text_summary, text_timeline, text_lessons, text_actions, search)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ${searchVector(9)})
           ON CONFLICT (meeting_id) DO UPDATE SET title = excluded.title, summary = excluded.summary,
             severity = excluded.severity, occurred_at = excluded.occurred_at, services = excluded.services,
             path = excluded.path, published_at = excluded.published_at, text_title = excluded.text_title,
             text_summary = excluded.text_summary, text_timeline = excluded.text_timeline,
             text_lessons = excluded.text_lessons, text_actions = excluded.text_actions, search = excluded.search`,
          [
            meetingId,
            document.title,
            document.summary,
            document.severity,
            document.occurredAt,
            JSON.stringify(entry.services),
            entry.path,
            entry.publishedAt,
            ...textOf(document),
          ],
        );
        await client.query('DELETE FROM library_services WHERE meeting_id = $1', [meetingId]);
        await client.query(
          `INSERT INTO library_services (meeting_id, service) SELECT $1, unnest($2::text[])
           ON CONFLICT (meeting_id, service) DO NOTHING`,
          [meetingId, entry.services],
        );
        await writeActions(client, meetingId, document);
      });
    },
    async refresh(meetingId, document) {
      await withTransaction(pool, async (client) => {
        const changed = await client.query(
          `UPDATE library_entries SET title = $2, summary = $3, severity = $4, occurred_at = $5, text_title = $6,
             text_summary = $7, text_timeline = $8, text_lessons = $9, text_actions = $10, search = ${searchVector(6)}
           WHERE meeting_id = $1`,
          [meetingId, document.title, document.summary, document.severity, document.occurredAt, ...textOf(document)],
        );
        if ((changed.rowCount ?? 0) > 0) await writeActions(client, meetingId, document);
      });
    },
    async withdraw(meetingId) {
      await withTransaction(pool, async (client) => {
        for (const table of ['library_entries', 'library_services', 'library_actions']) {
          await client.query(`DELETE FROM ${table} WHERE meeting_id = $1`, [meetingId]);
        }
      });
    },
    async get(meetingId) {
      const { rows } = await pool.query<EntryRow>(
        'SELECT services, published_at, path FROM library_entries WHERE meeting_id = $1',
        [meetingId],
      );
      const row = rows[0];
      return row
        ? { services: readServices(row.services), publishedAt: Number(row.published_at), path: row.path }
        : null;
    },
    async search(search) {
      const { rows, total } = search.match === null ? await listAll(pool, search) : await findMatches(pool, search);
      const services = await pool.query<{ service: string }>(
        'SELECT service FROM library_services GROUP BY service ORDER BY service COLLATE "C"',
      );
      return { results: rows.map(toResult), total, services: services.rows.map((row) => row.service) };
    },
    async openActions() {
      // `translate` folds A-Z only, as SQLite's NOCASE does; "C" compares as SQLite does, byte by byte.
      const { rows } = await pool.query<OpenActionRow>(
        `SELECT a.*, e.title AS meeting_title, e.severity, e.path FROM library_actions a
         JOIN library_entries e ON e.meeting_id = a.meeting_id
         WHERE a.status IN ('open', 'in-progress')
         ORDER BY a.owner IS NULL, translate(a.owner, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
           COLLATE "C", a.due_date IS NULL, a.due_date COLLATE "C", e.published_at, a.position`,
      );
      return openActionsFromRows(rows);
    },
  };
}

/** The filters of a search as SQL conditions on `e`, with their parameters numbered after `params`. */
function readFilters(search: LibrarySearch, params: unknown[]): string[] {
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (search.severity) conditions.push(`e.severity = ${bind(search.severity)}`);
  if (search.service) {
    const service = bind(search.service);
    conditions.push(
      `EXISTS (SELECT 1 FROM library_services s WHERE s.meeting_id = e.meeting_id AND s.service = ${service})`,
    );
  }
  if (search.from) conditions.push(`substr(e.occurred_at, 1, 10) COLLATE "C" >= ${bind(search.from)}`);
  if (search.to) conditions.push(`substr(e.occurred_at, 1, 10) COLLATE "C" <= ${bind(search.to)}`);
  if (search.excludeId) conditions.push(`e.meeting_id <> ${bind(search.excludeId)}`);
  return conditions;
}

async function listAll(pool: pg.Pool, search: LibrarySearch): Promise<{ rows: ResultRow[]; total: number }> {
  const params: unknown[] = [];
  const conditions = readFilters(search, params);
  const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
  const counted = await pool.query<{ count: string }>(`SELECT COUNT(*) AS count FROM library_entries e ${where}`, [
    ...params,
  ]);
  params.push(search.limit);
  const { rows } = await pool.query<ResultRow>(
    `SELECT e.meeting_id, e.title, e.summary, e.severity, e.occurred_at, e.services, e.path, e.published_at,
       NULL AS marked_title, NULL AS excerpt, NULL AS excerpt_source
     FROM library_entries e ${where}
     ORDER BY e.occurred_at IS NULL, e.occurred_at COLLATE "C" DESC, e.published_at DESC, e.meeting_id
     LIMIT $${params.length}`,
    params,
  );
  return { rows, total: Number(counted.rows[0]?.count ?? 0) };
}

/**
 * Matches, best first. Only the rows shown are marked up: the title in full, and an excerpt of whichever part of
 * the post-mortem matches the terms best.
 */
async function findMatches(pool: pg.Pool, search: LibrarySearch): Promise<{ rows: ResultRow[]; total: number }> {
  const { terms, anyTerm } = parseFullTextQuery(search.match ?? '');
  const params: unknown[] = [terms.map((term) => term.word), terms.map((term) => term.prefix)];
  const conditions = readFilters(search, params);
  const tsquery = anyTerm ? 'query.any' : 'query.every';
  const from = `FROM library_entries e CROSS JOIN (${QUERY}) AS query
    WHERE ${[`e.search @@ ${tsquery}`, ...conditions].join(' AND ')}`;
  const counted = await pool.query<{ count: string }>(`SELECT COUNT(*) AS count ${from}`, [...params]);
  params.push(search.limit, TITLE_HEADLINE, EXCERPT_HEADLINE);
  const [limit, titleOptions, excerptOptions] = [params.length - 2, params.length - 1, params.length].map(
    (n) => `$${n}`,
  );
  const { rows } = await pool.query<ResultRow>(
    `WITH found AS (
       SELECT e.*, ${tsquery} AS terms, query.any AS any_term,
         ts_rank('${RANK_WEIGHTS}', e.search, ${tsquery}) AS rank
       ${from}
       ORDER BY rank DESC, e.published_at DESC, e.meeting_id
       LIMIT ${limit}
     )
     SELECT found.meeting_id, found.title, found.summary, found.severity, found.occurred_at, found.services,
       found.path, found.published_at,
       ts_headline(${CONFIG}, found.text_title, found.terms, ${titleOptions}) AS marked_title,
       ts_headline(${CONFIG}, best.text, found.terms, ${excerptOptions}) AS excerpt,
       best.text AS excerpt_source
     FROM found
     CROSS JOIN LATERAL (
       SELECT part.text FROM (VALUES (1, found.text_title), (2, found.text_summary), (3, found.text_timeline),
         (4, found.text_lessons), (5, found.text_actions)) AS part(n, text)
       ORDER BY ts_rank(to_tsvector(${CONFIG}, part.text), found.any_term) DESC, part.n
       LIMIT 1
     ) AS best
     ORDER BY found.rank DESC, found.published_at DESC, found.meeting_id`,
    params,
  );
  return { rows, total: Number(counted.rows[0]?.count ?? 0) };
}

function toResult(row: ResultRow): LibraryResult {
  const excerpt = row.excerpt === null ? row.summary : withEllipses(row.excerpt, row.excerpt_source ?? '');
  return libraryResultFromRow(row, row.marked_title, excerpt);
}

/** Marks where an excerpt cuts its text short, with `…` as SQLite's snippets do. */
function withEllipses(excerpt: string, source: string): string {
  const plain = excerpt.split(HIGHLIGHT_START).join('').split(HIGHLIGHT_END).join('');
  const at = source.indexOf(plain);
  if (plain === '' || at === -1) return excerpt;
  return `${at > 0 ? '…' : ''}${excerpt}${at + plain.length < source.length ? '…' : ''}`;
}
