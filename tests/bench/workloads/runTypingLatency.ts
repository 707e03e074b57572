import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CreateMeetingResponse, getCardText, getTimelineEventText, type Stage } from '@debrief/shared';
import type { Browser, Page } from 'playwright-core';
import type * as Y from 'yjs';
import { launchBrowser } from '../../support/launchBrowser.ts';
import { type BenchClient, openBenchClient } from '../clients/openBenchClient.ts';
import type { ClientWorkers } from '../clients/startClientWorkers.ts';
import { type LatencyStats, summarizeLatencies } from '../report/percentiles.ts';
import { startDebriefServer } from '../servers/startDebriefServer.ts';
import { sleep, waitUntil, withTimeout } from '../support/timing.ts';
import type { LargeMeeting, LargeMeetingSize } from './buildLargeMeeting.ts';

export interface TypingConfig {
  /** Other people editing the same meeting while the browser types, each a Node client. */
  readonly otherClients: number;
  readonly updatesPerSecondEach: number;
  /** Keys pressed in each field. */
  readonly keystrokes: number;
}

export type TypingField = 'timeline' | 'lessons';

export interface TypingFieldResult {
  readonly field: TypingField;
  /** Key down (the event's own time stamp) → the end of the first frame that shows the character. */
  readonly samplesMs: readonly number[];
  readonly stats: LatencyStats | null;
  /** Edits the other clients made while this field was typed in. */
  readonly otherUpdates: number;
  readonly seconds: number;
}

export interface TypingLatencyResult {
  readonly meeting: LargeMeetingSize;
  readonly config: TypingConfig;
  readonly fields: readonly TypingFieldResult[];
  readonly error?: string;
}

/**
 * Runs in the page: for each key pressed in a textarea, from the key's own time stamp until the frame that shows
 * the new character has been painted. A rAF callback runs just before a frame paints; a message posted from it is
 * handled just after. Plain JavaScript in a string, so that no build step rewrites it.
 */
const measureKeyToPaint = `(() => {
  const samples = [];
  window.__typingSamples = samples;
  document.addEventListener('keydown', (event) => {
    const area = event.target;
    if (!(area instanceof HTMLTextAreaElement) || event.key.length !== 1) return;
    const startedAt = event.timeStamp;
    const before = area.value.length;
    const onFrame = () => {
      if (area.value.length <= before && performance.now() - startedAt < 5000) {
        requestAnimationFrame(onFrame);
        return;
      }
      const channel = new MessageChannel();
      channel.port1.onmessage = () => samples.push(performance.now() - startedAt);
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(onFrame);
  }, true);
})();`;

/**
 * Keystroke-to-paint latency in the large meeting: Chromium types into a timeline event's description (on the
 * Timeline stage) and then into its own lesson card (on the Lessons stage), while `otherClients` Node clients each
 * edit other events' descriptions, then other cards, `updatesPerSecondEach` times a second.
 */
