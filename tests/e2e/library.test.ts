import {
  addAction,
  addCard,
  addTimelineEvent,
  type CreateMeetingResponse,
  type OpenActionsResponse,
  readActions,
  updateAction,
} from '@debrief/shared';
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

const e2e = useBrowserAndApp();

/** A closed meeting with a timeline, a lesson and two actions, one of them long overdue. */
async function closedMeeting(title: string, words: { event: string; lesson: string; action: string }) {
  const meeting = await createMeetingViaApi(e2e.app.url, title, { severity: 'SEV2', summary: words.event });
  const writer = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
  try {
    await writer.synced();
    addTimelineEvent(writer.doc, {
      id: 'e1',
      at: '2026-11-02T13:02:00.000Z',
      timeZone: 'UTC',
      kind: 'detection',
      description: words.event,
      createdAt: 1,
      evidence: [],
    });
    addCard(writer.doc, { id: 'c1', prompt: 'slowed', text: words.lesson, author: null, now: 1 });
    addAction(writer.doc, { id: 'a1', title: words.action, now: 1 });
    updateAction(writer.doc, 'a1', { dueDate: '2021-03-01', owner: { kind: 'named', name: 'Priya' } });
    addAction(writer.doc, { id: 'a2', title: `Share what we learned about ${title}`, now: 2 });
    const probe = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
    await probe.synced();
    await poll(() => readActions(probe.doc).length).toBe(2);
    probe.destroy();
  } finally {
    writer.destroy();
  }
  const closed = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${meeting.tokens.facilitator}` },
    body: JSON.stringify({ type: 'close' }),
  });
  expect(closed.status).toBe(200);
  return meeting;
}

async function publishInBrowser(meeting: CreateMeetingResponse, title: string, services: string) {
  const page = await openAs(e2e.browser, `${e2e.app.url}/m/${meeting.id}#${meeting.tokens.facilitator}`);
  await joinWithName(page, 'Fay', title);
  const panel = page.getByRole('region', { name: 'Library' });
  await panel.getByLabel('Services involved').fill(services);
  await panel.getByRole('button', { name: 'Publish to the library' }).click();
  await panel.getByText('Published in the library', { exact: false }).waitFor();
  return page;
}

describe('the library', () => {
  it('publishes a closed post-mortem, finds it by what it says, filters it, and opens its read-only record', async () => {
    const emptyLibrary = await openAs(e2e.browser, `${e2e.app.url}/library`);
    await emptyLibrary.getByText('Nothing is published yet', { exact: false }).waitFor();

    const title = 'Orders stuck after the database failover';
    const meeting = await closedMeeting(title, {
      event: 'Replica lag alert fired on the primary',
      lesson: 'Backups were never restored in a drill',
      action: 'Rehearse database restores every month',
    });
    const other = await closedMeeting('Login failures after certificate expiry', {
      event: 'Certificate expired at the load balancer',
      lesson: 'Renewal reminders went to an old mailbox',
      action: 'Automate certificate renewal',
    });
    const facilitator = await publishInBrowser(meeting, title, 'orders, payments-db');
    await facilitator.screenshot({ path: screenshotPath('record-published.png'), fullPage: true });
    await (await publishInBrowser(other, 'Login failures after certificate expiry', 'edge')).context().close();

    const reader = await openAs(e2e.browser, `${e2e.app.url}/`);
    await reader.getByRole('navigation', { name: 'Debrief' }).getByRole('link', { name: 'Library' }).click();
    await reader.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await reader.getByText('2 published post-mortems').waitFor();

    await reader.getByLabel('Search', { exact: true }).fill('restored drill');
    const results = reader.getByRole('listitem').filter({ has: reader.getByRole('heading', { level: 3 }) });
    await poll(() => results.count()).toBe(1);
    await expect.poll(() => results.first().locator('mark').allTextContents()).toEqual(['restored', 'drill']);
    expect(new URL(reader.url()).search).toBe('?q=restored+drill');
    await reader.screenshot({ path: screenshotPath('library-search.png'), fullPage: true });

    await reader.getByRole('button', { name: 'Clear the search' }).click();
    await reader.getByText('2 published post-mortems').waitFor();
    await reader.getByLabel('Service').selectOption('edge');
    await poll(() => results.allTextContents()).toEqual([expect.stringContaining('Login failures')]);
    await reader.getByLabel('Service').selectOption('');
    await reader.getByLabel('Search', { exact: true }).fill('nothing-like-this');
    await reader.getByText('No published post-mortem matches', { exact: false }).waitFor();
    await reader.getByLabel('Search', { exact: true }).fill('failover');

    await reader.getByRole('link', { name: title }).click();
    await reader.getByLabel('Your name').fill('Reader');
    await reader.getByRole('button', { name: 'Start watching' }).click();
    await reader.getByRole('article', { name: 'The post-mortem record' }).waitFor();
    await reader.getByText('Rehearse database restores every month').first().waitFor();
    // The observer link cannot publish or take it out again.
    await reader
      .getByRole('region', { name: 'Library' })
      .getByText('Published in the library', { exact: false })
      .waitFor();
    expect(await reader.getByRole('button', { name: 'Take it out of the library' }).count()).toBe(0);

    // Unpublished, it leaves the library; its links still work.
    await facilitator.getByRole('button', { name: 'Take it out of the library' }).click();
    await facilitator.getByRole('button', { name: 'Publish to the library' }).waitFor();
    const library = (await (await fetch(`${e2e.app.url}/api/library`)).json()) as { total: number };
    expect(library.total).toBe(1);

    // A new meeting about the same trouble shows the published one as related.
    const next = await createMeetingViaApi(e2e.app.url, 'Certificate expiry broke the login page again');
    const planner = await openAs(e2e.browser, `${e2e.app.url}/m/${next.id}#${next.tokens.facilitator}`);
    await joinWithName(planner, 'Lee', 'Certificate expiry broke the login page again');
    await planner.getByRole('button', { name: 'Look at Lessons learned without moving everyone' }).click();
    const related = planner.getByRole('region', { name: 'Related past post-mortems' });
    await related.getByRole('link', { name: 'Login failures after certificate expiry' }).waitFor();
  });
});

