import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../support/launchBrowser.ts';
import { type LatencyStats, summarizeLatencies } from '../report/percentiles.ts';
import type { BenchServer, RoomAddress } from '../servers/BenchServer.ts';
import { sleep } from '../support/timing.ts';
import { waitForUnload } from './runColdLoad.ts';

export interface BrowserLoadResult {
  /** Navigation start → main heading shown and "Meeting notes" enabled, showing the stored notes. */
  readonly samplesMs: readonly number[];
  /** Navigation start → main heading shown and "Meeting notes" enabled (before the stored content is in). */
  readonly shellSamplesMs: readonly number[];
  readonly stats: LatencyStats | null;
  readonly shellStats: LatencyStats | null;
  /**
   * A returning person: the same tab refreshed, with the meeting's offline copy in IndexedDB and the scripts in the
   * browser's cache; navigation start → usable, showing the stored notes.
   */
  readonly returningSamplesMs: readonly number[];
  readonly returningStats: LatencyStats | null;
  /** Built files (paths under client/dist) of every script the page had fully loaded when it became usable. */
  readonly scriptsBeforeUsable: readonly string[];
  readonly error?: string;
}

export interface BenchMarks {
  shell?: number;
  usable?: number;
}

const USABLE_SIGNAL = 'debrief-bench: usable';

/**
 * Runs in the page before its own scripts: records, against the page's navigation start, when the meeting room's
 * main heading is shown and its "Meeting notes" textarea is enabled, and when that textarea shows the marker, which
 * it then announces on the console. It looks once per animation frame, when the page can paint, so that watching does not itself slow the page
 * down (a check on every DOM mutation cost the page a tenth of a second). Plain JavaScript in a string, so that
 * no build step rewrites it.
 */
const watchForUsable = `(() => {
  const marker = __MARKER__;
  const marks = {};
  window.__benchMarks = marks;
  let notes = null;
  const findNotes = () => {
    if (notes && notes.isConnected) return notes;
    const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent.trim() === 'Meeting notes');
    const found = label && label.htmlFor ? document.getElementById(label.htmlFor) : null;
    notes = found instanceof HTMLTextAreaElement ? found : null;
    return notes;
  };
  const check = () => {
    const heading = document.querySelector('main h1');
    if (!heading || !heading.textContent.trim() || heading.getClientRects().length === 0) return;
    const area = findNotes();
    if (!area || area.disabled || area.readOnly) return;
    if (marks.shell === undefined) marks.shell = performance.now();
    if (!area.value.includes(marker)) return;
    marks.usable = performance.now();
    console.debug(__SIGNAL__);
  };
  const onFrame = () => {
    check();
    if (marks.usable === undefined) requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
})();`;

/**
 * Opens the stored large meeting in Chromium as a returning participant (the name is known, so no join form), each
 * time in a fresh browser context (no cache, no IndexedDB copy) and with the meeting unloaded on the server.
 */