export async function runTypingLatency(
  meeting: LargeMeeting,
  size: LargeMeetingSize,
  workers: ClientWorkers,
  config: TypingConfig,
  log: (line: string) => void,
): Promise<TypingLatencyResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-bench-typing-'));
  const server = await startDebriefServer(dataDir);
  let browser: Browser | null = null;
  const others: BenchClient[] = [];
  const fields: TypingFieldResult[] = [];
  try {
    const created = await server.createMeeting();
    const room = server.roomOf(created);
    await workers.request(
      0,
      { type: 'push', address: room, update: meeting.update, roots: meeting.roots, timeoutMs: 60_000 },
      90_000,
    );
    await goto(server.url, created, 'timeline');
    for (let i = 0; i < config.otherClients; i++) others.push(openBenchClient(room));
    await withTimeout(Promise.all(others.map((client) => client.synced)), 60_000, 'The other clients did not sync');

    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript({
      content: `sessionStorage.setItem(${JSON.stringify(`debrief:joined:${room.docName}`)}, 'Bench typist');`,
    });
    await context.addInitScript({ content: measureKeyToPaint });
    const page = await context.newPage();
    await page.goto(`${server.url}/m/${room.docName}#${room.token ?? ''}`);

    // The timeline: the browser types in the second event; the others edit every other event.
    await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor({ timeout: 60_000 });
    const description = page.locator('[data-event-id="event-1"] textarea').first();
    await description.waitFor({ timeout: 60_000 });
    const timelineTargets = (doc: Y.Doc, pick: number) =>
      getTimelineEventText(doc, `event-${2 + (pick % Math.max(1, size.timelineEvents - 2))}`);
    // A long timeline renders only the rows near the screen; its summary counts them all.
    await page.getByText(`${size.timelineEvents} events`).waitFor({ timeout: 60_000 });
    fields.push(await typeWhileOthersEdit(page, description, 'timeline', others, timelineTargets, config));

    // The lessons: the browser writes a card of its own, then types in it; the others edit the stored cards.
    await goto(server.url, created, 'lessons');
    await page.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor({ timeout: 60_000 });
    const composer = page.getByLabel('New card: What helped us?');
    await composer.fill('The failover alert paged the right person');
    await composer.press('Enter');
    const card = page.getByLabel('Your card').first();
    await card.waitFor({ timeout: 30_000 });
    const cardTargets = (doc: Y.Doc, pick: number) => getCardText(doc, `card-${pick % Math.max(1, size.cards)}`);
    await waitForRows(page, 'article.lesson-card', size.cards + 1);
    fields.push(await typeWhileOthersEdit(page, card, 'lessons', others, cardTargets, config));

    for (const field of fields) {
      log(
        `  typing in the ${field.field.padEnd(8)} p50 ${ms(field.stats?.p50)}, p95 ${ms(field.stats?.p95)}, ` +
          `max ${ms(field.stats?.max)} over ${field.samplesMs.length} keys, ` +
          `while others made ${(field.otherUpdates / field.seconds).toFixed(0)} updates/s`,
      );
    }
    return { meeting: size, config, fields };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`  typing latency failed: ${message}`);
    return { meeting: size, config, fields, error: message };
  } finally {
    for (const client of others) client.destroy();
    await browser?.close();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type Locator = ReturnType<Page['locator']>;

async function typeWhileOthersEdit(
  page: Page,
  field: Locator,
  name: TypingField,
  others: readonly BenchClient[],
  targetOf: (doc: Y.Doc, pick: number) => Y.Text | null,
  config: TypingConfig,
): Promise<TypingFieldResult> {
  let otherUpdates = 0;
  const intervalMs = 1000 / config.updatesPerSecondEach;
  const timers = others.map((client, index) => {
    let pick = index * 997;
    const editOnce = () => {
      pick += 7;
      const text = targetOf(client.doc, pick);
      if (!text) return;
      // A person typing a character somewhere in someone else's text.
      text.insert(Math.min(text.length, pick % 40), 'x');
      otherUpdates++;
    };
    // Spread over the interval, so the edits do not all land in one frame.
    let timer: NodeJS.Timeout | null = null;
    const start = setTimeout(
      () => {
        timer = setInterval(editOnce, intervalMs);
      },
      (index * intervalMs) / others.length,
    );
    return () => {
      clearTimeout(start);
      if (timer) clearInterval(timer);
    };
  });
  const started = Date.now();
  // BENCH_BROWSER_CPU_PROFILE_DIR=dir writes a V8 CPU profile of the page while it is typed in, for finding hot spots.
  const profileDir = process.env.BENCH_BROWSER_CPU_PROFILE_DIR;
  const cdp = profileDir ? await page.context().newCDPSession(page) : null;
  try {
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.start');
    }
    await field.click();
    await page.keyboard.press('End');
    // A second of the others' edits before the first key, so the page is in its steady state.
    await sleep(1000);
    await page.evaluate('window.__typingSamples.length = 0');
    const keys = 'the replica lag alert was muted ';
    for (let i = 0; i < config.keystrokes; i++) {
      await page.keyboard.press(keys[i % keys.length] === ' ' ? 'Space' : (keys[i % keys.length] ?? 'a'));
      // As a steady typist, with jitter so that keys do not line up with frames or with the others' edits.
      await sleep(90 + Math.random() * 60);
    }
    await sleep(500);
  } finally {
    for (const stop of timers) stop();
    if (cdp && profileDir) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.mkdirSync(profileDir, { recursive: true });
      fs.writeFileSync(path.join(profileDir, `typing-${name}-${Date.now()}.cpuprofile`), JSON.stringify(profile));
      await cdp.detach();
    }
  }
  const samplesMs = (await page.evaluate('window.__typingSamples.slice()')) as number[];
  if (samplesMs.length < config.keystrokes * 0.9) {
    throw new Error(`Only ${samplesMs.length} of ${config.keystrokes} keys in the ${name} showed their character`);
  }
  return {
    field: name,
    samplesMs,
    stats: summarizeLatencies(samplesMs),
    otherUpdates,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Waits until the page shows `count` rows, so that typing is measured once the stage has rendered, not while. */
async function waitForRows(page: Page, selector: string, count: number): Promise<void> {
  const shown = await waitUntil(
    async () =>
      ((await page.evaluate(`document.querySelectorAll(${JSON.stringify(selector)}).length`)) as number) >= count,
    60_000,
    100,
  );
  if (!shown) throw new Error(`The page did not show ${count} of ${selector} within a minute`);
}

/** Moves the meeting to a stage, as the facilitator's toolbar does. */
async function goto(url: string, meeting: CreateMeetingResponse, stage: Stage): Promise<void> {
  const response = await fetch(`${url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'goto', stage }),
  });
  if (response.status !== 200)
    throw new Error(`Moving to ${stage} failed: ${response.status} ${await response.text()}`);
}

function ms(value: number | undefined): string {
  return value === undefined ? '—' : `${value.toFixed(1)} ms`;
}