describe('open actions', () => {
  it('lists open actions by owner with the overdue flagged, and closing one there writes it into the record', async () => {
    const title = 'Search index went stale';
    const meeting = await closedMeeting(title, {
      event: 'Search results were a day old',
      lesson: 'Nobody watched the indexer lag',
      action: 'Alert on indexer lag',
    });
    await (await publishInBrowser(meeting, title, 'search')).context().close();

    // Someone with only the library sees the actions but cannot change them.
    const visitor = await openAs(e2e.browser, `${e2e.app.url}/actions`);
    const visitorRow = visitor.getByRole('listitem').filter({ hasText: 'Alert on indexer lag' });
    await visitorRow
      .getByText('open the meeting\u2019s participant or facilitator link', { exact: false })
      .or(visitorRow.getByText("open the meeting's participant or facilitator link", { exact: false }))
      .waitFor();
    expect(await visitorRow.getByLabel('Status').count()).toBe(0);

    // A participant who joined in this browser can.
    const participant = await openAs(
      e2e.browser,
      `${e2e.app.url}/m/${meeting.id}#${meeting.tokens.participant}`,
      phone,
    );
    await joinWithName(participant, 'Priya', title);
    await participant.goto(`${e2e.app.url}/actions`);
    await participant.getByRole('heading', { level: 1, name: 'Open actions' }).waitFor();
    const priya = participant.getByRole('region', { name: 'Priya' });
    const row = priya.getByRole('listitem').filter({ hasText: 'Alert on indexer lag' });
    await row.getByText('Overdue by', { exact: false }).waitFor();
    await participant
      .getByRole('region', { name: 'No owner yet' })
      .getByText(`Share what we learned about ${title}`)
      .waitFor();
    await participant.screenshot({ path: screenshotPath('open-actions-phone.png'), fullPage: true });

    await row.getByLabel('Status').selectOption('done');
    await poll(async () => {
      const open = (await (await fetch(`${e2e.app.url}/api/actions`)).json()) as OpenActionsResponse;
      return open.actions.filter((action) => action.meetingId === meeting.id).map((action) => action.title);
    }).toEqual([`Share what we learned about ${title}`]);
    const reader = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.observer });
    try {
      await reader.synced();
      expect(readActions(reader.doc).find((action) => action.id === 'a1')?.status).toBe('done');
    } finally {
      reader.destroy();
    }

    // An action without an owner cannot be done, here as in the meeting; the reason is shown.
    const ownerless = participant
      .getByRole('region', { name: 'No owner yet' })
      .getByRole('listitem')
      .filter({ hasText: 'Share what we learned' });
    await ownerless.getByLabel('Status').selectOption('done');
    await ownerless.getByRole('alert').waitFor();
  });
});
