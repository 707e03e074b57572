import { readIncidentFacts, readTimeline, setIncidentTime } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import {
  createMeetingViaApi,
  joinWithName,
  laptop,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Search returned nothing after the indexer deploy';

const e2e = useBrowserAndApp();

// Copied together from a chat, a Berlin team's notes and a status page: three zones, a day header, a heading.
const pasted = [
  'Timeline (times as written)',
  'Monday 2 Nov',
  '14:02 PST Deploy of search-indexer v3.1 started',
  'At 14:09 PST, the search 5xx alert fired',
  '23:12 CET Engineers in Berlin confirmed the index was empty',
  '22:15 UTC on 2 November 2026 – Rolled back the deploy',
  'Resolved - Search results are back to normal.',
  'Nov 2, 22:40 UTC',
].join('\n');

describe('pasting a real-looking timeline in the browser', () => {
  it('reads several zones, a day header and a status-page block into the incident’s zone', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title, { severity: 'SEV2' });
    // The incident started in Los Angeles, which sets the zone and day of the timeline.
    const writer = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.facilitator });
    await writer.synced();
    const started = setIncidentTime(writer.doc, 'started', {
      at: '2026-11-02T22:00:00.000Z',
      timeZone: 'America/Los_Angeles',
    });
    expect(started.ok).toBe(true);
    const probe = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.facilitator });
    await probe.synced();
    await poll(() => readIncidentFacts(probe.doc).started?.timeZone).toBe('America/Los_Angeles');
    writer.destroy();
    const moved = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'goto', stage: 'timeline' }),
    });
    expect(moved.status).toBe(200);

    // Ana's browser is in Berlin: the incident's zone wins over hers.
    const context = await e2e.browser.newContext({ viewport: laptop, timezoneId: 'Europe/Berlin', locale: 'en-GB' });
    const ana = await context.newPage();
    await ana.goto(meeting.links.participant);
    await joinWithName(ana, 'Ana Souza', title);
    await ana.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();

    const box = ana.getByLabel('Paste lines, one event per line');
    await box.fill(pasted);
    await ana.getByText('5 events ready to add').waitFor();
    await ana.screenshot({ path: screenshotPath('timeline-paste-preview.png'), fullPage: true });
    await ana.getByRole('button', { name: 'Add 5 events' }).click();

    const rows = ana.locator('li.timeline-event');
    await poll(() => rows.count()).toBe(5);
    expect(await rows.locator('time.timeline-event__time').allTextContents()).toEqual([
      '14:02',
      '14:09',
      '14:12',
      '14:15',
      '14:40',
    ]);
    const zones = await rows.locator('.timeline-event__zone').allTextContents();
    expect(new Set(zones)).toEqual(new Set(['PST']));
    // The heading was not an event: it stays in the box, with why.
    expect(await box.inputValue()).toBe('Timeline (times as written)');

    await poll(() => readTimeline(probe.doc).map((event) => [event.at, event.description])).toEqual([
      ['2026-11-02T22:02:00.000Z', 'Deploy of search-indexer v3.1 started'],
      ['2026-11-02T22:09:00.000Z', 'the search 5xx alert fired'],
      ['2026-11-02T22:12:00.000Z', 'Engineers in Berlin confirmed the index was empty'],
      ['2026-11-02T22:15:00.000Z', 'Rolled back the deploy'],
      ['2026-11-02T22:40:00.000Z', 'Resolved: Search results are back to normal.'],
    ]);
    expect(readTimeline(probe.doc).map((event) => event.kind)).toEqual([
      'action',
      'detection',
      'diagnosis',
      'action',
      'resolution',
    ]);
    probe.destroy();
    await context.close();
  });
});
