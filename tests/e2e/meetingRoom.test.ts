import { CloseCode } from '@debrief/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createMeetingViaApi,
  currentStep,
  joinWithName as joinAs,
  laptop,
  openAs as openIn,
  openNewMeeting,
  peopleIn,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const meetingTitle = 'Checkout outage after database failover';
const notes = [
  '14:03 Alert: checkout error rate above 20%. On-call paged.',
  '14:09 Primary database failed over to the replica in eu-west-1b.',
  '14:21 Connection pool still pointed at the old primary; restarting the API pods fixed it.',
  'Question: why did the pool not follow the failover?',
].join('\n');

const e2e = useBrowserAndApp();

const openAs = (url: string, viewport = laptop) => openIn(e2e.browser, url, viewport);
const joinWithName = (page: Page, name: string, button?: string) => joinAs(page, name, meetingTitle, button);
const createMeeting = () => createMeetingViaApi(e2e.app.url, meetingTitle);

describe('the meeting room in the browser', () => {
  it('a facilitator runs the agenda, participants follow, and an observer watches read-only', async () => {
    const facilitator = await openAs(e2e.app.url);
    await facilitator.getByRole('heading', { name: 'Start a post-mortem' }).waitFor();
    await facilitator.getByLabel('Title').fill(meetingTitle);
    await facilitator.getByLabel('What happened, in one line').fill('Customers could not pay for 38 minutes');
    await facilitator.getByLabel('When it happened').fill('2026-11-20T14:03');
    await facilitator.getByLabel('Severity').selectOption('SEV2');

    await facilitator.getByRole('button', { name: 'Start the post-mortem' }).click();
    await facilitator.waitForURL(/\/m\/[\w-]+\/links#.+/);
    expect(new URL(facilitator.url()).search).toBe('');
    const participantLink = await facilitator.getByRole('textbox', { name: 'Participant link' }).inputValue();
    const observerLink = await facilitator.getByRole('textbox', { name: 'Observer link' }).inputValue();
    expect(participantLink).toMatch(/\/m\/[\w-]+#.+/);
    expect(observerLink).not.toBe(participantLink);
    await openNewMeeting(facilitator, 'Priya Raman', meetingTitle);

    const amir = await openAs(participantLink);
    await joinWithName(amir, 'Amir Haddad');
    const jo = await openAs(participantLink);
    await joinWithName(jo, 'Jo Lindqvist');
    for (const page of [facilitator, amir, jo]) {
      await poll(() => currentStep(page).textContent()).toContain('Prepare');
    }

    await facilitator.getByRole('button', { name: 'Next: Check-in' }).click();
    for (const page of [facilitator, amir, jo]) {
      await poll(() => currentStep(page).textContent()).toContain('Check-in');
      await page.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor();
      await poll(() => peopleIn(page).count()).toBe(3);
    }
    await poll(() => peopleIn(amir).allTextContents()).toEqual([
      expect.stringContaining('Priya Raman'),
      expect.stringContaining('Amir Haddad (you)'),
      expect.stringContaining('Jo Lindqvist'),
    ]);

    await amir.getByLabel('Meeting notes').fill(notes);
    await poll(() => jo.getByLabel('Meeting notes').inputValue()).toBe(notes);
    await jo.getByLabel('Meeting notes').focus();
    await poll(() => peopleIn(facilitator).filter({ hasText: 'Jo Lindqvist' }).textContent()).toContain(
      'Check-in · editing Meeting notes',
    );

    await facilitator.getByLabel('Timebox').fill('10');
    await facilitator.getByRole('button', { name: 'Set', exact: true }).click();
    await facilitator.getByRole('button', { name: 'Start', exact: true }).click();
    await poll(() => amir.getByRole('timer').getAttribute('data-state')).toBe('running');
    expect(await amir.getByRole('timer').textContent()).toMatch(/^\d\d:\d\d left$/);

    const observer = await openAs(observerLink);
    await joinWithName(observer, 'Sam Okafor', 'Start watching');
    await poll(() => currentStep(observer).textContent()).toContain('Check-in');
    await observer.getByText('You are watching — read only').waitFor();
    await poll(() => observer.getByLabel('Meeting notes').inputValue()).toBe(notes);
    expect(await observer.getByLabel('Meeting notes').isEditable()).toBe(false);
    expect(await observer.getByRole('button', { name: /^Next/ }).count()).toBe(0);
    expect(await observer.getByRole('region', { name: 'Run the meeting' }).count()).toBe(0);
    expect(await observer.getByRole('textbox', { name: 'Participant link' }).count()).toBe(0);
    await poll(() => peopleIn(observer).count()).toBe(3);
    // Observers publish no presence (nobody can pose as someone there): the server counts them, without names.
    for (const page of [facilitator, amir, jo]) {
      await poll(() => peopleIn(page).count()).toBe(3);
      await page.getByText('1 observer watching').waitFor();
      expect(await page.content()).not.toContain('Sam Okafor');
    }
    await observer.getByText('1 observer watching, including you').waitFor();

    await facilitator.screenshot({ path: screenshotPath('meeting-room.png'), fullPage: true });
    await observer.screenshot({ path: screenshotPath('observer.png'), fullPage: true });

    // The same facilitator on a phone: this browser remembers the name, and presence still counts one Priya.
    const facilitatorPhone = await facilitator.context().newPage();
    await facilitatorPhone.setViewportSize(phone);
    await facilitatorPhone.goto(facilitator.url());
    await poll(() => facilitatorPhone.getByLabel('Your name').inputValue()).toBe('Priya Raman');
    await facilitatorPhone.getByRole('button', { name: 'Join the meeting' }).click();
    await facilitatorPhone.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor();
    await poll(() => peopleIn(facilitatorPhone).count()).toBe(3);
    await facilitatorPhone.screenshot({ path: screenshotPath('meeting-room-phone.png') });

    // Home lists the meeting this browser started, with its role, as a way back in.
    const home = await facilitator.context().newPage();
    await home.goto(e2e.app.url);
    const myMeeting = home.getByRole('link', { name: meetingTitle, exact: true });
    await myMeeting.waitFor();
    expect(await myMeeting.getAttribute('href')).toBe(
      new URL(facilitator.url()).pathname + new URL(facilitator.url()).hash,
    );
    await home.getByLabel('Title').fill('Search results empty after index rebuild');
    await home.getByLabel('What happened, in one line').fill('Search returned no results for 12 minutes');
    await home.getByLabel('Severity').selectOption('SEV3');
    await home.getByLabel('Title').blur();
    await home.screenshot({ path: screenshotPath('home.png'), fullPage: true });
  });

  it('closing the meeting makes it read only for everyone until a facilitator reopens it', async () => {
    const meeting = await createMeeting();
    const facilitator = await openAs(meeting.links.facilitator);
    await joinWithName(facilitator, 'Priya Raman');
    const participant = await openAs(meeting.links.participant);
    await joinWithName(participant, 'Amir Haddad');
    expect(await participant.getByLabel('Meeting notes').isEditable()).toBe(true);

    // The facilitator's Downloads menu opens from the keyboard; the calendar file waits for a meeting time.
    const downloads = facilitator.getByRole('button', { name: 'Downloads' });
    await downloads.focus();
    await facilitator.keyboard.press('Enter');
    expect(await downloads.getAttribute('aria-expanded')).toBe('true');
    const menu = facilitator.locator(`[id="${await downloads.getAttribute('aria-controls')}"]`);
    expect(await menu.getByRole('button').allInnerTexts()).toEqual([
      'Report (Markdown)',
      'Actions (CSV)',
      'Everything (JSON)',
    ]);
    await facilitator.keyboard.press('Tab');
    await facilitator.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    await poll(() => facilitator.evaluate('document.activeElement.textContent')).toBe('Downloads');

    // Closing asks first, in place; Escape keeps the meeting open and goes back to the button.
    const close = facilitator.getByRole('button', { name: 'Close the meeting' });
    await close.click();
    const question = facilitator.getByRole('group', { name: 'Close the meeting?' });
    expect(await question.textContent()).toContain('read-only record');
    expect(await close.getAttribute('aria-expanded')).toBe('true');
    await poll(() => facilitator.evaluate('document.activeElement.textContent')).toBe('Cancel');
    await facilitator.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    await poll(() => facilitator.evaluate('document.activeElement.textContent')).toBe('Close the meeting');
    expect(await participant.getByLabel('Meeting notes').isEditable()).toBe(true);
    await close.click();
    await question.getByRole('button', { name: 'Confirm' }).click();
    for (const page of [facilitator, participant]) {
      await page.getByRole('heading', { level: 2, name: 'Closed' }).waitFor();
      await poll(() => page.getByLabel('Meeting notes').isEditable()).toBe(false);
    }
    await poll(() => facilitator.evaluate('document.activeElement.textContent')).toBe('Reopen the meeting');
    await participant.getByText('A facilitator can reopen it').waitFor();

    await facilitator.getByRole('button', { name: 'Reopen the meeting' }).click();
    await participant.getByRole('heading', { level: 2, name: 'Prepare' }).waitFor();
    await poll(() => participant.getByLabel('Meeting notes').isEditable()).toBe(true);
  });

  it('a participant can look at another stage and return to the current one in one click', async () => {
    const meeting = await createMeeting();
    const participant = await openAs(meeting.links.participant);
    await joinWithName(participant, 'Jo Lindqvist');
    await participant.getByRole('button', { name: /Lessons learned/ }).click();
    await participant.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();
    await poll(() => currentStep(participant).textContent()).toContain('Prepare');
    await participant.getByRole('button', { name: 'Return to the current stage' }).click();
    await participant.getByRole('heading', { level: 2, name: 'Prepare' }).waitFor();
    expect(await participant.getByRole('button', { name: 'Return to the current stage' }).count()).toBe(0);
  });

  it('a facilitator opens the guide to the stage, which stays open, and a participant never sees it', async () => {
    const meeting = await createMeeting();
    const facilitator = await openAs(meeting.links.facilitator);
    await joinWithName(facilitator, 'Priya Raman');
    const participant = await openAs(meeting.links.participant);
    await joinWithName(participant, 'Amir Haddad');

    const toggle = facilitator.getByRole('button', { name: "Facilitator's guide" });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await facilitator.getByText('Prompts to try').isVisible()).toBe(false);
    await toggle.focus();
    await facilitator.keyboard.press('Enter');
    const guide = facilitator.getByRole('region', { name: "Facilitator's guide: Prepare" });
    await guide.getByText('How did we first find out something was wrong?').waitFor();
    await guide.getByRole('heading', { name: 'Traps to watch for' }).waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');

    await facilitator.getByRole('button', { name: 'Next: Check-in' }).click();
    await facilitator.getByRole('heading', { level: 2, name: 'Check-in' }).waitFor();
    await facilitator.getByRole('button', { name: 'Next: Timeline' }).click();
    const timelineGuide = facilitator.getByRole('region', { name: "Facilitator's guide: Timeline" });
    await timelineGuide.getByText('What made this action look reasonable at the time?').waitFor();
    await facilitator.reload();
    await timelineGuide.getByText('What did you see at this point?').waitFor();

    await participant.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    expect(await participant.getByRole('button', { name: "Facilitator's guide" }).count()).toBe(0);
    expect(await participant.getByText('What did you see at this point?').count()).toBe(0);
  });

  it('a facilitator shares the facilitation from the list of people, and the meeting can be handed over', async () => {
    const meeting = await createMeeting();
    const priya = await openAs(meeting.links.facilitator);
    await joinWithName(priya, 'Priya Raman');
    const amir = await openAs(meeting.links.participant);
    await joinWithName(amir, 'Amir Haddad');
    const jo = await openAs(meeting.links.participant);
    await joinWithName(jo, 'Jo Lindqvist');
    await poll(() => peopleIn(priya).count()).toBe(3);
    expect(await amir.getByRole('button', { name: /^Facilitation options/ }).count()).toBe(0);

    await priya.getByRole('button', { name: 'Facilitation options for Amir Haddad' }).click();
    await priya.getByRole('button', { name: /^Make co-facilitator/ }).waitFor();
    await priya.screenshot({ path: screenshotPath('facilitation-options.png') });
    await priya.getByRole('button', { name: /^Make co-facilitator/ }).click();
    await amir.getByRole('region', { name: 'Run the meeting' }).waitFor();
    await amir.getByRole('status').filter({ hasText: 'You can help run the meeting now' }).waitFor();
    await poll(() => peopleIn(jo).filter({ hasText: 'Amir Haddad' }).textContent()).toContain('Facilitator');
    await amir.getByRole('button', { name: 'Next: Check-in' }).click();
    await poll(() => currentStep(jo).textContent()).toContain('Check-in');

    // A promoted participant who hands the meeting over goes back to taking part.
    await amir.getByRole('button', { name: 'Facilitation options for Jo Lindqvist' }).click();
    await amir.getByRole('button', { name: /^Hand the meeting over/ }).click();
    await jo.getByRole('region', { name: 'Run the meeting' }).waitFor();
    await jo.getByRole('status').filter({ hasText: 'You lead the meeting now' }).waitFor();
    await poll(() => amir.getByRole('region', { name: 'Run the meeting' }).count()).toBe(0);
    await amir.getByRole('status').filter({ hasText: 'You handed the meeting over' }).waitFor();
    // Someone who opens the page as the lead already knows it.
    await jo.reload();
    await jo.getByRole('region', { name: 'Run the meeting' }).waitFor();
    expect(await jo.getByRole('status').filter({ hasText: 'You lead the meeting now' }).count()).toBe(0);
    await poll(() => peopleIn(priya).filter({ hasText: 'Jo Lindqvist' }).textContent()).toContain('Leads');
    await jo.getByRole('button', { name: 'Next: Timeline' }).click();
    await poll(() => currentStep(priya).textContent()).toContain('Timeline');
  });

  it('asks the server about a meeting link once, before the app’s code has even arrived', async () => {
    const meeting = await createMeeting();
    const page = await (await e2e.browser.newContext({ viewport: laptop })).newPage();
    const sessionRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/session')) sessionRequests.push(request.url());
    });
    let askedBeforeTheCode = false;
    // Hold the app's code back: a session request made meanwhile can only come from the page itself.
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      const deadline = Date.now() + 5_000;
      while (sessionRequests.length === 0 && Date.now() < deadline) await page.waitForTimeout(50);
      askedBeforeTheCode = sessionRequests.length > 0;
      await route.continue();
    });
    await page.goto(meeting.links.participant);
    await joinWithName(page, 'Jo Lindqvist');
    expect(askedBeforeTheCode).toBe(true);
    expect(sessionRequests).toHaveLength(1);
  });

  it('the start form shows what the server refused, next to the form', async () => {
    const page = await openAs(e2e.app.url);
    await page.getByLabel('Title').fill('   ');
    await page.getByRole('button', { name: 'Start the post-mortem' }).click();
    await poll(() => page.getByRole('alert').textContent()).toBe('Title is required.');
    expect(await page.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('a link with a wrong key explains itself instead of showing a blank page', async () => {
    const meeting = await createMeeting();
    const page = await openAs(`${e2e.app.url}/m/${meeting.id}#not-the-right-key-at-all`);
    await page.getByRole('heading', { name: "This link doesn't work" }).waitFor();
    await page.getByRole('link', { name: 'Go to the home page' }).waitFor();
  });

  it('a page older than the meeting asks to reload and stops reconnecting', async () => {
    const meeting = await createMeeting();
    const context = await e2e.browser.newContext({ viewport: laptop });
    let attempts = 0;
    // Stand in for a server that has migrated the meeting past this page's schema version.
    await context.routeWebSocket(/\/sync\//, (socket) => {
      attempts++;
      socket.close({ code: CloseCode.clientOutdated, reason: 'This page is older than the meeting; please reload' });
    });
    const page = await context.newPage();
    await page.goto(meeting.links.participant);
    await page.getByLabel('Your name').fill('Amir Haddad');
    await page.getByRole('button', { name: 'Join the meeting' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'A newer version of Debrief is available' });
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Reload' }).waitFor();
    const attemptsAtBanner = attempts;
    await page.waitForTimeout(1500);
    expect(attempts).toBe(attemptsAtBanner);
  });
});
