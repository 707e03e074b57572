import { type BrowserFloorResult, floorPageLabels } from '../browserFloor/runBrowserFloor.ts';
import { SERVER_KINDS, serverLabels } from '../servers/BenchServer.ts';
import type { BenchResults } from './BenchResults.ts';

export interface BudgetCheck {
  readonly budget: string;
  /** null when the run did not measure it. */
  readonly met: boolean | null;
  readonly detail: string;
}

export const ENTRY_SCRIPTS_BUDGET_BYTES = 120_000;
export const COLD_LOAD_BUDGET_MS = 150;
export const BROWSER_LOAD_BUDGET_MS = 1000;
export const TYPICAL_BROWSER_LOAD_BUDGET_MS = 400;
/** Typing feels instant while a key shows within this, whatever else the meeting is doing. */
export const TYPING_BUDGET_MS = 50;
/** A library search should feel instant as one types. */
export const LIBRARY_SEARCH_BUDGET_MS = 50;

/** The budgets of DESIGN.md, checked against one run. */
export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const scenario of results.fanOutScenarios) {
    const p99 = Object.fromEntries(
      SERVER_KINDS.map((kind) => [
        kind,
        results.fanOut.find((r) => r.scenario === scenario.id && r.kind === kind)?.stats?.allReceived.p99,
      ]),
    );
    const anchors = [p99.hocuspocus, p99.reference].filter((value): value is number => value !== undefined);
    const budget = `p99 ${scenario.label}: no slower than the better anchor`;
    if (p99.debrief === undefined || anchors.length === 0) {
      checks.push({ budget, met: null, detail: 'not measured' });
      continue;
    }
    const best = Math.min(...anchors);
    const bestKind = best === p99.hocuspocus ? 'hocuspocus' : 'reference';
    const ratio = p99.debrief / best;
    checks.push({
      budget,
      met: ratio <= 1,
      detail: `Debrief ${ms(p99.debrief)} vs ${serverLabels[bestKind]} ${ms(best)} (ratio ${ratio.toFixed(2)})`,
    });
  }
  // What the meeting page needs before it is usable: the scripts index.html names (the entry and the meeting room's
  // chunks). The current stage's own chunk downloads beside the documents and is not needed for the room to be
  // usable; the table also shows everything that had finished loading by then.
  const entry = results.entryScripts;
  checks.push({
    budget: `meeting page JavaScript needed before usable ≤ ${ENTRY_SCRIPTS_BUDGET_BYTES / 1000} kB gzip`,
    met: entry ? entry.gzipBytes <= ENTRY_SCRIPTS_BUDGET_BYTES : null,
    detail: entry
      ? `${(entry.gzipBytes / 1000).toFixed(1)} kB gzip, the scripts named by index.html (${entry.scripts.length} file(s))` +
        over(
          entry.gzipBytes - ENTRY_SCRIPTS_BUDGET_BYTES,
          `${((entry.gzipBytes - ENTRY_SCRIPTS_BUDGET_BYTES) / 1000).toFixed(1)} kB`,
        )
      : 'not measured',
  });
  // The server's part: from connecting until its whole answer has arrived (the client applies it afterwards).
  const cold = results.coldLoad.find((r) => r.kind === 'debrief')?.answerStats;
  checks.push({
    budget: `cold load on the server < ${COLD_LOAD_BUDGET_MS} ms (median, connect → full answer received)`,
    met: cold ? cold.p50 < COLD_LOAD_BUDGET_MS : null,
    detail: cold ? `median ${ms(cold.p50)}, max ${ms(cold.max)} over ${cold.count}` : 'not measured',
  });
  const meetings = [
    {
      size: results.largeMeeting,
      browser: results.browser,
      floor: results.browserFloor,
      budgetMs: BROWSER_LOAD_BUDGET_MS,
      name: 'large',
    },
    {
      size: results.typicalMeeting,
      browser: results.typicalBrowser,
      floor: results.typicalBrowserFloor,
      budgetMs: TYPICAL_BROWSER_LOAD_BUDGET_MS,
      name: 'typical',
    },
  ];
  for (const { size, browser, floor, budgetMs, name } of meetings) {
    const stats = browser?.stats;
    const what = size ? ` (${size.timelineEvents} events, ${size.cards} cards, ${size.actions} actions)` : '';
    checks.push({
      budget: `cold load to usable in the browser, ${name} meeting${what} < ${budgetMs} ms (median)`,
      met: stats ? stats.p50 < budgetMs : null,
      detail: stats
        ? `median ${ms(stats.p50)}, max ${ms(stats.max)} over ${stats.count}` +
          over(stats.p50 - budgetMs, ms(stats.p50 - budgetMs)) +
          describeFloor(floor)
        : 'not measured',
    });
  }
  for (const field of ['timeline', 'lessons'] as const) {
    const typed = results.typing?.fields.find((f) => f.field === field);
    const stats = typed?.stats;
    const size = results.typing?.meeting;
    const config = results.typing?.config;
    const others = config
      ? ` while ${config.otherClients} others edit at ${config.updatesPerSecondEach} updates/s each`
      : '';
    checks.push({
      budget: `keystroke to paint in the large meeting's ${field}${others}: p95 < ${TYPING_BUDGET_MS} ms`,
      met: stats ? stats.p95 < TYPING_BUDGET_MS : null,
      detail:
        stats && typed && size
          ? `p50 ${ms(stats.p50)}, p95 ${ms(stats.p95)}, max ${ms(stats.max)} over ${stats.count} keys in a meeting of ` +
            `${size.timelineEvents} events and ${size.cards} cards; others made ` +
            `${(typed.otherUpdates / typed.seconds).toFixed(0)} updates/s` +
            over(stats.p95 - TYPING_BUDGET_MS, ms(stats.p95 - TYPING_BUDGET_MS))
          : results.typing?.error
            ? `failed: ${results.typing.error}`
            : 'not measured',
    });
  }
  const library = results.librarySearch;
  checks.push({
    budget: `library search p95 < ${LIBRARY_SEARCH_BUDGET_MS} ms over published post-mortems`,
    met: library ? library.search.p95 < LIBRARY_SEARCH_BUDGET_MS : null,
    detail: library
      ? `${library.postMortems} post-mortems: search p95 ${ms(library.search.p95)} (p50 ${ms(library.search.p50)}), ` +
        `with filters p95 ${ms(library.filtered.p95)}, related p95 ${ms(library.related.p95)}; ` +
        `anchor, a LIKE scan without ranking or highlights: p50 ${ms(library.scan.p50)} ` +
        `(search / scan ${(library.search.p50 / library.scan.p50).toFixed(2)})`
      : 'not measured',
  });
  return checks;
}

/** The floor pages' medians in the same run, so that a budget below what the machine allows shows as such. */
function describeFloor(floor: BrowserFloorResult | null): string {
  if (!floor) return '';
  const medians = floor.pages
    .filter((result) => result.stats)
    .map((result) => `${floorPageLabels[result.page]} ${ms(result.stats?.p50 ?? Number.NaN)}`);
  const failed = floor.error ? [`floor pages failed: ${floor.error}`] : [];
  const parts = [...medians, ...failed];
  return parts.length > 0 ? `; on this machine, the same load of ${parts.join('; ')}` : '';
}

/** ', over by …' when `excess` is above zero. */
function over(excess: number, amount: string): string {
  return excess > 0 ? `; over by ${amount}` : '';
}

function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'never (deliveries missing)';
}
