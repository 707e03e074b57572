import fs from 'node:fs';
import { zonedWallTimeToUtc } from '@debrief/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  createMeetingViaApi,
  joinWithName,
  laptop,
  openAs,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const e2e = useBrowserAndApp();

/** 'YYYY-MM-DD' and 'HH:mm' of an instant on a clock in `timeZone`. */
function wallClock(ms: number, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** Fills a date-time-zone field of the prepare stage; it saves itself once complete. */
async function setMoment(page: Page, name: string, date: string, time: string, timeZone: string) {
  await page.getByLabel(`${name} time zone`, { exact: true }).selectOption(timeZone);
  await page.getByLabel(`${name} date`, { exact: true }).fill(date);
  await page.getByLabel(`${name} time`, { exact: true }).fill(time);
}

async function gotoStage(meeting: { id: string; tokens: { facilitator: string } }, stage: string) {
  const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${meeting.tokens.facilitator}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'goto', stage }),
  });
  expect(response.status).toBe(200);
}

function eventRow(page: Page, time: string) {
  return page.locator('li.timeline-event').filter({ has: page.getByLabel(`What happened at ${time}`) });
}

function description(page: Page, time: string) {
  return page.getByLabel(`What happened at ${time}`);
}

describe('preparing the facts and the timeline together', () => {
  it('two people fill in facts and events at once, and each sees the other’s without a reload', async () => {
    const title = 'Search results empty after index rebuild';
    const meeting = await createMeetingViaApi(e2e.app.url, title, { severity: 'SEV2' });
    const [priya, ana] = await Promise.all([
      openAs(e2e.browser, meeting.links.facilitator),
      openAs(e2e.browser, meeting.links.participant),
    ]);
    await joinWithName(priya, 'Priya Raman', title);
    await joinWithName(ana, 'Ana Souza', title);
    await priya.getByRole('heading', { level: 2, name: 'Prepare' }).waitFor();
    await ana.getByText('No events yet. Paste lines like “14:03 deploy started”').waitFor();

    const yesterday = wallClock(Date.now() - 86_400_000, 'Europe/Berlin').date;
    const aware = 'The search latency alert fired and paged the on-call engineer.';
    const impact = 'Searches returned no results for 12 minutes.';
    const pasted = [
      '14:03 Index rebuild started',
      '14:09 Alert: search returns no results',
      'we looked at the dashboards',
      '14:21 Rolled back to the previous index',
    ].join('\n');

    // When it started sets the day and zone of pasted times.
    await setMoment(priya, 'Started', yesterday, '14:03', 'Europe/Berlin');
    await poll(() => ana.getByLabel('Started time', { exact: true }).inputValue()).toBe('14:03');
    expect(await ana.getByLabel('Started date', { exact: true }).inputValue()).toBe(yesterday);
    expect(await ana.getByLabel('Started time zone', { exact: true }).inputValue()).toBe('Europe/Berlin');

    // Both at once: Priya records how we became aware and adds an event by hand; Ana writes the impact and
    // pastes a block of events with one line that cannot be read.
    await Promise.all([
      (async () => {
        await priya.getByLabel('How did we become aware?').fill(aware);
        await priya.getByRole('button', { name: 'One event' }).click();
        await priya.getByLabel('New event date', { exact: true }).fill(yesterday);
        await priya.getByLabel('New event time', { exact: true }).fill('14:12');
        await priya.getByLabel('Kind of event').selectOption('communication');
        await priya
          .getByRole('textbox', { name: 'What happened', exact: true })
          .fill('Posted an update on the status page');
        await priya.getByRole('button', { name: 'Add event', exact: true }).click();
      })(),
      (async () => {
        await ana.getByLabel(/^Impact/).fill(impact);
        await ana.getByLabel('Paste lines, one event per line').fill(pasted);
        await ana.getByText('3 events ready to add · 1 line cannot be read yet').waitFor();
        await ana.getByRole('button', { name: 'Add 3 events' }).click();
      })(),
    ]);

    // The unreadable line stays in the box, with the reason.
    await poll(() => ana.getByLabel('Paste lines, one event per line').inputValue()).toBe(
      'we looked at the dashboards',
    );
    await ana.getByRole('alert').filter({ hasText: 'No time at the start of the line' }).waitFor();

    await poll(() => ana.getByLabel('How did we become aware?').inputValue()).toBe(aware);
    await poll(() => priya.getByLabel(/^Impact/).inputValue()).toBe(impact);
    for (const page of [priya, ana]) {
      await poll(() => description(page, '14:12').inputValue()).toBe('Posted an update on the status page');
      await poll(() => description(page, '14:21').inputValue()).toBe('Rolled back to the previous index');
      // Events sort by time on their own, wherever they were added.
      await poll(() => page.locator('li.timeline-event .timeline-event__time').allTextContents()).toEqual([
        '14:03',
        '14:09',
        '14:12',
        '14:21',
      ]);
    }
    expect(await eventRow(priya, '14:09').locator('.pill-select').first().inputValue()).toBe('detection');

    // Only http(s) links are accepted as evidence; anything else is refused inline and never becomes a link.
    await ana.getByLabel('Link', { exact: true }).fill('javascript:alert(1)');
    await ana.getByRole('button', { name: 'Add link' }).click();
    await ana
      .getByRole('alert')
      .filter({ hasText: 'Only links starting with http:// or https:// can be added' })
      .waitFor();
    expect(await ana.locator('a[href^="javascript"]').count()).toBe(0);
    await ana.getByLabel('Link', { exact: true }).fill('https://grafana.example.com/d/search/overview');
    await ana.getByLabel('Label (optional)').fill('Search dashboard');
    expect(await ana.getByLabel('Kind', { exact: true }).inputValue()).toBe('metric');
    await ana.getByRole('button', { name: 'Add link' }).click();
    const link = priya.getByRole('link', { name: /Search dashboard/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://grafana.example.com/d/search/overview');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    // Scheduling: resolved two hours ago, so there are suggested slots within the week.
    const resolved = wallClock(Date.now() - 2 * 3_600_000, 'UTC');
    await setMoment(priya, 'Resolved', resolved.date, resolved.time, 'UTC');
    const slots = priya.getByRole('list', { name: 'Suggested times' }).getByRole('button');
    await slots.first().click();
    await poll(() => slots.first().getAttribute('aria-pressed')).toBe('true');
    await ana.getByText('The post-mortem is on').waitFor();
    await ana.getByText('The facilitator can download it from this page.').first().waitFor();
    expect(await ana.getByRole('link', { name: 'Download invite (.ics)' }).count()).toBe(0);

    const [download] = await Promise.all([
      priya.waitForEvent('download'),
      priya.getByRole('link', { name: 'Download invite (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('post-mortem.ics');
    const path = await download.path();
    const invite = fs.readFileSync(path, 'utf8').replace(/\r\n[ \t]/g, '');
    expect(invite).toContain('BEGIN:VCALENDAR');
    expect(invite).toContain(`URL:${meeting.links.participant}`);
    expect(await priya.getByLabel(/Ready to paste/).inputValue()).toContain(meeting.links.observer);

    // In the timeline stage: key moments, questions on an event, and who is editing what.
    await gotoStage(meeting, 'timeline');
    for (const page of [priya, ana]) {
      await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
      await page.getByRole('region', { name: 'Key moments' }).getByText('Time to detect').waitFor();
    }
    await poll(() => eventRow(priya, '14:09').locator('.key-tag').textContent()).toBe('We became aware');
    await poll(() =>
      priya.getByRole('region', { name: 'Key moments' }).locator('.key-duration').first().textContent(),
    ).toContain('6 min');

    await ana.getByRole('button', { name: 'Ask or comment on the event at 14:09' }).click();
    await ana.getByLabel('Question or comment on the event at 14:09').fill('Could the alert have fired sooner?');
    await ana.getByRole('button', { name: 'Ask', exact: true }).click();
    const question = eventRow(priya, '14:09').locator('.comment');
    await poll(() => question.textContent()).toContain('Could the alert have fired sooner?');
    expect(await question.textContent()).toContain('Ana Souza');
    await eventRow(priya, '14:09')
      .getByRole('button', { name: /^Resolve: Could the alert/ })
      .click();
    await poll(() => eventRow(ana, '14:09').locator('.comment__status').textContent()).toBe('Answered');

    await description(ana, '14:21').click();
    await poll(() => eventRow(priya, '14:21').locator('.editing-avatars').textContent()).toContain(
      'Ana Souza is editing',
    );
    await ana.keyboard.press('End');
    await ana.keyboard.type(' v41');
    await poll(() => description(priya, '14:21').inputValue()).toBe('Rolled back to the previous index v41');

    // An observer reads everything live and has nothing to edit with.
    const sam = await openAs(e2e.browser, meeting.links.observer);
    await joinWithName(sam, 'Sam Okafor', title, 'Start watching');
    await sam.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await poll(() => description(sam, '14:21').inputValue()).toBe('Rolled back to the previous index v41');
    expect(await description(sam, '14:21').isEditable()).toBe(false);
    expect(await sam.getByRole('region', { name: 'Add to the timeline' }).count()).toBe(0);
    expect(await sam.getByRole('button', { name: /^Ask or comment/ }).count()).toBe(0);
    expect(await sam.getByRole('combobox').count()).toBe(0);
    await eventRow(sam, '14:09').getByText('Could the alert have fired sooner?').waitFor();
    await sam.getByRole('button', { name: /^Prepare/ }).click();
    await sam.getByRole('heading', { level: 2, name: 'Prepare' }).waitFor();
    await sam.getByRole('link', { name: /Search dashboard/ }).waitFor();
    expect(await sam.getByRole('textbox', { name: 'Link' }).count()).toBe(0);
  });

  it('shows a plausible incident for the docs: prepare, timeline, and the timeline on a phone', async () => {
    const title = 'Checkout outage after database failover';
    const zone = 'Europe/Berlin';
    const day = wallClock(Date.now() - 2 * 86_400_000, zone).date;
    const meeting = await createMeetingViaApi(e2e.app.url, title, {
      severity: 'SEV2',
      summary: 'Customers could not pay for 38 minutes',
      occurredAt: zonedWallTimeToUtc(day, '14:02', zone),
    });
    const openInBerlin = async (url: string, viewport = laptop) => {
      const context = await e2e.browser.newContext({ viewport, timezoneId: zone, locale: 'en-GB' });
      const page = await context.newPage();
      await page.goto(url);
      return page;
    };
    const priya = await openInBerlin(meeting.links.facilitator);
    await joinWithName(priya, 'Priya Raman', title);
    const amir = await openInBerlin(meeting.links.participant);
    await joinWithName(amir, 'Amir Haddad', title);

    await setMoment(priya, 'Started', day, '14:02', zone);
    await setMoment(priya, 'Detected (we became aware)', day, '14:09', zone);
    await setMoment(priya, 'Mitigated', day, '14:41', zone);
    await setMoment(priya, 'Resolved', day, '15:55', zone);
    await priya
      .getByLabel('How did we become aware?')
      .fill(
        'The checkout error-rate alert fired at 14:09 and paged the on-call engineer. Five minutes later, customer support reported failed card payments in the incident channel.',
      );
    await amir
      .getByLabel(/^Impact/)
      .fill(
        'About 1,900 customers could not complete checkout for 38 minutes (14:03–14:41). Roughly 240 orders were lost. Browsing, search and accounts kept working.',
      );
    await amir
      .getByLabel('How and when was it solved?')
      .fill(
        'Restarting the checkout API pods at 14:41 made the connection pool reconnect to the new primary. At 15:55 the pool’s DNS cache was shortened so a failover is followed within seconds.',
      );
    await priya.getByLabel('Estimated cost amount').fill('18,500');
    await priya.getByLabel('Currency (three-letter code)').fill('EUR');
    await priya.getByLabel('Currency (three-letter code)').press('Enter');
    await priya.getByText('Saved as €18,500').waitFor();

    const evidence: [string, string][] = [
      ['https://grafana.example.com/d/checkout/overview?from=now-3d', 'Checkout error rate and latency'],
      ['https://acme.slack.com/archives/C04INCIDENT/p1763906940', 'Incident channel thread'],
      ['https://github.com/acme/checkout-api/pull/4821', 'Shorten the DNS cache of the database pool'],
    ];
    for (const [url, label] of evidence) {
      await priya.getByLabel('Link', { exact: true }).fill(url);
      await priya.getByLabel('Label (optional)').fill(label);
      await priya.getByRole('button', { name: 'Add link' }).click();
    }

    await amir
      .getByLabel('Paste lines, one event per line')
      .fill(
        [
          '13:58 Cloud provider starts planned maintenance on the database primary',
          '14:02 Primary database failed over to the replica in eu-west-1b',
          '14:03 Checkout requests start failing with 503',
          '14:09 Alert: checkout error rate above 20%, on-call paged',
          '14:14 Support reports failed card payments in the incident channel',
          '14:19 Posted an update on the status page',
          '14:27 Found the API connection pool still pointing at the old primary',
          '14:38 Restarted the checkout API pods one by one',
          '14:41 Checkout working again, error rate under 1%',
          '15:10 Confirmed no card was charged twice',
          '15:55 Shortened the pool’s DNS cache; incident resolved',
        ].join('\n'),
      );
    await amir.getByRole('button', { name: 'Add 11 events' }).click();
    await poll(() => priya.locator('.timeline-event').count()).toBe(11);

    await eventRow(priya, '13:58').locator('.pill-select').first().selectOption('other');
    await eventRow(priya, '13:58').locator('.pill-select').nth(1).selectOption('later');
    await eventRow(priya, '14:02').locator('.pill-select').first().selectOption('other');
    await eventRow(priya, '14:41').locator('.pill-select').first().selectOption('impact');
    await eventRow(priya, '15:10').locator('.pill-select').first().selectOption('diagnosis');

    const attach = async (page: Page, time: string, url: string, label: string) => {
      await page.getByRole('button', { name: `Add evidence to the event at ${time}` }).click();
      await eventRow(page, time).getByLabel('Link', { exact: true }).fill(url);
      await eventRow(page, time).getByLabel('Label (optional)').fill(label);
      await eventRow(page, time).getByRole('button', { name: 'Add link' }).click();
    };
    await attach(
      priya,
      '14:09',
      'https://grafana.example.com/alerting/checkout-error-rate',
      'Alert: checkout error rate',
    );
    await attach(amir, '14:38', 'https://github.com/acme/checkout-api/actions/runs/118842', 'Rolling restart job');
    await attach(priya, '15:55', 'https://github.com/acme/checkout-api/pull/4821', 'Pool DNS cache change');

    const ask = async (page: Page, time: string, text: string, kind: 'Question' | 'Comment' = 'Question') => {
      await page.getByRole('button', { name: `Ask or comment on the event at ${time}` }).click();
      await page.getByLabel(`Question or comment on the event at ${time}`).fill(text);
      if (kind === 'Comment') await eventRow(page, time).getByRole('radio', { name: 'Comment' }).check();
      await eventRow(page, time)
        .getByRole('button', { name: kind === 'Question' ? 'Ask' : 'Add comment', exact: true })
        .click();
    };
    await ask(amir, '14:27', 'Why did the pool not follow the failover? Does the driver cache the DNS answer?');
    await ask(priya, '14:27', 'It does: the driver kept the old address for the life of the process.', 'Comment');
    await eventRow(priya, '14:27')
      .getByRole('button', { name: /^Resolve: Why did the pool/ })
      .click();
    await ask(amir, '14:09', 'Could the alert have fired at 14:03? The threshold is 20% over five minutes.');

    const slots = priya.getByRole('list', { name: 'Suggested times' }).getByRole('button');
    await slots.nth(1).click();
    await priya.getByRole('link', { name: 'Download invite (.ics)' }).waitFor();

    // Amir is typing in an event while Priya looks: his avatar shows on that row.
    await description(amir, '14:27').click();
    await poll(() => eventRow(priya, '14:27').locator('.editing-avatars').count()).toBe(1);
    await priya.getByLabel('Meeting notes').click();
    await priya.mouse.click(1, 1);
    await priya.screenshot({ path: screenshotPath('prepare.png'), fullPage: true });

    await gotoStage(meeting, 'timeline');
    await priya.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await amir.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await description(amir, '14:27').click();
    await poll(() => eventRow(priya, '14:27').locator('.editing-avatars').count()).toBe(1);
    await priya.mouse.click(1, 1);
    await priya.screenshot({ path: screenshotPath('timeline.png'), fullPage: true });

    const jo = await openInBerlin(meeting.links.participant, phone);
    await joinWithName(jo, 'Jo Lindqvist', title);
    await jo.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
    await poll(() => jo.locator('li.timeline-event').count()).toBe(11);
    await jo.locator('.timeline-moment--started').evaluate((element) => element.scrollIntoView());
    await jo.evaluate('window.scrollBy(0, -12)');
    await jo.screenshot({ path: screenshotPath('timeline-phone.png') });
  });
});
