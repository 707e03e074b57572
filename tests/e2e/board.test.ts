import { addTimelineEvent, BOARD_RECORDS_ROOT, boardDocName, type CreateMeetingResponse } from '@debrief/shared';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import { launchBrowser } from '../support/launchBrowser.ts';
import { type ServerProcess, spawnServerProcess } from '../support/spawnServerProcess.ts';
import { createTempDataDir } from '../support/startTestServer.ts';
import { createMeetingViaApi, joinWithName, openAs, poll, screenshotPath } from './fixtures/meetingRoom.ts';

let browser: Browser;
let dataDir: string;
let server: ServerProcess;

async function startServer(port = '0') {
  server = await spawnServerProcess(dataDir, { PORT: port });
}

async function stopServer() {
  server.child.kill('SIGTERM');
  await server.exited;
}

beforeAll(async () => {
  dataDir = createTempDataDir();
  [browser] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer();
});

async function meetingOnTimeline(title: string): Promise<CreateMeetingResponse> {
  const meeting = await createMeetingViaApi(server.url, title);
  const response = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'goto', stage: 'timeline' }),
  });
  expect(response.status).toBe(200);
  return meeting;
}

/** Opens the meeting with a link, joins (or starts watching) and opens the board tab. */
async function openBoard(meeting: CreateMeetingResponse, title: string, token: string, name: string, button?: string) {
  const page = await openAs(browser, `${server.url}/m/${meeting.id}#${token}`);
  await joinWithName(page, name, title, button);
  await page.getByRole('tab', { name: 'Board' }).click();
  await page.locator('.tl-canvas').waitFor({ timeout: 20_000 });
  return page;
}

/** What the server holds for the board, as someone opening it now would get it. */
async function readBoard(meeting: CreateMeetingResponse): Promise<Record<string, { typeName: string; type?: string }>> {
  const reader = connectTestClient(server.wsUrl, boardDocName(meeting.id), { token: meeting.tokens.observer });
  try {
    await reader.synced();
    return reader.doc.getMap(BOARD_RECORDS_ROOT).toJSON();
  } finally {
    reader.destroy();
  }
}

function shapesOf(board: Record<string, { typeName: string; type?: string }>, type: string) {
  return Object.values(board).filter((record) => record.typeName === 'shape' && record.type === type);
}

/** Draws a rectangle with the mouse, from (x, y) in the canvas, as a person would. */
async function drawRectangle(page: Page, x: number, y: number) {
  await page.locator('.board-canvas').scrollIntoViewIfNeeded();
  const canvas = await page.locator('.tl-canvas').boundingBox();
  if (!canvas) throw new Error('The board has no canvas');
  await page.mouse.click(canvas.x + 40, canvas.y + canvas.height / 2);
  await page.keyboard.press('r');
  await page.mouse.move(canvas.x + x, canvas.y + y);
  await page.mouse.down();
  await page.mouse.move(canvas.x + x + 80, canvas.y + y + 60, { steps: 5 });
  await page.mouse.move(canvas.x + x + 160, canvas.y + y + 110, { steps: 5 });
  await page.mouse.up();
}

function geoShapes(page: Page) {
  return page.locator('.tl-shape[data-shape-type="geo"]');
}

