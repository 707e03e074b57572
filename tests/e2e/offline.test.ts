import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.ts';
import { type ServerProcess, spawnServerProcess } from '../support/spawnServerProcess.ts';
import { createTempDataDir } from '../support/startTestServer.ts';
import { createMeetingViaApi, joinWithName, openAs, poll } from './fixtures/meetingRoom.ts';

let browser: Browser;
let dataDir: string;
let server: ServerProcess | null = null;

async function startServer(port = '0') {
  server = await spawnServerProcess(dataDir, { PORT: port });
}

async function stopServer() {
  server?.child.kill('SIGTERM');
  await server?.exited;
  server = null;
}

beforeAll(async () => {
  dataDir = createTempDataDir();
  [browser] = await Promise.all([launchBrowser(), startServer()]);
});

afterAll(async () => {
  await browser?.close();
  await stopServer();
});

describe('a meeting opened in this browser before', () => {
  it('opens again from the browser’s copy while the server is down, and catches up when it is back', async () => {
    if (!server) throw new Error('The server is not running');
    const { url, port } = server;
    const title = 'Queue backlog after the broker upgrade';
    const meeting = await createMeetingViaApi(url, title);
    const page = await openAs(browser, `${url}/m/${meeting.id}#${meeting.tokens.participant}`);
    await joinWithName(page, 'Ana', title);
    const notes = page.getByLabel('Meeting notes');
    await notes.click();
    await page.keyboard.type('Written before the server went away.');
    // The page keeps its copy once the service worker controls it.
    await poll(() => page.evaluate('navigator.serviceWorker.ready.then(() => true)')).toBe(true);
    await page.reload();
    await poll(() => page.evaluate('Boolean(navigator.serviceWorker.controller)')).toBe(true);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await stopServer();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await poll(() => page.getByLabel('Meeting notes').inputValue()).toBe('Written before the server went away.');
    await poll(() => page.locator('output.connection[data-status]').getAttribute('data-status')).not.toBe('online');
    // Typing offline is kept, and reaches the server once it is back.
    await page.getByLabel('Meeting notes').press('End');
    await page.keyboard.type(' And after.');

    await startServer(String(port));
    await poll(() => page.locator('output.connection[data-status]').getAttribute('data-status')).toBe('online');
    const other = await openAs(browser, `${url}/m/${meeting.id}#${meeting.tokens.participant}`);
    await joinWithName(other, 'Ben', title);
    await poll(() => other.getByLabel('Meeting notes').inputValue()).toBe(
      'Written before the server went away. And after.',
    );
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
