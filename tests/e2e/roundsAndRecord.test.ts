import {
  addAction,
  addCard,
  addIncidentEvidence,
  addTimelineEvents,
  groupCards,
  linkActionToLesson,
  type NewTimelineEvent,
  readActions,
  readTimeline,
  replaceIncidentFactText,
  replaceLessonSummary,
  setActionStatus,
  setIncidentCost,
  setIncidentTime,
  updateAction,
} from '@debrief/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectTestClient } from '../support/connectTestClient.ts';
import {
  createMeetingViaApi,
  currentStep,
  joinWithName,
  openAs,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Checkout outage after database failover';
const incident = {
  severity: 'SEV2',
  summary: 'Customers could not pay for 38 minutes',
  occurredAt: '2026-11-20T14:01:00+01:00',
};

const checkInNotes = {
  priya: 'Calm, and glad we are doing this while it is fresh.',
  amir: 'A bit tired — I was on call that night — but curious what we will find.',
  jo: 'Slightly nervous: the failover runbook was mine.',
};
const checkOutNotes = {
  priya: 'Good energy. The DNS finding alone was worth the hour.',
  amir: 'Useful, though the lessons part ran long for me.',
  jo: 'Lighter than I arrived. Thanks for keeping it about the runbook, not me.',
};

const e2e = useBrowserAndApp();

describe('check-in, check-out and the record in the browser', () => {
  it('cards stay hidden until the reveal, ratings add up, and the closed record leaves personal notes out', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title, incident);
    const command = async (body: object) => {
      const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${meeting.tokens.facilitator}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(200);
    };

    const priya = await openAs(e2e.browser, meeting.links.facilitator);
    await joinWithName(priya, 'Priya Raman', title);
    const amir = await openAs(e2e.browser, meeting.links.participant);
    await joinWithName(amir, 'Amir Haddad', title);
    const jo = await openAs(e2e.browser, meeting.links.participant);
    await joinWithName(jo, 'Jo Lindqvist', title);
    // Lena joins but has not checked in yet: the facilitator sees her as the one still to come.
    const lena = await openAs(e2e.browser, meeting.links.participant);
    await joinWithName(lena, 'Lena Fischer', title);
    const everyone = [priya, amir, jo, lena];

    await priya.getByRole('button', { name: 'Next: Check-in' }).click();
    for (const page of everyone) await poll(() => currentStep(page).textContent()).toContain('Check-in');

    // The facilitator keeps cards hidden before anyone checks in.
    await priya.getByRole('switch', { name: 'Keep cards hidden until everyone is in' }).check();
    for (const page of everyone) {
      await page.getByText('The cards are hidden until the facilitator reveals them.').waitFor();
    }

    // Priya passes first, then changes her mind; a pass is a valid check-in.
    await priya.getByRole('button', { name: 'Pass', exact: true }).click();
    await priya.getByText('You passed, and that is fine.').waitFor();
    await priya.getByRole('button', { name: 'Change my check-in' }).click();
    await checkIn(priya, checkInNotes.priya, 'Good');
    await checkIn(amir, checkInNotes.amir, 'Okay');
    await checkIn(jo, checkInNotes.jo, 'Uneasy');

    // Before the reveal each person sees their own words, and only a placeholder for everyone else's.
    await poll(() => amir.getByText('Checked in — hidden until the facilitator reveals').count()).toBe(2);
    await amir.getByText(checkInNotes.amir).waitFor();
    await amir.getByText('Only you can see this until the facilitator reveals the cards.').waitFor();
    expect(await amir.content()).not.toContain(checkInNotes.jo);
    expect(await amir.content()).not.toContain(checkInNotes.priya);
    expect(await jo.content()).not.toContain(checkInNotes.amir);

    const waiting = priya.getByRole('list', { name: 'Not checked in yet' });
    await poll(() => waiting.getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining('Lena Fischer')]);
    await priya.locator('.round__progress', { hasText: '3 of 4 checked in' }).waitFor();
    // The facilitator's controls say how far the round is, next to Next.
    await priya.getByRole('group', { name: 'Agenda' }).getByText('3 of 4 checked in').waitFor();

    await priya.getByRole('button', { name: 'Reveal all cards' }).click();
    for (const page of everyone) {
      for (const note of Object.values(checkInNotes)) await page.getByText(note).waitFor();
      await poll(() => page.getByText('Checked in — hidden until the facilitator reveals').count()).toBe(0);
    }
    const joCard = amir
      .getByRole('list', { name: 'Check-ins' })
      .getByRole('listitem')
      .filter({ hasText: 'Jo Lindqvist' });
    expect(await joCard.textContent()).toContain('Uneasy');
    expect(await priya.getByRole('button', { name: 'Reveal all cards' }).count()).toBe(0);

    // Lena, late, is still writing hers.
    await lena.getByLabel('How do you arrive?').fill('Just back from holiday, still catching up on what happened.');
    await lena.getByRole('radio', { name: 'Okay', exact: true }).check();
    await lena.getByLabel('How do you arrive?').focus();
    await lena.screenshot({ path: screenshotPath('check-in.png'), fullPage: true });

    // Content of the earlier stages, written by a participant's client as the other stage screens would.
    await writeRecordContent(meeting.id, meeting.tokens.participant);
    await castVotes(meeting.id, meeting.tokens.participant);

    await command({ type: 'goto', stage: 'check-out' });
    for (const page of everyone) await poll(() => currentStep(page).textContent()).toContain('Check-out');
    await checkOut(priya, checkOutNotes.priya, 'Mostly');
    await checkOut(amir, checkOutNotes.amir, 'Somewhat');
    await checkOut(jo, checkOutNotes.jo, 'Absolutely');

    // While the round is open, nobody sees the ratings, only how many rated: a count that moved as someone checked
    // out would say what they gave.
    const ratings = priya.getByRole('region', { name: 'Was this worth people’s time?' });
    await poll(() => ratings.textContent()).toContain('3 people have rated.');
    expect(await ratings.textContent()).not.toContain('on average');
    await poll(() => priya.getByRole('list', { name: 'Checked out', exact: true }).getByRole('listitem').count()).toBe(
      3,
    );
    await poll(() =>
      priya.getByRole('list', { name: 'Not checked out yet' }).getByRole('listitem').allInnerTexts(),
    ).toEqual([expect.stringContaining('Lena Fischer')]);
    expect(await amir.getByRole('region', { name: 'Was this worth people’s time?' }).count()).toBe(0);
    await priya.mouse.move(0, 0);
    await priya.screenshot({ path: screenshotPath('check-out.png'), fullPage: true });

    await priya.getByRole('button', { name: 'Close the meeting' }).click();
    await priya.getByRole('button', { name: 'Confirm' }).click();
    await amir.getByRole('heading', { level: 2, name: 'Closed' }).waitFor();
    const record = amir.getByRole('article', { name: 'The post-mortem record' });
    await record.getByRole('heading', { name: 'Timeline' }).waitFor();
    await poll(() => record.textContent()).toContain('3 people rated the meeting 4 out of 5 (Mostly) on average');
    const recordText = (await record.textContent()) ?? '';
    expect(recordText).toContain('API pods restarted; the error rate drops back to normal.');
    expect(recordText).toContain('Our connection pool keeps DNS answers until a connection closes');
    expect(recordText).toContain('Dana Wu');
    const pageText = await amir.content();
    for (const note of [...Object.values(checkInNotes), ...Object.values(checkOutNotes)]) {
      expect(pageText).not.toContain(note);
    }
    // Nothing on the closed page can be edited; only http(s) evidence becomes a link (besides Debrief's own pages).
    for (const field of await amir.locator('textarea, input, select, [contenteditable="true"]').all()) {
      expect(await field.isEditable()).toBe(false);
    }
    for (const href of await record
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^(https?:\/\/|\/[a-z])/);
    }
    await amir.mouse.move(0, 0);
    await amir.screenshot({ path: screenshotPath('record.png'), fullPage: true });

    const amirPhone = await amir.context().newPage();
    await amirPhone.setViewportSize(phone);
    await amirPhone.goto(amir.url());
    await amirPhone.getByRole('button', { name: 'Join the meeting' }).click();
    await amirPhone.getByRole('article', { name: 'The post-mortem record' }).getByText('The facts').waitFor();
    await amirPhone.getByRole('region', { name: 'Closed' }).evaluate((screen) => screen.scrollIntoView());
    await amirPhone.screenshot({ path: screenshotPath('record-phone.png') });
    await amirPhone.close();

    // Reopening goes back to check-out, and people can change what they wrote again.
    await priya.getByRole('button', { name: 'Reopen the meeting' }).click();
    await poll(() => currentStep(amir).textContent()).toContain('Check-out');
    await poll(() => amir.getByLabel('Meeting notes').isEditable()).toBe(true);
    await amir.getByRole('button', { name: 'Change my check-out' }).click();
    expect(await amir.getByLabel('How do you leave?').inputValue()).toBe(checkOutNotes.amir);
    expect(await amir.getByLabel('How do you leave?').isEditable()).toBe(true);
  });
});

