import { describe, expect, it } from 'vitest';
import {
  createMeetingViaApi,
  joinWithName,
  openAs,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Search outage after the index migration';

const e2e = useBrowserAndApp();

describe('importing a file of events in the browser', () => {
  it('previews a CSV and a two-day Slack export, and adds the chosen events for everyone, marked as imported', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title, {
      severity: 'SEV2',
      occurredAt: '2026-11-02T14:00:00+01:00',
    });
    const moved = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'goto', stage: 'timeline' }),
    });
    expect(moved.status).toBe(200);
    const [ana, ben] = await Promise.all([
      openAs(e2e.browser, meeting.links.participant),
      openAs(e2e.browser, meeting.links.participant, { width: 360, height: 780 }),
    ]);
    await joinWithName(ana, 'Ana Souza', title);
    await joinWithName(ben, 'Ben Okafor', title);
    await ana.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    // On a small phone the three ways to add fit without the page scrolling sideways.
    await ben.getByRole('button', { name: 'Import a file' }).click();
    await ben.getByLabel('What kind of file').waitFor();
    expect(await ben.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await ben.screenshot({ path: screenshotPath('timeline-import-phone.png') });

    await ana.getByRole('button', { name: 'Import a file' }).click();
    await ana.getByLabel('What kind of file').selectOption('csv');
    await ana.getByLabel('File', { exact: true }).setInputFiles({
      name: 'timeline.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Who,When,What\nAna,14:02,Search results empty for all users\nBen,14:20,"Rolled back the index alias; results back"\nAna,soon,later\n',
      ),
    });
    const list = ana.getByRole('list', { name: 'Events in the file' });
    await poll(() => list.getByRole('listitem').count()).toBe(2);
    await ana.getByText('1 item was not read').waitFor();
    expect(await ana.getByLabel('Time column').inputValue()).toBe('1');
    expect(await ana.getByLabel('What happened column').inputValue()).toBe('2');
    await ana.getByLabel('Kind of event 1').selectOption('impact');
    await ana.screenshot({ path: screenshotPath('timeline-import-preview.png'), fullPage: true });
    await ana.getByRole('button', { name: 'Add 2 events' }).click();
    await ana.getByText('Added 2 events from CSV to the timeline.').waitFor();

    for (const page of [ana, ben]) {
      const rows = page.locator('li.timeline-event').filter({ hasText: 'Imported from CSV' });
      await poll(() => rows.count()).toBe(2);
      await poll(() => rows.first().locator('textarea').inputValue()).toBe('Search results empty for all users');
    }

    // A Slack export comes as one file per day; both days are read together, in time order.
    await ana.getByLabel('What kind of file').selectOption('slack');
    const day = (ts: number, text: string, user = 'U1') => ({
      type: 'message',
      user,
      user_profile: { real_name: user === 'U1' ? 'Ana Souza' : 'Ben Okafor' },
      text,
      ts: `${ts}.000100`,
    });
    const base = Date.parse('2026-11-02T13:00:00Z') / 1000;
    await ana.getByLabel('Files', { exact: true }).setInputFiles([
      {
        name: '2026-11-02.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          JSON.stringify([day(base + 120, 'Search is returning nothing, paging'), day(base + 300, 'Looking', 'U2')]),
        ),
      },
      {
        name: '2026-11-03.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify([day(base + 86_400, 'Reindex finished', 'U2')])),
      },
    ]);
    await poll(() => list.getByRole('listitem').count()).toBe(3);
    await list.getByRole('listitem').nth(1).getByRole('checkbox').uncheck();
    await ana.getByRole('button', { name: 'Add 2 events' }).click();
    await ana.getByText('Added 2 events from Slack to the timeline.').waitFor();
    const slackRows = ben.locator('li.timeline-event').filter({ hasText: 'Imported from Slack' });
    await poll(() => slackRows.count()).toBe(2);
    await poll(() => slackRows.last().locator('textarea').inputValue()).toBe('Ben Okafor: Reindex finished');
  });
});
