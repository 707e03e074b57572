// `pnpm bench`: Debrief against Hocuspocus and the reference y-websocket server, in one run on this machine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fullConfig, quickConfig, readBenchOptions, type Workload } from './benchConfig.ts';
import { runBrowserFloor } from './browserFloor/runBrowserFloor.ts';
import { type ClientWorkers, startClientWorkers } from './clients/startClientWorkers.ts';
import type { BenchResults } from './report/BenchResults.ts';
import { checkBudgets } from './report/checkBudgets.ts';
import { describeMachine } from './report/describeMachine.ts';
import { renderInstancesTable } from './report/renderInstancesTable.ts';
import { renderTable } from './report/renderTable.ts';
import type { BenchServer } from './servers/BenchServer.ts';
import { startServer } from './servers/startServer.ts';
import { installChildCleanup, killTrackedChildren } from './support/childProcesses.ts';
import { buildLargeMeeting } from './workloads/buildLargeMeeting.ts';
import { buildClient, measureEntryScripts, measureScriptFiles } from './workloads/measureEntryScripts.ts';
import { runBrowserLoad } from './workloads/runBrowserLoad.ts';
import { runCapacity } from './workloads/runCapacity.ts';
import { runColdLoad } from './workloads/runColdLoad.ts';
import { runFanOut } from './workloads/runFanOut.ts';
import { runLibrarySearch } from './workloads/runLibrarySearch.ts';
import { runTwoInstances } from './workloads/runTwoInstances.ts';
import { runTypingLatency } from './workloads/runTypingLatency.ts';

/** The whole run stays under about 12 minutes: the capacity ramp stops early if it would leave too little time. */
const RUN_BUDGET_MS = 10 * 60_000;
const RESERVED_AFTER_CAPACITY_MS = 90_000;
const resultsDir = fileURLToPath(new URL('./results', import.meta.url));

installChildCleanup();
// Whatever hangs, the run ends by itself.
setTimeout(() => {
  console.error('\nThe bench ran past 15 minutes; stopping it and its child processes.');
  killTrackedChildren();
  process.exit(1);
}, 15 * 60_000).unref();
const options = readBenchOptions(process.argv.slice(2));
const config = options.quick ? quickConfig : fullConfig;
const wants = (workload: Workload) => options.only.has(workload);
const startedAt = Date.now();
const log = (line: string) => console.log(line);
const elapsed = () => `${((Date.now() - startedAt) / 1000).toFixed(0)} s`;

const results: BenchResults = {
  startedAt: new Date(startedAt).toISOString(),
  durationSeconds: 0,
  quick: options.quick,
  machine: describeMachine(),
  loadAverage: { atStart: os.loadavg()[0] ?? 0, atEnd: 0 },
  fanOutScenarios: wants('fanout') ? config.fanOut : [],
  fanOut: [],
  capacity: [],
  coldLoad: [],
  largeMeeting: null,
  browser: null,
  browserFloor: null,
  typicalMeeting: null,
  typicalBrowser: null,
  typicalBrowserFloor: null,
  entryScripts: null,
  scriptsBeforeUsable: null,
  librarySearch: null,
  typing: null,
  instanceScenarios: wants('instances') ? config.instances.scenarios : [],
  instances: [],
  errors: [],
};

log(
  `Debrief bench${options.quick ? ' (quick)' : ''}: ${[...options.only].join(', ')} on ${results.machine.cpuModel}, ` +
    `${results.machine.cores} cores, Node ${results.machine.node}; load average ${results.loadAverage.atStart.toFixed(1)}`,
);

if (process.env.BENCH_DEBRIEF_SERVER_DIR) {
  log(`Debrief's server is the copy in ${process.env.BENCH_DEBRIEF_SERVER_DIR}, not this workspace's.`);
}

async function step(name: string, run: () => Promise<void>): Promise<void> {
  log(`\n▸ ${name} (at ${elapsed()})`);
  try {
    await run();
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    results.errors.push(message);
    log(`  failed: ${message}`);
  }
}