export async function runBrowserLoad(
  server: BenchServer & { readonly url: string },
  room: RoomAddress,
  notesMarker: string,
  repeats: number,
  log: (line: string) => void,
): Promise<BrowserLoadResult> {
  const browser = await launchBrowser();
  const samplesMs: number[] = [];
  const shellSamplesMs: number[] = [];
  const returningSamplesMs: number[] = [];
  let scriptsBeforeUsable: string[] = [];
  try {
    for (let i = 0; i < repeats; i++) {
      await waitForUnload(server);
      const context = await browser.newContext();
      try {
        const { page, usable } = await openMeeting(context, server, room, notesMarker);
        const marks = await usable.catch(async (error: unknown) => {
          const text = await page
            .locator('body')
            .textContent()
            .catch(() => '');
          throw new Error(`${error}\nThe page showed: ${(text ?? '').slice(0, 500)}`);
        });
        // The same conditions through Playwright's own locators, so the selectors are not only ours.
        if (!(await page.getByRole('heading', { level: 1 }).first().isVisible())) throw new Error('No main heading');
        if (!(await page.getByLabel('Meeting notes').isEditable())) throw new Error('"Meeting notes" is not editable');
        if (i === 0) scriptsBeforeUsable = await listScriptsLoadedBy(page, marks.usable ?? Number.POSITIVE_INFINITY);
        samplesMs.push(marks.usable ?? Number.NaN);
        shellSamplesMs.push(marks.shell ?? Number.NaN);
      } finally {
        await context.close();
      }
    }
    log(`  browser   debrief    ${samplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms to usable`);
    returningSamplesMs.push(...(await measureReturning(browser, server, room, notesMarker, repeats)));
    log(
      `  returning debrief    ${returningSamplesMs.map((ms) => ms.toFixed(0)).join(', ')} ms to usable after a refresh`,
    );
    return {
      samplesMs,
      shellSamplesMs,
      stats: summarizeLatencies(samplesMs),
      shellStats: summarizeLatencies(shellSamplesMs),
      returningSamplesMs,
      returningStats: summarizeLatencies(returningSamplesMs),
      scriptsBeforeUsable,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  browser load failed: ${message}`);
    return {
      samplesMs,
      shellSamplesMs,
      stats: null,
      shellStats: null,
      returningSamplesMs,
      returningStats: null,
      scriptsBeforeUsable,
      error: message,
    };
  } finally {
    await browser.close();
  }
}

/**
 * Opens the meeting in a new page of `context` as a returning participant (the page remembers the name for the tab),
 * watching for the moment it is usable.
 */
async function openMeeting(
  context: BrowserContext,
  server: BenchServer & { readonly url: string },
  room: RoomAddress,
  notesMarker: string,
): Promise<{ page: Page; usable: Promise<BenchMarks> }> {
  await context.addInitScript({
    content: `sessionStorage.setItem(${JSON.stringify(`debrief:joined:${room.docName}`)}, 'Bench participant');`,
  });
  await context.addInitScript({ content: usableWatcher(notesMarker) });
  const page = await context.newPage();
  const usable = waitForUsable(page);
  // Waited for by the caller, which adds what the page showed to a failure.
  usable.catch(() => undefined);
  await page.goto(`${server.url}/m/${room.docName}#${room.token ?? ''}`, { waitUntil: 'commit' });
  return { page, usable };
}

/**
 * Opens the meeting once in a new context, waits until the page has its offline copy of the meeting, then
 * refreshes the tab `repeats` times.
 */
async function measureReturning(
  browser: Browser,
  server: BenchServer & { readonly url: string },
  room: RoomAddress,
  notesMarker: string,
  repeats: number,
): Promise<number[]> {
  const samples: number[] = [];
  const context = await browser.newContext();
  try {
    const { page, usable: opened } = await openMeeting(context, server, room, notesMarker);
    await opened;
    const copied = `localStorage.getItem(${JSON.stringify(`debrief:has-offline-copy:debrief:${room.docName}`)}) !== null`;
    const deadline = Date.now() + 20_000;
    while (!(await page.evaluate(copied))) {
      if (Date.now() > deadline) throw new Error('The page did not keep an offline copy of the meeting');
      await sleep(100);
    }
    // The tab itself keeps the meeting loaded on the server, as a refresh does.
    for (let i = 0; i < repeats; i++) {
      const usable = waitForUsable(page);
      await page.reload({ waitUntil: 'commit' });
      samples.push((await usable).usable ?? Number.NaN);
    }
    return samples;
  } finally {
    await context.close();
  }
}

/** The in-page watcher, for `addInitScript`, that looks for `notesMarker`. */
export function usableWatcher(notesMarker: string): string {
  return watchForUsable
    .replace('__MARKER__', JSON.stringify(notesMarker))
    .replace('__SIGNAL__', JSON.stringify(USABLE_SIGNAL));
}

/**
 * The page's marks once it is usable; call before navigating. The page says so on its console, so nothing asks the
 * page anything while it loads: Playwright's evaluate runs a script of its own in the page, whose first run alone
 * costs the page tens of milliseconds.
 */
export async function waitForUsable(page: Page, timeoutMs = 30_000): Promise<BenchMarks> {
  await page
    .waitForEvent('console', { predicate: (message) => message.text() === USABLE_SIGNAL, timeout: timeoutMs })
    .catch(() => {
      throw new Error(`The page was not usable within ${timeoutMs} ms`);
    });
  return (await page.evaluate('window.__benchMarks')) as BenchMarks;
}

/** Same-origin `.js` files (tldraw's chunks aside) loaded by `usableAt` (page time), from the Resource Timing API. */
async function listScriptsLoadedBy(page: Page, usableAt: number): Promise<string[]> {
  const entries = (await page.evaluate(
    `performance.getEntriesByType('resource').map((e) => ({ name: e.name, responseEnd: e.responseEnd }))`,
  )) as { name: string; responseEnd: number }[];
  const origin = new URL(page.url()).origin;
  return entries
    .filter((entry) => entry.responseEnd <= usableAt && entry.name.startsWith(origin))
    .map((entry) => new URL(entry.name).pathname.replace(/^\//, ''))
    .filter((file) => file.endsWith('.js') && !/tldraw/i.test(file));
}
