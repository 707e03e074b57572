import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  joinWithName,
  laptop,
  openNewMeeting,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Checkout outage after database failover';

const e2e = useBrowserAndApp();

/** Someone new in their own e2e.browser, in Berlin, so times read the same on every machine. */
async function openInBerlin(url: string, viewport = laptop): Promise<Page> {
  const context = await e2e.browser.newContext({ viewport, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Fills in the start form and starts the meeting; the participant link, from the page she lands on. */
async function startMeeting(page: Page): Promise<string> {
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('What happened, in one line').fill('Customers could not pay for 38 minutes');
  await page.getByLabel('When it happened').fill('2026-11-20T14:03');
  await page.getByRole('button', { name: 'Start the post-mortem' }).click();
  await page.waitForURL(/\/m\/[\w-]+\/links#.+/);
  return page.getByRole('textbox', { name: 'Participant link' }).inputValue();
}

async function moveTo(page: Page, stage: string) {
  const url = new URL(page.url());
  const meetingId = url.pathname.split('/')[2] ?? '';
  const response = await fetch(`${e2e.app.url}/api/meetings/${meetingId}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${url.hash.slice(1)}`, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'goto', stage }),
  });
  expect(response.status).toBe(200);
}

describe('a new user walks through starting a post-mortem', () => {
  it('the creator lands on her three links, then opens the meeting with "Started" filled in', async () => {
    const priya = await openInBerlin(e2e.app.url);
    await startMeeting(priya);

    await priya.getByText('Your post-mortem is ready').waitFor();
    await priya.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await priya.getByText("You're invited").count()).toBe(0);
    const links: Record<string, string> = {};
    for (const label of ['Facilitator link', 'Participant link', 'Observer link']) {
      const field = priya.getByRole('textbox', { name: label });
      links[label] = await field.inputValue();
      expect(links[label]).toMatch(/^http:\/\/[^/]+\/m\/[\w-]+#[\w-]{16,}$/);
      await priya.getByRole('button', { name: `Copy the ${label.toLowerCase()}` }).waitFor();
    }
    expect(new Set(Object.values(links)).size).toBe(3);
    await priya.getByText('Keep it private').waitFor();
    await priya.getByText('read only').waitFor();
    await priya.screenshot({ path: screenshotPath('new-meeting-links.png'), fullPage: true });
    await priya.setViewportSize(phone);
    await priya.screenshot({ path: screenshotPath('new-meeting-links-phone.png'), fullPage: true });
    await priya.setViewportSize(laptop);

    // A reload keeps her on the same page, with the same links.
    await priya.reload();
    await poll(() => priya.getByRole('textbox', { name: 'Participant link' }).inputValue()).toBe(
      links['Participant link'],
    );

    await openNewMeeting(priya, 'Priya Raman', title);
    expect(priya.url()).toBe(links['Facilitator link']);
    await poll(() => priya.getByLabel('Started date').inputValue()).toBe('2026-11-20');
    expect(await priya.getByLabel('Started time', { exact: true }).inputValue()).toBe('14:03');
    expect(await priya.getByLabel('Started time zone').inputValue()).toBe('Europe/Berlin');

    // Someone with the participant link in another zone reads the same moment, with its zone.
    const jo = await e2e.browser
      .newContext({ viewport: laptop, timezoneId: 'America/New_York' })
      .then((c) => c.newPage());
    await jo.goto(links['Participant link'] ?? '');
    await jo.getByText("You're invited to a post-mortem").waitFor();
    await joinWithName(jo, 'Jo Lindqvist', title);
    await poll(() => jo.getByLabel('Started time zone').inputValue()).toBe('Europe/Berlin');
    expect(await jo.getByLabel('Started time', { exact: true }).inputValue()).toBe('14:03');

    // Returning later with her own link, in a new e2e.browser, she joins as anyone does.
    const later = await openInBerlin(links['Facilitator link'] ?? '');
    await later.getByText("You're invited to a post-mortem").waitFor();
    await joinWithName(later, 'Priya Raman', title);
    await later.getByRole('button', { name: 'Next: Check-in' }).waitFor();
  });

  it('a due date that has passed is written only once someone says "Use it"', async () => {
    const priya = await openInBerlin(e2e.app.url);
    const participantLink = await startMeeting(priya);
    await openNewMeeting(priya, 'Priya Raman', title);
    await moveTo(priya, 'actions');
    await priya.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
    await priya.getByLabel('New action').fill('Test failovers with the app under load');
    await priya.getByRole('button', { name: 'Add action' }).click();
    const action = priya.getByRole('article', { name: /^Action 1:/ });
    const due = action.getByLabel('Due date');

    await due.fill('2099-01-15');
    await action.getByText(/^Due in \d+ days$/).waitFor();

    await due.fill('2020-01-15');
    const question = action.getByRole('group', { name: 'This date has passed. Use it anyway?' });
    await question.waitFor();
    await priya.screenshot({ path: screenshotPath('past-due-date.png') });
    await question.getByRole('button', { name: 'Change it' }).click();
    await poll(() => due.inputValue()).toBe('2099-01-15');
    expect(await question.count()).toBe(0);
    await poll(() => priya.evaluate('document.activeElement?.type')).toBe('date');

    // With the keyboard: Enter in the date goes to the question, and Enter on "Use it" takes the date.
    await due.fill('2020-01-15');
    await question.waitFor();
    await due.press('Enter');
    await poll(() => priya.evaluate('document.activeElement?.textContent')).toBe('Use it');
    await priya.keyboard.press('Enter');
    await action.getByText(/^Overdue by \d+ days$/).waitFor();
    expect(await question.count()).toBe(0);
    expect(await due.inputValue()).toBe('2020-01-15');

    // Everyone else sees it only now, and a phone shows the question in full too.
    const jo = await openInBerlin(participantLink, phone);
    await joinWithName(jo, 'Jo Lindqvist', title);
    const joAction = jo.getByRole('article', { name: /^Action 1:/ });
    await poll(() => joAction.getByLabel('Due date').inputValue()).toBe('2020-01-15');
    await joAction.getByLabel('Due date').fill('2019-06-01');
    await joAction.getByRole('group', { name: 'This date has passed. Use it anyway?' }).waitFor();
    await joAction.scrollIntoViewIfNeeded();
    await jo.screenshot({ path: screenshotPath('past-due-date-phone.png') });
    await joAction.getByLabel('Due date').press('Escape');
    await poll(() => joAction.getByLabel('Due date').inputValue()).toBe('2020-01-15');
  });
});
