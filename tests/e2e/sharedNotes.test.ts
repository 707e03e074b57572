import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/launchBrowser.ts';
import { startAppServer } from '../support/startAppServer.ts';

let browser: Browser;
let app: Awaited<ReturnType<typeof startAppServer>>;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), startAppServer()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('shared notes in the browser', () => {
  it('two people type and each sees the other’s text', async () => {
    const alice = await (await browser.newContext()).newPage();
    const bob = await (await browser.newContext()).newPage();
    const padUrl = `${app.url}/notes/e2e-pad`;
    await Promise.all([alice.goto(padUrl), bob.goto(padUrl)]);

    for (const page of [alice, bob]) {
      await expect.poll(() => page.locator('[data-status]').getAttribute('data-status')).toBe('online');
    }
    const aliceNotes = alice.getByLabel('Notes');
    const bobNotes = bob.getByLabel('Notes');
    await aliceNotes.click();
    await aliceNotes.pressSequentially('Alert fired at 14:03.');
    await expect.poll(() => bobNotes.inputValue()).toBe('Alert fired at 14:03.');

    await bobNotes.click();
    await bob.keyboard.press('End');
    await bobNotes.pressSequentially(' Rolled back at 14:20.');
    await expect.poll(() => aliceNotes.inputValue()).toBe('Alert fired at 14:03. Rolled back at 14:20.');

    await alice.reload();
    await expect.poll(() => alice.getByLabel('Notes').inputValue()).toBe('Alert fired at 14:03. Rolled back at 14:20.');
  });
});
