import { describe, it } from 'vitest';
import { createMeetingViaApi, joinWithName, openAs, poll, useBrowserAndApp } from './fixtures/meetingRoom.ts';

const title = 'Search results empty after index rebuild';
const e2e = useBrowserAndApp();

describe('co-editing in the browser', () => {
  it('two people type at the same time and each sees the other’s text, also after a reload', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title);
    const [ana, ben] = await Promise.all([
      openAs(e2e.browser, meeting.links.participant),
      openAs(e2e.browser, meeting.links.participant),
    ]);
    await joinWithName(ana, 'Ana Souza', title);
    await joinWithName(ben, 'Ben Okafor', title);
    const anaNotes = ana.getByLabel('Meeting notes');
    const benNotes = ben.getByLabel('Meeting notes');

    await anaNotes.click();
    await anaNotes.pressSequentially('Alert fired at 09:12.');
    await poll(() => benNotes.inputValue()).toBe('Alert fired at 09:12.');

    await benNotes.click();
    await ben.keyboard.press('End');
    await Promise.all([
      benNotes.pressSequentially(' Index rebuilt at 09:30.', { delay: 15 }),
      (async () => {
        await ana.keyboard.press('Home');
        await anaNotes.pressSequentially('Summary: ', { delay: 15 });
      })(),
    ]);
    const expected = 'Summary: Alert fired at 09:12. Index rebuilt at 09:30.';
    await poll(() => anaNotes.inputValue()).toBe(expected);
    await poll(() => benNotes.inputValue()).toBe(expected);

    await ben.reload();
    await poll(() => ben.getByLabel('Meeting notes').inputValue()).toBe(expected);
  });
});
