import { addTimelineEvents, getTimelineEventText, type NewTimelineEvent } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import {
  createMeetingViaApi,
  joinWithName,
  openAs,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const e2e = useBrowserAndApp();

const EVENTS = 400;
const startMs = Date.parse('2026-11-02T08:00:00.000Z');
const clock = (index: number) => new Date(startMs + index * 60_000).toISOString().slice(11, 16);

describe('a timeline of hundreds of events', () => {
  it('renders the rows near the screen, follows scrolling, and keeps the row being typed in', async () => {
    const title = 'Checkout queue stalled for seven hours';
    const meeting = await createMeetingViaApi(e2e.app.url, title, { severity: 'SEV1' });
    const writer = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.facilitator });
    await writer.synced();
    const events: NewTimelineEvent[] = Array.from({ length: EVENTS }, (_, index) => ({
      id: `event-${index}`,
      at: new Date(startMs + index * 60_000).toISOString(),
      timeZone: 'UTC',
      kind: index % 7 === 0 ? 'action' : 'diagnosis',
      description: `Step ${index}: the queue depth was checked again`,
      createdAt: startMs,
    }));
    expect(addTimelineEvents(writer.doc, events).ok).toBe(true);
    const moved = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'goto', stage: 'timeline' }),
    });
    expect(moved.status).toBe(200);

    const page = await openAs(e2e.browser, meeting.links.participant);
    await joinWithName(page, 'Ana Souza', title);
    await page.getByText(`${EVENTS} events`).waitFor();
    const rendered = () => page.locator('li.timeline-event').count();
    await page.getByLabel(`What happened at ${clock(0)}`).waitFor();
    expect(await rendered()).toBeGreaterThan(3);
    expect(await rendered()).toBeLessThan(60);
    // The gaps stand in for the rest, so the page is as long as the whole timeline.
    const pageHeight = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    expect(pageHeight).toBeGreaterThan(EVENTS * 60);

    // Ana types in the first event, then scrolls to the end: her row stays, and so does her focus.
    const first = page.getByLabel(`What happened at ${clock(0)}`);
    await first.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' by Ana');
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    const last = page.getByLabel(`What happened at ${clock(EVENTS - 1)}`);
    await last.waitFor();
    expect(await rendered()).toBeLessThan(60);
    await page.screenshot({ path: screenshotPath('long-timeline-end.png') });
    // Typing there brings her back to it, as in any page.
    await page.keyboard.type(' twice');
    await poll(() => getTimelineEventText(writer.doc, 'event-0')?.toString()).toBe(
      'Step 0: the queue depth was checked again by Ana twice',
    );

    // Someone edits an event in the middle, off Ana's screen; she finds it there when she scrolls to it.
    const middle = getTimelineEventText(writer.doc, 'event-200');
    middle?.insert(middle.length, ', and it was growing');
    await page.evaluate('window.scrollTo(0, 0)');
    await first.waitFor();
    await poll(async () => {
      await page.mouse.wheel(0, 900);
      return page.getByLabel(`What happened at ${clock(200)}`).count();
    }).toBe(1);
    await poll(() => page.getByLabel(`What happened at ${clock(200)}`).inputValue()).toBe(
      'Step 200: the queue depth was checked again, and it was growing',
    );
    await page.screenshot({ path: screenshotPath('long-timeline-middle.png') });
    expect(await rendered()).toBeLessThan(60);
    writer.destroy();
  });
});
