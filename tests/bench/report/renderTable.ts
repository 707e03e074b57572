import type { FloorPage } from '../browserFloor/buildFloorPages.ts';
import type { BrowserFloorResult } from '../browserFloor/runBrowserFloor.ts';
import type { ServerKind } from '../servers/BenchServer.ts';
import type { BenchResults } from './BenchResults.ts';
import type { LatencyStats } from './percentiles.ts';

type Row = readonly [string, string, string, string, string, string];

const NO_UI = 'no UI';

/** The results as a Markdown table: one row per workload, the anchors beside Debrief, and Debrief's ratios. */
export function renderTable(results: BenchResults): string {
  const rows: Row[] = [];
  for (const scenario of results.fanOutScenarios) {
    const stats = (kind: ServerKind) =>
      results.fanOut.find((r) => r.scenario === scenario.id && r.kind === kind)?.stats?.allReceived ?? null;
    rows.push([
      `${scenario.label} (ms, p50 / p95 / p99 / max)`,
      latencyCell(stats('debrief')),
      latencyCell(stats('hocuspocus')),
      latencyCell(stats('reference')),
      latencyRatio(stats('debrief'), stats('hocuspocus')),
      latencyRatio(stats('debrief'), stats('reference')),
    ]);
  }

  if (results.fanOut.length > 0) {
    const cpuPer1000 = (kind: ServerKind) => {
      const runs = results.fanOut.filter((r) => r.kind === kind && r.stats && r.serverCpuMs !== null);
      const deliveries = runs.reduce((sum, r) => sum + (r.stats?.deliveries ?? 0), 0);
      const cpuMs = runs.reduce((sum, r) => sum + (r.serverCpuMs ?? 0), 0);
      return deliveries > 0 ? (cpuMs * 1000) / deliveries : null;
    };
    rows.push([
      'server CPU per 1,000 deliveries, all fan-out runs (ms)',
      numberCell(cpuPer1000('debrief')),
      numberCell(cpuPer1000('hocuspocus')),
      numberCell(cpuPer1000('reference')),
      ratio(cpuPer1000('debrief'), cpuPer1000('hocuspocus')),
      ratio(cpuPer1000('debrief'), cpuPer1000('reference')),
    ]);
  }

  if (results.capacity.length > 0) {
    const capacity = (kind: ServerKind) => results.capacity.find((r) => r.kind === kind) ?? null;
    const held = (kind: ServerKind) => {
      const result = capacity(kind);
      if (!result || result.error) return null;
      return result.connectionsHeld;
    };
    const heldCell = (kind: ServerKind) => {
      const result = capacity(kind);
      const value = held(kind);
      if (value === null) return result?.error ? 'failed' : '—';
      const atMax = result?.stoppedBecause.startsWith('reached') ?? false;
      return `${atMax ? '≥ ' : ''}${value}`;
    };
    rows.push([
      'capacity: connections held, p99 ≤ 100 ms (higher is better)',
      heldCell('debrief'),
      heldCell('hocuspocus'),
      heldCell('reference'),
      ratio(held('debrief'), held('hocuspocus')),
      ratio(held('debrief'), held('reference')),
    ]);
    const kib = (kind: ServerKind, key: 'rssPerIdleRoomBytes' | 'rssPerConnectionBytes') => {
      const value = capacity(kind)?.[key];
      return value === null || value === undefined ? null : value / 1024;
    };
    for (const [label, key] of [
      ['server RSS per idle room with its one client (KiB)', 'rssPerIdleRoomBytes'],
      ['server RSS per further connection in a room (KiB)', 'rssPerConnectionBytes'],
    ] as const) {
      rows.push([
        label,
        numberCell(kib('debrief', key)),
        numberCell(kib('hocuspocus', key)),
        numberCell(kib('reference', key)),
        ratio(kib('debrief', key), kib('hocuspocus', key)),
        ratio(kib('debrief', key), kib('reference', key)),
      ]);
    }
  }

  if (results.coldLoad.length > 0) {
    const size = results.largeMeeting;
    const what = size ? `${size.timelineEvents} events, ${size.cards} cards, ${size.actions} actions` : 'large meeting';
    for (const [label, key] of [
      [`cold load from disk, ${what}: connect → first full sync (ms, median (min–max))`, 'stats'],
      ['… of which: connect → the server’s full answer received (ms, median (min–max))', 'answerStats'],
    ] as const) {
      const cold = (kind: ServerKind) => results.coldLoad.find((r) => r.kind === kind)?.[key] ?? null;
      rows.push([
        label,
        spreadCell(cold('debrief')),
        spreadCell(cold('hocuspocus')),
        spreadCell(cold('reference')),
        medianRatio(cold('debrief'), cold('hocuspocus')),
        medianRatio(cold('debrief'), cold('reference')),
      ]);
    }
  }

  if (results.browser) {
    const floor = floorStats(results.browserFloor, 'stack');
    rows.push([
      'same meeting in Chromium: navigation → usable (ms, median (min–max)); reference: a minimal page on it',
      results.browser.stats ? spreadCell(results.browser.stats) : 'failed',
      NO_UI,
      floorCell(results.browserFloor, 'stack'),
      '—',
      medianRatio(results.browser.stats, floor),
    ]);
  }
  if (results.typicalBrowser) {
    const size = results.typicalMeeting;
    const what = size
      ? `${size.timelineEvents} events, ${size.cards} cards, ${size.actions} actions`
      : 'typical meeting';
    rows.push([
      `typical meeting (${what}) in Chromium: navigation → usable (ms, median (min–max)); reference: a minimal page on it`,
      results.typicalBrowser.stats ? spreadCell(results.typicalBrowser.stats) : 'failed',
      NO_UI,
      floorCell(results.typicalBrowserFloor, 'stack'),
      '—',
      medianRatio(results.typicalBrowser.stats, floorStats(results.typicalBrowserFloor, 'stack')),
    ]);
  }
  if (results.typicalBrowserFloor) {
    rows.push([
      'floor in Chromium with nothing to load: a static page / React rendering the same (ms, median (min–max))',
      '—',
      NO_UI,
      `${floorCell(results.typicalBrowserFloor, 'static')} / ${floorCell(results.typicalBrowserFloor, 'react')}`,
      '—',
      '—',
    ]);
  }
  for (const [label, result] of [
    ['same meeting', results.browser],
    ['typical meeting', results.typicalBrowser],
  ] as const) {
    if (!result?.returningStats) continue;
    rows.push([
      `${label}, returning person (refresh; offline copy and cached scripts): navigation → usable (ms, median (min–max))`,
      spreadCell(result.returningStats),
      NO_UI,
      NO_UI,
      '—',
      '—',
    ]);
  }
  for (const field of results.typing?.fields ?? []) {
    rows.push([
      `large meeting in Chromium, typing in the ${field.field} while others edit: key → paint (ms, p50 / p95 / max)`,
      field.stats ? [field.stats.p50, field.stats.p95, field.stats.max].map(format).join(' / ') : 'failed',
      NO_UI,
      NO_UI,
      '—',
      '—',
    ]);
  }
  if (results.entryScripts) {
    rows.push([
      'entry JavaScript named by index.html (the entry and the meeting room), gzip -9 (kB)',
      (results.entryScripts.gzipBytes / 1000).toFixed(1),
      NO_UI,
      NO_UI,
      '—',
      '—',
    ]);
  }
  if (results.scriptsBeforeUsable) {
    rows.push([
      'all JavaScript finished loading by the time the page was usable, the current stage included, gzip -9, tldraw excluded (kB)',
      (results.scriptsBeforeUsable.gzipBytes / 1000).toFixed(1),
      NO_UI,
      NO_UI,
      '—',
      '—',
    ]);
  }

  const header: Row = [
    'workload',
    'Debrief',
    'Hocuspocus',
    'y-websocket ref.',
    'Debrief / Hocuspocus',
    'Debrief / ref.',
  ];
  const lines = [header, ['---', '---:', '---:', '---:', '---:', '---:'] as unknown as Row, ...rows].map(
    (row) => `| ${row.join(' | ')} |`,
  );
  return lines.join('\n');
}

