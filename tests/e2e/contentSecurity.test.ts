import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { currentStep, joinWithName, openAs, openNewMeeting, poll, useBrowserAndApp } from './fixtures/meetingRoom.ts';

const title = 'Payments latency after a config push';

const e2e = useBrowserAndApp();

/** Every Content Security Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const console: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  // Page script as text: these tests are type-checked without the DOM's types.
  await page.addInitScript({
    content: `window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
      });`,
  });
  return async () => [...console, ...((await page.evaluate('window.__violations').catch(() => [])) as string[])];
}

describe('the Content Security Policy', () => {
  it('lets the whole app run, its early session request, websockets and every stage included, with nothing blocked', async () => {
    const priya = await openAs(e2e.browser, `${e2e.app.url}/`);
    const violations = await watchViolations(priya);
    await priya.reload();
    await priya.getByLabel('Title').fill(title);
    await priya.getByRole('button', { name: 'Start the post-mortem' }).click();
    await openNewMeeting(priya, 'Priya Raman', title);
    await priya.getByText('Online').waitFor();

    // A participant opening the link: index.html's inline script asks about the meeting before the app loads.
    const link = await priya.getByRole('textbox', { name: 'Participant link' }).inputValue();
    const jo = await openAs(e2e.browser, link);
    const joViolations = await watchViolations(jo);
    await jo.reload();
    await joinWithName(jo, 'Jo Lindqvist', title);
    await jo.getByText('Online').waitFor();
    const early = await jo.evaluate(() =>
      performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/session')),
    );
    expect(early.length).toBeGreaterThan(0);
    // Every stage, and the record at the end, with what each one loads.
    for (const stage of ['Check-in', 'Timeline', 'Lessons learned', 'Actions', 'Check-out']) {
      await priya.getByRole('button', { name: `Next: ${stage}` }).click();
      await poll(() => currentStep(jo).textContent()).toContain(stage);
    }
    await priya.getByRole('button', { name: 'Close the meeting' }).click();
    await priya.getByRole('button', { name: 'Confirm' }).click();
    await jo.getByRole('heading', { level: 2, name: 'Closed' }).waitFor();

    expect(await violations()).toEqual([]);
    expect(await joViolations()).toEqual([]);
  });
});