describe('the contributing-factors board', () => {
  it('shows a shape one person draws to another, live, and keeps it over a restart; loads nothing from elsewhere', async () => {
    const title = 'Checkout timeouts after the cache flush';
    const meeting = await meetingOnTimeline(title);
    const requests: string[] = [];
    const ana = await openAs(browser, 'about:blank');
    ana.on('request', (request) => requests.push(request.url()));
    await ana.goto(`${server.url}/m/${meeting.id}#${meeting.tokens.facilitator}`);
    await joinWithName(ana, 'Ana', title);
    await ana.getByRole('tab', { name: 'Board' }).click();
    await ana.locator('.tl-canvas').waitFor({ timeout: 20_000 });
    const ben = await openBoard(meeting, title, meeting.tokens.participant, 'Ben');

    await drawRectangle(ana, 200, 150);
    await poll(() => geoShapes(ben).count()).toBe(1);
    await poll(async () => shapesOf(await readBoard(meeting), 'geo').length).toBe(1);

    // Undo is Ana's own: Ben's later rectangle stays when she undoes hers.
    await drawRectangle(ben, 450, 300);
    await poll(() => geoShapes(ana).count()).toBe(2);
    await ana.keyboard.press('Control+z');
    await poll(() => geoShapes(ben).count()).toBe(1);
    await ana.keyboard.press('Control+Shift+z');
    await poll(() => geoShapes(ben).count()).toBe(2);

    // Ben sees Ana's pointer, with her name.
    const canvas = await ana.locator('.tl-canvas').boundingBox();
    if (!canvas) throw new Error('The board has no canvas');
    await ana.mouse.move(canvas.x + 600, canvas.y + 200, { steps: 4 });
    await ben.locator('.tl-collaborators').getByText('Ana').waitFor();

    const appHost = new URL(server.url).host;
    const elsewhere = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).host !== appHost);
    expect(elsewhere).toEqual([]);
    expect(requests.some((url) => url.includes('/assets/') && /\.woff2$/.test(url))).toBe(true);

    await ana.context().close();
    await ben.context().close();
    const { port } = server;
    await stopServer();
    await startServer(String(port));
    const later = await openBoard(meeting, title, meeting.tokens.participant, 'Cy');
    await poll(() => geoShapes(later).count()).toBe(2);
    await later.context().close();
  });

  it('lets an observer look, and change nothing', async () => {
    const title = 'Queue backlog during the deploy freeze';
    const meeting = await meetingOnTimeline(title);
    const ana = await openBoard(meeting, title, meeting.tokens.participant, 'Ana');
    await drawRectangle(ana, 200, 150);
    await poll(async () => shapesOf(await readBoard(meeting), 'geo').length).toBe(1);

    const watcher = await openBoard(meeting, title, meeting.tokens.observer, 'Olu', 'Start watching');
    await poll(() => geoShapes(watcher).count()).toBe(1);
    expect(await watcher.getByRole('button', { name: 'Add contributing-factors template' }).count()).toBe(0);
    await drawRectangle(watcher, 400, 300);
    await watcher.keyboard.press('Control+a');
    await watcher.keyboard.press('Delete');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(shapesOf(await readBoard(meeting), 'geo')).toHaveLength(1);
    expect(await geoShapes(ana).count()).toBe(1);
    await ana.context().close();
    await watcher.context().close();
  });

  it('adds the template once when two people add it at the same moment, and links a note to a timeline event', async () => {
    const title = 'Payments declined after the certificate rotation';
    const meeting = await meetingOnTimeline(title);
    const writer = connectTestClient(server.wsUrl, meeting.id, { token: meeting.tokens.participant });
    await writer.synced();
    addTimelineEvent(writer.doc, {
      id: 'e1',
      at: '2026-11-02T13:02:00.000Z',
      timeZone: 'UTC',
      kind: 'detection',
      description: 'Card declines alert fired for the EU region',
      createdAt: 1,
      evidence: [],
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    writer.destroy();

    const ana = await openBoard(meeting, title, meeting.tokens.facilitator, 'Ana');
    const ben = await openBoard(meeting, title, meeting.tokens.participant, 'Ben');
    const add = (page: Page) => page.getByRole('button', { name: 'Add contributing-factors template' });
    // Both clicks go at once: on a busy machine the first template may reach one page before its click, whose button
    // is then already disabled, and the board must still hold the template once.
    await Promise.all([add(ana).click({ force: true }), add(ben).click({ force: true })]);
    await poll(async () => shapesOf(await readBoard(meeting), 'frame').length).toBe(7);
    await poll(() => ana.locator('.tl-shape[data-shape-type="frame"]').count()).toBe(7);
    await poll(() => ben.locator('.tl-shape[data-shape-type="frame"]').count()).toBe(7);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(shapesOf(await readBoard(meeting), 'frame')).toHaveLength(7);
    await ana.getByText('Knowledge we did not have').first().waitFor();

    // A sticky note in the Detection lane, linked to the event; its words show on hover.
    await ana.locator('.board-canvas').scrollIntoViewIfNeeded();
    await ana.locator('[data-testid="tools.note"]').click();
    const frame = await ana.locator('.tl-shape[data-shape-type="frame"]').first().boundingBox();
    if (!frame) throw new Error('The template has no lanes');
    await ana.mouse.click(frame.x + frame.width / 2, frame.y + frame.height / 2);
    await ana.locator('.tl-shape[data-shape-type="note"] [contenteditable="true"]').waitFor();
    await ana.keyboard.type('Alert went to a channel nobody watched at night');
    await ana.keyboard.press('Escape');
    await ana.getByLabel('This note is about').selectOption({ label: 'Card declines alert fired for the EU region' });
    await poll(async () => {
      const notes = shapesOf(await readBoard(meeting), 'note') as { meta?: { link?: unknown } }[];
      return notes[0]?.meta?.link;
    }).toEqual({ kind: 'event', id: 'e1' });
    await ben.locator('.board-canvas').scrollIntoViewIfNeeded();
    await ben.locator('.tl-shape[data-shape-type="note"]').waitFor({ state: 'visible' });
    const note = await ben.locator('.tl-shape[data-shape-type="note"]').boundingBox();
    if (!note) throw new Error('The note did not arrive');
    // The canvas decides what is under the pointer as it moves: on a busy machine one move may come before the note
    // is ready to be hovered, so the pointer moves again, a pixel at a time, until the words show.
    const words = ben.getByRole('tooltip').getByText('Card declines alert fired for the EU region');
    for (let attempt = 0; ; attempt++) {
      await ben.mouse.move(note.x + note.width / 2 + (attempt % 2), note.y + note.height / 2, { steps: 3 });
      if (await words.isVisible()) break;
      if (attempt === 20) await words.waitFor();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await ben.screenshot({ path: screenshotPath('board.png') });
    await ana.context().close();
    await ben.context().close();
  });

  it('puts a picture of the board in the closed record', async () => {
    const title = 'Search results stale after the reindex';
    const meeting = await meetingOnTimeline(title);
    const fay = await openBoard(meeting, title, meeting.tokens.facilitator, 'Fay');
    await fay.getByRole('button', { name: 'Add contributing-factors template' }).click();
    await drawRectangle(fay, 300, 200);
    await poll(async () => shapesOf(await readBoard(meeting), 'frame').length).toBe(7);
    const closed = await fetch(`${server.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'close' }),
    });
    expect(closed.status).toBe(200);
    const record = fay.getByRole('article', { name: 'The post-mortem record' });
    const picture = record.getByRole('img', {
      name: 'The contributing-factors board as it was when the meeting closed',
    });
    await picture.waitFor({ timeout: 30_000 });
    await poll(() =>
      picture.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth),
    ).toBeGreaterThan(100);
    const served = await fetch(`${server.url}/api/meetings/${meeting.id}/board.svg`, {
      headers: { authorization: `Bearer ${meeting.tokens.observer}` },
    });
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(await served.text()).toMatch(/^<svg[\s\S]*Detection/);
    await picture.scrollIntoViewIfNeeded();
    await fay.screenshot({ path: screenshotPath('record-board.png') });
    await fay.context().close();
  });
});
