import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/launchBrowser.ts';
import type { ClientWorkers } from '../clients/startClientWorkers.ts';
import { type LatencyStats, summarizeLatencies } from '../report/percentiles.ts';
import type { BenchServer } from '../servers/BenchServer.ts';
import { startServer } from '../servers/startServer.ts';
import type { LargeMeeting } from '../workloads/buildLargeMeeting.ts';
import { usableWatcher, waitForUsable } from '../workloads/runBrowserLoad.ts';
import { waitForUnload } from '../workloads/runColdLoad.ts';
import { buildFloorPages, type FloorPage } from './buildFloorPages.ts';
import { type FloorPagesServer, serveFloorPages } from './serveFloorPages.ts';

export interface FloorPageResult {
  readonly page: FloorPage;
  /** Navigation start → the heading shown and "Meeting notes" editable, showing the notes. */
  readonly samplesMs: readonly number[];
  readonly stats: LatencyStats | null;
}

/** The same cold loads as Debrief's, of pages that do less than Debrief can: how low this machine lets it go. */
export interface BrowserFloorResult {
  readonly pages: readonly FloorPageResult[];
  readonly error?: string;
}

export const floorPageLabels: Record<FloorPage, string> = {
  static: 'the browser alone: a static page with the heading and the notes',
  react: 'React alone: the heading and the notes, rendered with no data to fetch',
  stack: 'the stack as documented: React, Yjs and y-websocket, loading the meeting from the reference server',
};

/**
 * Opens each of `pages` `repeats` times in a fresh Chromium context, watched exactly as Debrief's meeting page is.
 * The `stack` page loads `meeting` from the reference y-websocket server, from its file store, with the document
 * unloaded before each load, as Debrief's is.
 */
export async function runBrowserFloor(
  meeting: LargeMeeting,
  pages: readonly FloorPage[],
  workers: ClientWorkers,
  repeats: number,
  log: (line: string) => void,
): Promise<BrowserFloorResult> {
  const results: FloorPageResult[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-floor-data-'));
  let reference: BenchServer | null = null;
  let browser: Browser | null = null;
  let builtDir: string | null = null;
  let site: FloorPagesServer | null = null;
  try {
    builtDir = await buildFloorPages();
    site = await serveFloorPages(builtDir, meeting.notesMarker);
    const siteUrl = site.url;
    let stackQuery = '';
    if (pages.includes('stack')) {
      reference = await startServer('reference', dataDir, true);
      const created = await reference.createRoom();
      await workers.request(
        0,
        { type: 'push', address: created, update: meeting.update, roots: meeting.roots, timeoutMs: 60_000 },
        90_000,
      );
      await waitForUnload(reference);
      stackQuery = `?${new URLSearchParams({ server: created.url, doc: created.docName })}`;
    }
    browser = await launchBrowser();
    for (const page of pages) {
      const samplesMs: number[] = [];
      for (let i = 0; i < repeats; i++) {
        if (page === 'stack' && reference) await waitForUnload(reference);
        const context = await browser.newContext();
        try {
          await context.addInitScript({ content: usableWatcher(meeting.notesMarker) });
          const tab = await context.newPage();
          const usable = waitForUsable(tab);
          usable.catch(() => undefined);
          await tab.goto(`${siteUrl}/${page}.html${page === 'stack' ? stackQuery : ''}`, { waitUntil: 'commit' });
          samplesMs.push((await usable).usable ?? Number.NaN);
        } finally {
          await context.close();
        }
      }
      log(`  floor     ${page.padEnd(10)} ${samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms to usable`);
      results.push({ page, samplesMs, stats: summarizeLatencies(samplesMs) });
    }
    return { pages: results };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  floor pages failed: ${message}`);
    return { pages: results, error: message };
  } finally {
    await browser?.close();
    await reference?.stop();
    await site?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (builtDir) fs.rmSync(builtDir, { recursive: true, force: true });
  }
}