function format(value: number): string {
  if (!Number.isFinite(value)) return '∞';
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export function latencyCell(stats: LatencyStats | null): string {
  if (!stats) return 'failed';
  return [stats.p50, stats.p95, stats.p99, stats.max].map(format).join(' / ');
}

export function latencyRatio(ours: LatencyStats | null, theirs: LatencyStats | null): string {
  if (!ours || !theirs) return '—';
  return `p50 ${ratio(ours.p50, theirs.p50)}, p99 ${ratio(ours.p99, theirs.p99)}`;
}

function floorStats(floor: BrowserFloorResult | null, page: FloorPage): LatencyStats | null {
  return floor?.pages.find((result) => result.page === page)?.stats ?? null;
}

function floorCell(floor: BrowserFloorResult | null, page: FloorPage): string {
  if (!floor) return '—';
  return floor.pages.some((result) => result.page === page) ? spreadCell(floorStats(floor, page)) : 'failed';
}

function spreadCell(stats: LatencyStats | null): string {
  if (!stats) return 'failed';
  return `${format(stats.p50)} (${format(stats.min)}–${format(stats.max)})`;
}

function medianRatio(ours: LatencyStats | null, theirs: LatencyStats | null): string {
  return ours && theirs ? ratio(ours.p50, theirs.p50) : '—';
}

export function numberCell(value: number | null): string {
  return value === null ? '—' : format(value);
}

export function ratio(ours: number | null, theirs: number | null): string {
  if (ours === null || theirs === null || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0) {
    return '—';
  }
  return (ours / theirs).toFixed(2);
}