async function checkIn(page: Page, note: string, mood: string) {
  await page.getByLabel('How do you arrive?').fill(note);
  await page.getByRole('radio', { name: mood, exact: true }).check();
  await page.getByRole('button', { name: 'Check in', exact: true }).click();
  await page.getByText('You are checked in.').waitFor();
}

async function checkOut(page: Page, note: string, worth: string) {
  await page.getByLabel('How do you leave?').fill(note);
  await page.getByRole('radio', { name: worth, exact: true }).check();
  await page.getByRole('button', { name: 'Check out', exact: true }).click();
  await page.getByText('You are checked out.').waitFor();
}

/** Writes a realistic incident, timeline, lessons and actions through a participant's own Yjs client. */
async function writeRecordContent(meetingId: string, token: string) {
  const writer = connectTestClient(e2e.app.wsUrl, meetingId, { token });
  await writer.synced();
  fillRecord(writer.doc);
  // A second client reading the same content back means the server has it all.
  const probe = connectTestClient(e2e.app.wsUrl, meetingId, { token });
  await probe.synced();
  await poll(() => readTimeline(probe.doc).length).toBe(8);
  await poll(() => readActions(probe.doc).length).toBe(4);
  writer.destroy();
  probe.destroy();
}

/** Four people spread their three votes over the lessons, through the API as the lessons screen does. */
async function castVotes(meetingId: string, token: string) {
  const ballots: Record<string, string[]> = {
    'p-voter-priya': ['card-dns', 'card-runbook', 'card-dashboards'],
    'p-voter-amir': ['card-dns', 'card-dns-unknown', 'card-drills'],
    'p-voter-jo': ['card-runbook', 'card-dns-unknown', 'card-lead'],
    'p-voter-lena': ['card-dns', 'card-runbook', 'card-dashboards'],
  };
  for (const [participantId, cardIds] of Object.entries(ballots)) {
    for (const cardId of cardIds) {
      const response = await fetch(`${e2e.app.url}/api/meetings/${meetingId}/votes`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'X-Personal-Key': `${participantId}-secret-key-0123456789`,
        },
        body: JSON.stringify({ cardId, delta: 1 }),
      });
      expect(response.status).toBe(200);
    }
  }
}