let workers: ClientWorkers | null = null;
try {
  if (wants('entry') || wants('browser')) {
    await step('Entry JavaScript', async () => {
      buildClient(log);
      results.entryScripts = measureEntryScripts();
      for (const script of results.entryScripts.scripts) {
        log(
          `  ${script.file}: ${(script.gzipBytes / 1000).toFixed(1)} kB gzip (${(script.bytes / 1000).toFixed(1)} kB)`,
        );
      }
    });
  }
  if (wants('search')) {
    await step('Library search', async () => {
      const result = await runLibrarySearch(config.librarySearch, log);
      results.librarySearch = result;
      const line = (name: string, stats: typeof result.search) =>
        `  ${name}: p50 ${stats.p50.toFixed(2)} ms, p95 ${stats.p95.toFixed(2)} ms, max ${stats.max.toFixed(2)} ms`;
      log(line('publish one', result.publish));
      log(line('search', result.search));
      log(line('search with filters', result.filtered));
      log(line('related post-mortems', result.related));
      log(line('anchor: LIKE scan of the same text', result.scan));
    });
  }
  const needsClients = (['fanout', 'capacity', 'cold', 'browser', 'typing', 'instances'] as const).some(wants);
  workers = needsClients ? await startClientWorkers(config.workers) : null;
  const clientWorkers = workers as ClientWorkers;

  if (wants('fanout')) {
    await step('Fan-out', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-fanout-'));
      const servers: BenchServer[] = [];
      try {
        servers.push(...(await Promise.all(options.servers.map((kind) => startServer(kind, dataDir)))));
        results.fanOut = await runFanOut(servers, clientWorkers, config.fanOut, config.fanOutRounds, log);
      } finally {
        await Promise.all(servers.map((server) => server.stop()));
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }

  if (wants('instances')) {
    await step('Fan-out on one instance and on two (PostgreSQL and Redis)', async () => {
      const { scenarios, rounds } = config.instances;
      results.instances = await runTwoInstances(clientWorkers, scenarios, rounds, log);
    });
  }

  if (wants('capacity')) {
    await step('Capacity', async () => {
      const deadline = startedAt + RUN_BUDGET_MS - RESERVED_AFTER_CAPACITY_MS;
      results.capacity = await runCapacity(options.servers, clientWorkers, { ...config.capacity, deadline }, log);
    });
  }

  if (wants('cold') || wants('browser')) {
    await step('Cold load', async () => {
      const meeting = buildLargeMeeting(config.largeMeeting);
      results.largeMeeting = { ...config.largeMeeting, bytes: meeting.update.byteLength };
      log(`  the meeting is ${(meeting.update.byteLength / 1024).toFixed(0)} KiB as one Yjs update`);
      results.coldLoad = await runColdLoad(
        wants('cold') ? options.servers : ['debrief'],
        meeting,
        clientWorkers,
        config.coldLoadRepeats,
        log,
        wants('browser')
          ? async (server, room) => {
              if (!('url' in server) || typeof server.url !== 'string') throw new Error('No HTTP address for Debrief');
              results.browser = await runBrowserLoad(
                { ...server, url: server.url },
                room,
                meeting.notesMarker,
                config.browserRepeats,
                log,
              );
              if (results.browser.scriptsBeforeUsable.length > 0) {
                results.scriptsBeforeUsable = measureScriptFiles(results.browser.scriptsBeforeUsable);
                const kB = (results.scriptsBeforeUsable.gzipBytes / 1000).toFixed(1);
                log(
                  `  scripts loaded before usable: ${results.browser.scriptsBeforeUsable.join(', ')} (${kB} kB gzip)`,
                );
              }
            }
          : undefined,
      );
      if (!wants('cold')) results.coldLoad = [];
      if (wants('browser')) {
        results.browserFloor = await runBrowserFloor(meeting, ['stack'], clientWorkers, config.browserRepeats, log);
      }
    });
  }

  if (wants('browser')) {
    await step('Cold load, typical meeting', async () => {
      const meeting = buildLargeMeeting(config.typicalMeeting);
      results.typicalMeeting = { ...config.typicalMeeting, bytes: meeting.update.byteLength };
      log(`  the meeting is ${(meeting.update.byteLength / 1024).toFixed(0)} KiB as one Yjs update`);
      await runColdLoad(['debrief'], meeting, clientWorkers, config.coldLoadRepeats, log, async (server, room) => {
        if (!('url' in server) || typeof server.url !== 'string') throw new Error('No HTTP address for Debrief');
        results.typicalBrowser = await runBrowserLoad(
          { ...server, url: server.url },
          room,
          meeting.notesMarker,
          config.browserRepeats,
          log,
        );
      });
      results.typicalBrowserFloor = await runBrowserFloor(
        meeting,
        ['static', 'react', 'stack'],
        clientWorkers,
        config.browserRepeats,
        log,
      );
    });
  }

  if (wants('typing')) {
    await step('Typing in the large meeting while others edit', async () => {
      const meeting = buildLargeMeeting(config.largeMeeting);
      results.typing = await runTypingLatency(meeting, config.largeMeeting, clientWorkers, config.typing, log);
      if (results.typing.error) throw new Error(results.typing.error);
    });
  }
} finally {
  await workers?.stop().catch(() => undefined);
  killTrackedChildren();
}

results.durationSeconds = Math.round((Date.now() - startedAt) / 1000);
results.loadAverage.atEnd = os.loadavg()[0] ?? 0;
const table = renderTable(results);
const instancesTable =
  results.instances.length > 0 ? renderInstancesTable(results.instanceScenarios, results.instances) : null;
const budgets = checkBudgets(results);
log(`\n${table}\n`);
if (instancesTable) log(`Fan-out by deployment:\n\n${instancesTable}\n`);
log(
  'Latency cells: p50 / p95 / p99 / max in ms, per edit, until every other client of the room has it. ' +
    'Ratios below 1 mean Debrief is faster or smaller.\n',
);
for (const check of budgets) {
  if (check.met === false) log(`OVER BUDGET: ${check.budget}: ${check.detail}`);
  else if (check.met) log(`within budget: ${check.budget}: ${check.detail}`);
  else log(`not checked: ${check.budget}: ${check.detail}`);
}
for (const error of results.errors) log(`ERROR: ${error}`);
fs.mkdirSync(resultsDir, { recursive: true });
const file = path.join(resultsDir, options.quick ? 'latest-quick.json' : 'latest.json');
fs.writeFileSync(file, `${JSON.stringify({ ...results, budgets, table, instancesTable }, null, 2)}\n`);
log(
  `\nFinished in ${results.durationSeconds} s (load average ${results.loadAverage.atStart.toFixed(1)} at the start, ` +
    `${results.loadAverage.atEnd.toFixed(1)} at the end, on ${results.machine.cores} cores). ` +
    `Results: ${path.relative(process.cwd(), file)}`,
);
// Benchmarks report; they never fail the build.
process.exit(0);
