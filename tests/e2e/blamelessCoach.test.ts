import {
  addAction,
  addTimelineEvent,
  type CreateMeetingResponse,
  readActions,
  readTimeline,
  type Stage,
  setIncidentCost,
  updateAction,
} from '@debrief/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import {
  createMeetingViaApi,
  joinWithName,
  openAs,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Search outage after a config change';
const differently = 'What could we have done differently?';

const e2e = useBrowserAndApp();

async function command(meeting: CreateMeetingResponse, body: Record<string, unknown>) {
  const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

const goto = (meeting: CreateMeetingResponse, stage: Stage) => command(meeting, { type: 'goto', stage });

function column(page: Page) {
  return page.getByRole('region', { name: differently });
}

/** The underlined phrases over a field, as the overlay draws them. */
function underlined(page: Page) {
  return page.locator('.hint-overlay__mark');
}

describe('wording hints in the browser', () => {
  it('a blameful lesson card shows a hint, and using its question rewrites the card for everyone', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title);
    await goto(meeting, 'lessons');
    const [priya, ana, ben] = await Promise.all([
      openAs(e2e.browser, meeting.links.facilitator),
      openAs(e2e.browser, meeting.links.participant),
      openAs(e2e.browser, meeting.links.participant),
    ]);
    await joinWithName(priya, 'Priya Raman', title);
    await joinWithName(ana, 'Ana Souza', title);
    await joinWithName(ben, 'Ben Okafor', title);
    for (const page of [priya, ana, ben])
      await page.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();

    const blameful = 'Bob should have checked the config before the deploy.';
    const composer = column(ana).getByLabel(`New card: ${differently}`);
    await composer.fill(blameful);
    // The draft is coached before it is posted, and in this browser only.
    await column(ana).getByRole('button', { name: '1 wording hint' }).waitFor();
    await composer.press('Enter');

    const card = column(ana).locator('article.lesson-card');
    await poll(() => card.getByLabel('Your card').inputValue()).toBe(blameful);
    const toggle = card.getByRole('button', { name: '1 wording hint' });
    await toggle.waitFor();
    await poll(() => underlined(ana).allTextContents()).toEqual(['should have checked']);

    // The underline lies on the card's text field.
    const field = await card.getByLabel('Your card').boundingBox();
    const mark = await underlined(ana).first().boundingBox();
    if (!field || !mark) throw new Error('the card and its underline should be on screen');
    expect(mark.x).toBeGreaterThanOrEqual(field.x);
    expect(mark.y).toBeGreaterThanOrEqual(field.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(field.y + field.height + 1);

    // The facilitator sees how many hints are open in the stage, without seeing whose they are.
    await poll(() => priya.locator('.hint-counts').textContent()).toContain('Lessons learned 1');
    // Ben cannot edit Ana's card, so he gets no hint on it.
    await column(ben).getByText(blameful).waitFor();
    expect(
      await column(ben)
        .getByRole('button', { name: /wording hint/ })
        .count(),
    ).toBe(0);

    await toggle.click();
    const panel = card.getByRole('region', { name: 'Wording hints' });
    await panel.getByText('Hindsight', { exact: true }).waitFor();
    const question = 'What made checking the config hard or easy to skip?';
    await panel.getByText(question).waitFor();
    await ana.screenshot({ path: screenshotPath('wording-hint-card.png') });

    await panel.getByRole('button', { name: 'Use the question instead of “should have checked”' }).click();
    await poll(() => card.getByLabel('Your card').inputValue()).toBe(question);
    await column(ben).getByText(question).waitFor();
    await column(priya).getByText(question).waitFor();
    await card.getByRole('status').getByText('Reworded as a question about the process.').waitFor();
    await poll(() => card.getByRole('button', { name: /wording hint/ }).count()).toBe(0);
    await poll(() => priya.locator('.hint-counts').textContent()).toContain('No wording hints open');

    // Undo puts the words back, for everyone.
    await card.getByRole('button', { name: 'Undo' }).click();
    await poll(() => card.getByLabel('Your card').inputValue()).toBe(blameful);
    await column(ben).getByText(blameful).waitFor();
  });

  it('a dismissed hint stays dismissed for the person who dismissed it, and only for them', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title);
    const writer = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
    await writer.synced();
    const description = 'Obviously the on-call engineer ignored the disk alert.';
    const added = addTimelineEvent(writer.doc, {
      id: 'event-1',
      at: '2026-11-02T14:02:00.000Z',
      timeZone: 'UTC',
      kind: 'action',
      description,
      createdAt: Date.now(),
    });
    expect(added.ok).toBe(true);
    // A second client reading it back means the server has it.
    const probe = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
    await probe.synced();
    await poll(() => readTimeline(probe.doc).length).toBe(1);
    writer.destroy();
    probe.destroy();
    await goto(meeting, 'timeline');

    const [ana, ben] = await Promise.all([
      openAs(e2e.browser, meeting.links.participant, phone),
      openAs(e2e.browser, meeting.links.participant),
    ]);
    await joinWithName(ana, 'Ana Souza', title);
    await joinWithName(ben, 'Ben Okafor', title);

    for (const page of [ana, ben]) {
      await page.getByRole('button', { name: '2 wording hints' }).waitFor();
      await poll(() => underlined(page).allTextContents()).toEqual(['Obviously', 'the on-call engineer ignored']);
    }
    await ana.getByRole('button', { name: '2 wording hints' }).click();
    await ana
      .getByRole('region', { name: 'Wording hints' })
      .getByText('A person as the cause', { exact: true })
      .waitFor();
    await ana.screenshot({ path: screenshotPath('wording-hint-timeline-phone.png'), fullPage: false });

    await ana.getByRole('button', { name: 'Dismiss the hint on “the on-call engineer ignored”' }).click();
    await ana.getByRole('button', { name: '1 wording hint' }).waitFor();
    await ana.getByRole('button', { name: 'Leave out “Obviously”' }).click();
    await poll(() => ana.getByLabel('What happened at', { exact: false }).first().inputValue()).toBe(
      'The on-call engineer ignored the disk alert.',
    );
    await poll(() => ana.getByRole('button', { name: /wording hint/ }).count()).toBe(0);

    // Ben never dismissed it: he still sees the hint on the rest of the sentence.
    await ben.getByRole('button', { name: '1 wording hint' }).waitFor();
    await poll(() => underlined(ben).allTextContents()).toEqual(['The on-call engineer ignored']);

    // A reload keeps Ana's dismissal.
    await ana.reload();
    await ana.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await poll(() => ana.getByLabel('What happened at', { exact: false }).first().inputValue()).toBe(
      'The on-call engineer ignored the disk alert.',
    );
    await ana.waitForTimeout(1500);
    expect(await ana.getByRole('button', { name: /wording hint/ }).count()).toBe(0);
  });

  it('the actions stage weighs actions at the hourly rate, warns past the facilitator’s limit, and the record keeps it', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title);
    const writer = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
    await writer.synced();
    const doc = writer.doc;
    expect(setIncidentCost(doc, { amount: 2000, unit: 'money', currency: 'EUR', hourlyRate: 100 }).ok).toBe(true);
    addAction(doc, { id: 'gate', title: 'Require approval for every deploy', now: 1 });
    updateAction(doc, 'gate', { cost: { unit: 'size', size: 'L' } });
    addAction(doc, { id: 'check', title: 'Add a config check to CI', now: 2 });
    updateAction(doc, 'check', { cost: { unit: 'hours', hours: 4 } });
    const probe = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
    await probe.synced();
    await poll(() => readActions(probe.doc).length).toBe(2);
    writer.destroy();
    await goto(meeting, 'actions');

    const [priya, ana] = await Promise.all([
      openAs(e2e.browser, meeting.links.facilitator),
      openAs(e2e.browser, meeting.links.participant),
    ]);
    await joinWithName(priya, 'Priya Raman', title);
    await joinWithName(ana, 'Ana Souza', title);
    await ana.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();

    const gate = ana.getByRole('article', { name: 'Action 1: Require approval for every deploy' });
    const warnings = gate.getByRole('list', { name: 'Worth a second look' });
    await warnings.getByText(/one deployment in a hundred/).waitFor();
    await warnings.getByText('This action alone would cost more than the incident did.', { exact: false }).waitFor();
    await ana.getByText('about €4,400', { exact: true }).waitFor();
    await ana.getByText('44 hours at €100 an hour', { exact: false }).waitFor();
    const aboutList = ana.getByRole('list', { name: 'About the list of actions' });
    await aboutList
      .getByText('Together, the actions would cost more than the incident did.', { exact: false })
      .waitFor();

    // Only the facilitator sets the limit; everyone sees the warning once the list is past it.
    expect(await ana.getByText('Warn past this many actions').count()).toBe(0);
    for (let i = 0; i < 6; i++) {
      await priya.getByRole('button', { name: 'One action fewer before the warning' }).click();
      await poll(async () =>
        Number(await priya.locator('output[aria-labelledby="action-limit-label"]').textContent()),
      ).toBe(6 - i);
    }
    await aboutList.getByText('There are 2 actions, more than the 1 the facilitator set.', { exact: false }).waitFor();
    await ana.screenshot({ path: screenshotPath('actions-overreaction.png'), fullPage: true });

    // The warnings advise and never block: the record keeps them.
    await command(meeting, { type: 'close' });
    const record = ana.getByRole('region', { name: 'Actions' });
    await record.getByText('Manual gate:', { exact: false }).first().waitFor();
    await record.getByText('Too many actions:', { exact: false }).waitFor();
    expect(await record.getByText('Costs more than the incident:', { exact: false }).count()).toBe(2);

    // The report downloads with its warnings, as Markdown.
    const [download] = await Promise.all([
      ana.waitForEvent('download'),
      ana.getByRole('button', { name: 'Download the report (Markdown)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('search-outage-after-a-config-change-post-mortem.md');
    const path = await download.path();
    const markdown = await import('node:fs/promises').then((fs) => fs.readFile(path, 'utf8'));
    expect(markdown).toContain('# Search outage after a config change');
    expect(markdown).toContain('### Worth a second look');
    await ana.screenshot({ path: screenshotPath('record-downloads.png') });
    expect(markdown).toContain('| Require approval for every deploy | _No owner_ | _No date_ | Open | 40 hours (L) |');
  });
});
