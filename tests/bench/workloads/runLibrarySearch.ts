import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSqliteLibraryStore, openSqliteDatabase } from '@debrief/server';
import { type LibraryDocument, SEVERITIES, toFullTextQuery, toRelatedQuery } from '@debrief/shared';
import { type LatencyStats, summarizeLatencies } from '../report/percentiles.ts';

export interface LibrarySearchConfig {
  readonly postMortems: number;
  /** times each query runs */
  readonly repeats: number;
}

export interface LibrarySearchResult {
  readonly postMortems: number;
  readonly databaseBytes: number;
  /** publishing one post-mortem: its row, its full-text index and its actions, in one transaction */
  readonly publish: LatencyStats;
  /** a typed search (full-text, ranked, with highlights), over every query */
  readonly search: LatencyStats;
  /** a search with a severity or service filter */
  readonly filtered: LatencyStats;
  /** "related past post-mortems" for a meeting's title and summary */
  readonly related: LatencyStats;
  /** the anchor: the same words found with LIKE over the same text, as a library without an index would */
  readonly scan: LatencyStats;
}

const services = ['checkout', 'payments', 'search', 'login', 'edge', 'orders', 'billing', 'mobile-api', 'queue', 'dns'];
const symptoms = [
  'replica lag grew on the primary database',
  'the certificate expired at the load balancer',
  'the message queue backed up after a broker upgrade',
  'a config push turned off the cache',
  'disk filled on the logging hosts',
  'a deploy raised error rates on the API',
  'DNS answers went stale after a provider change',
  'the connection pool kept the old primary after failover',
  'a feature flag rolled out to every customer at once',
  'memory leaked in the image resizer',
];
const lessons = [
  'backups were never restored in a drill',
  'the runbook pointed at a retired dashboard',
  'alerts paged a team that no longer owned the service',
  'nobody could tell which deploy was live',
  'the rollback needed a person with production access',
  'renewal reminders went to an old mailbox',
  'load tests did not cover the peak hour',
  'the status page was updated by hand',
];
const actions = [
  'rehearse database restores every month',
  'automate certificate renewal',
  'alert on replication lag',
  'add a canary stage to deploys',
  'move the runbook next to the dashboard',
  'page the owning team from the service catalogue',
  'rate limit config pushes',
  'publish status updates from the incident channel',
];
const queries = [
  'failover',
  'certificate',
  'restore drill',
  'replica lag',
  'runbook dashboard',
  'canary',
  'status page',
  'config',
  'broker upgrade queue',
  'rollback production access',
  'memory leak',
  'dns provider',
  'peak hour load',
  'pag',
  'zzzz nothing',
];

/** A small, seeded random source, so each run searches the same library. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function buildPostMortem(index: number, random: () => number): { document: LibraryDocument; services: string[] } {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const symptom = pick(symptoms);
  const service = pick(services);
  const timeline = Array.from({ length: 25 }, (_, n) => `${n}: ${pick(symptoms)}; ${pick(lessons)} (${service})`);
  const cards = Array.from({ length: 12 }, () => pick(lessons));
  const todo = Array.from({ length: 5 }, () => pick(actions));
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + (index % 12)).padStart(2, '0');
  return {
    services: [service, pick(services)],
    document: {
      title: `Incident ${index}: ${service} ${symptom.split(' ').slice(0, 4).join(' ')}`,
      summary: `${symptom} for ${service}`,
      severity: pick(SEVERITIES),
      occurredAt: `2025-${month}-${day}T10:00:00Z`,
      text: {
        title: `Incident ${index}: ${service}`,
        summary: `${symptom}. ${pick(lessons)}.`,
        timeline: timeline.join('\n'),
        lessons: cards.join('\n'),
        actions: todo.join('\n'),
      },
      actions: todo.map((title, n) => ({
        id: `a${n}`,
        title,
        owner: n % 2 === 0 ? 'Ana' : null,
        dueDate: '2026-01-15',
        status: 'open' as const,
      })),
    },
  };
}

/**
 * The library on its real SQLite store, filled with generated post-mortems (25 events, 12 lessons and 5 actions
 * each), then searched the ways the library page and the "related" panel search it. The anchor is the same search
 * by LIKE over the same text, in the same database and the same run.
 */
export async function runLibrarySearch(
  config: LibrarySearchConfig,
  log: (line: string) => void,
): Promise<LibrarySearchResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-library-'));
  const db = openSqliteDatabase(dir);
  try {
    const library = createSqliteLibraryStore(db);
    const random = seeded(42);
    const publishTimes: number[] = [];
    for (let index = 0; index < config.postMortems; index++) {
      const { document, services: tags } = buildPostMortem(index, random);
      const started = performance.now();
      await library.publish({
        meetingId: `meeting-${index}`,
        document,
        services: tags,
        path: `/m/meeting-${index}#token`,
        publishedAt: index,
      });
      publishTimes.push(performance.now() - started);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    const databaseBytes = fs.readdirSync(dir).reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0);
    log(`  ${config.postMortems} post-mortems published, ${(databaseBytes / 1024 / 1024).toFixed(1)} MiB on disk`);

    const time = async (run: () => Promise<unknown> | unknown): Promise<number> => {
      const started = performance.now();
      await run();
      return performance.now() - started;
    };
    const search: number[] = [];
    const filtered: number[] = [];
    const related: number[] = [];
    const scan: number[] = [];
    // What a library without an index does: every word somewhere in the text, all matches counted, 20 shown.
    const scanFor = (query: string) => {
      const words = query.split(' ').map((word) => `%${word}%`);
      const anyColumn = '(title LIKE ? OR summary LIKE ? OR timeline LIKE ? OR lessons LIKE ? OR actions LIKE ?)';
      const where = words.map(() => anyColumn).join(' AND ');
      const values = words.flatMap((word) => [word, word, word, word, word]);
      db.prepare(`SELECT COUNT(*) FROM library_search WHERE ${where}`).get(...values);
      return db.prepare(`SELECT meeting_id FROM library_search WHERE ${where} LIMIT 20`).all(...values);
    };
    for (let round = 0; round < config.repeats; round++) {
      for (const query of queries) {
        const match = toFullTextQuery(query);
        search.push(await time(() => library.search({ match, limit: 20 })));
        filtered.push(await time(() => library.search({ match, severity: 'SEV2', service: 'checkout', limit: 20 })));
        related.push(
          await time(() =>
            library.search({ match: toRelatedQuery(`${query} outage on the checkout service`), limit: 5 }),
          ),
        );
        scan.push(await time(() => scanFor(query)));
      }
    }
    return {
      postMortems: config.postMortems,
      databaseBytes,
      publish: summarizeLatencies(publishTimes),
      search: summarizeLatencies(search),
      filtered: summarizeLatencies(filtered),
      related: summarizeLatencies(related),
      scan: summarizeLatencies(scan),
    };
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