function fillRecord(doc: Y.Doc) {
  const zone = 'Europe/Berlin';
  const at = (time: string) => `2026-11-20T${time}:00+01:00`;
  setIncidentTime(doc, 'started', { at: at('14:01'), timeZone: zone });
  setIncidentTime(doc, 'detected', { at: at('14:03'), timeZone: zone });
  setIncidentTime(doc, 'mitigated', { at: at('14:21'), timeZone: zone });
  setIncidentTime(doc, 'resolved', { at: at('14:39'), timeZone: zone });
  replaceIncidentFactText(
    doc,
    'howWeBecameAware',
    'The checkout error-rate alert paged the payments on-call engineer at 14:03. Two minutes later customer support reported failed payments in #support.',
  );
  replaceIncidentFactText(
    doc,
    'impact',
    'About 4,100 checkout attempts failed over 38 minutes in every EU store. No orders or payments were lost; customers who retried after 14:21 could pay.',
  );
  replaceIncidentFactText(
    doc,
    'howItWasSolved',
    'Restarting the checkout API pods made the connection pool resolve the new primary. Errors stopped at 14:21; we watched until 14:39 before calling it resolved.',
  );
  setIncidentCost(doc, { amount: 52_000, unit: 'money', currency: 'EUR' });
  const evidence = [
    {
      url: 'https://grafana.example.com/d/checkout/errors?from=1763643600000',
      label: 'Checkout error rate',
      kind: 'metric',
    },
    {
      url: 'https://logs.example.com/app/checkout-api?q=ConnectionTimeout',
      label: 'API connection timeouts',
      kind: 'log',
    },
    {
      url: 'https://chat.example.com/archives/C0INCIDENT/p1763643900',
      label: 'Incident channel',
      kind: 'chat-message',
    },
    { url: 'https://git.example.com/payments/checkout-api/-/merge_requests/812', label: '', kind: 'merge-request' },
  ] as const;
  evidence.forEach((link, index) => {
    addIncidentEvidence(doc, { id: `evidence-${index}`, addedAt: 1_763_650_000_000 + index, ...link });
  });

  const events: [string, NewTimelineEvent['kind'], string, boolean?][] = [
    [
      '14:01',
      'action',
      'Planned maintenance on the primary database host; the database fails over to the replica in eu-west-1b.',
    ],
    [
      '14:01',
      'impact',
      'Checkout API starts returning errors: its pooled connections still point at the old primary.',
      false,
    ],
    ['14:03', 'detection', 'Alert: checkout error rate above 20%. Payments on-call paged.'],
    ['14:05', 'communication', 'Support reports failed payments in #support; incident channel opened.'],
    ['14:09', 'diagnosis', 'Database dashboards look healthy, so we check the payment provider first.'],
    ['14:16', 'diagnosis', 'API logs show connection timeouts to the old primary’s address.'],
    ['14:21', 'action', 'API pods restarted; the error rate drops back to normal.'],
    ['14:39', 'resolution', 'No errors for 18 minutes: incident resolved and the status page updated.'],
  ];
  addTimelineEvents(
    doc,
    events.map(([time, kind, description, knownAtTheTime], index) => ({
      id: `event-${index}`,
      at: at(time),
      timeZone: zone,
      kind,
      description,
      knownAtTheTime: knownAtTheTime ?? true,
      createdAt: 1_763_650_000_000 + index,
    })),
  );

  replaceLessonSummary(
    doc,
    'The database failover worked as designed, but the checkout API kept its pooled connections to the old primary: the pool keeps DNS answers for the life of a connection. Our failover runbook checked the database, not its clients, and the alert told us checkout was failing but not why, so we spent the first quarter of an hour looking at the payment provider.',
  );
  const cards: [string, 'helped' | 'slowed' | 'differently' | 'learned', string][] = [
    ['card-alert', 'helped', 'The error-rate alert paged us within two minutes.'],
    ['card-support', 'helped', 'Support posted failed payments in the incident channel straight away.'],
    ['card-restart', 'helped', 'The restart runbook for the checkout API was up to date.'],
    [
      'card-dashboards',
      'slowed',
      'Database dashboards showed everything healthy, so we looked at the payment provider first.',
    ],
    ['card-alert-why', 'slowed', 'The alert said checkout was failing, not why.'],
    ['card-dns-unknown', 'slowed', 'Nobody on call knew the pool caches DNS per connection.'],
    ['card-runbook', 'differently', 'Check every client’s connections as part of the failover runbook.'],
    ['card-lead', 'differently', 'Name an incident lead as soon as the channel opens.'],
    ['card-dns', 'learned', 'Our connection pool keeps DNS answers until a connection closes.'],
    ['card-drills', 'learned', 'Failover drills only ever tested the database, not its clients.'],
  ];
  cards.forEach(([id, prompt, text], index) => {
    addCard(doc, { id, prompt, text, author: { id: 'p-writer', name: 'Amir Haddad' }, now: 1_763_650_000_000 + index });
  });
  groupCards(doc, {
    id: 'group-signals',
    title: 'Misleading signals',
    prompt: 'slowed',
    cardIds: ['card-dashboards', 'card-alert-why'],
  });

  const actions = [
    {
      id: 'action-runbook',
      title: 'Add a connection check for every client to the database failover runbook',
      owner: 'Jo Lindqvist',
      type: 'prevent',
      dueDate: '2026-12-04',
      cost: { unit: 'size', size: 'M' },
      status: 'in-progress',
      lesson: 'card-runbook',
    },
    {
      id: 'action-lifetime',
      title: 'Cap the checkout API pool’s connection lifetime at 5 minutes',
      owner: 'Amir Haddad',
      type: 'mitigate',
      dueDate: '2026-11-27',
      cost: { unit: 'hours', hours: 6 },
      status: 'done',
      lesson: 'card-dns',
    },
    {
      id: 'action-alert',
      title: 'Alert on database connection errors in the checkout API, not only on the error rate',
      owner: 'Priya Raman',
      type: 'detect',
      dueDate: '2026-12-11',
      cost: { unit: 'size', size: 'S' },
      status: 'open',
      lesson: 'card-alert-why',
    },
    {
      id: 'action-drill',
      title: 'Include application clients in the quarterly failover drill',
      owner: 'Dana Wu',
      type: 'learn',
      dueDate: '2027-01-15',
      cost: { unit: 'size', size: 'L' },
      status: 'open',
      lesson: 'card-drills',
    },
  ] as const;
  actions.forEach((action, index) => {
    addAction(doc, { id: action.id, title: action.title, now: 1_763_650_100_000 + index });
    expect(
      updateAction(doc, action.id, {
        owner: { kind: 'named', name: action.owner },
        type: action.type,
        dueDate: action.dueDate,
        cost: action.cost,
      }).ok,
    ).toBe(true);
    expect(setActionStatus(doc, action.id, action.status).ok).toBe(true);
    linkActionToLesson(doc, action.id, action.lesson);
  });
}
