import { describe, expect, it } from 'vitest';
import { joinWithName, openAs, openNewMeeting, poll, useBrowserAndApp } from './fixtures/meetingRoom.ts';

// Another machine's name, so that the page is not a secure context as localhost always is.
const host = 'debrief.test';
const title = 'Search outage after index rebuild';

const e2e = useBrowserAndApp([`--host-resolver-rules=MAP ${host} 127.0.0.1`]);

describe('Debrief over plain http inside a network', () => {
  it('starts a meeting, and people add to it, without the browser features only https has', async () => {
    const priya = await openAs(e2e.browser, `http://${host}:${e2e.app.port}/`);
    expect(await priya.evaluate('window.isSecureContext')).toBe(false);
    await priya.getByLabel('Title').fill(title);
    await priya.getByRole('button', { name: 'Start the post-mortem' }).click();
    await openNewMeeting(priya, 'Priya Raman', title);

    // Without clipboard access, copying selects the link instead.
    const participantLink = await priya.getByRole('textbox', { name: 'Participant link' }).inputValue();
    expect(participantLink.startsWith(`http://${host}:${e2e.app.port}/m/`)).toBe(true);
    await priya.getByRole('button', { name: /^Copy/ }).first().click();
    await priya.getByText('Selected: press Ctrl+C (or ⌘C) to copy').first().waitFor();

    const jo = await openAs(e2e.browser, participantLink);
    await joinWithName(jo, 'Jo Lindqvist', title);
    await jo.getByLabel('Paste lines, one event per line').fill('14:03 Index rebuild started\n14:09 Alert fired');
    await jo.getByRole('button', { name: 'Add 2 events' }).click();
    for (const page of [priya, jo]) {
      await poll(() => page.locator('li.timeline-event .timeline-event__time').allTextContents()).toEqual([
        '14:03',
        '14:09',
      ]);
    }
  });
});
