import {
  type AnonymousCardResponse,
  addAction,
  addCard,
  addParkingLotItem,
  type CreateMeetingResponse,
  createActionFromParkingLot,
  getLessonSummaryText,
  groupCards,
  type LessonPrompt,
  linkActionToLesson,
  OWNER_NEEDED_MESSAGE,
  readActions,
  readCards,
  type Stage,
  setActionStatus,
  setIncidentCost,
  updateAction,
} from '@debrief/shared';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectTestClient } from '../support/connectTestClient.ts';
import { eventually } from '../support/eventually.ts';
import {
  createMeetingViaApi,
  joinWithName,
  laptop,
  openAs,
  peopleIn,
  phone,
  poll,
  screenshotPath,
  useBrowserAndApp,
} from './fixtures/meetingRoom.ts';

const title = 'Checkout outage after database failover';
const prompts = {
  helped: 'What helped us?',
  slowed: 'What slowed us down?',
  differently: 'What could we have done differently?',
  learned: 'What do we know now that we did not know before?',
} as const;

const e2e = useBrowserAndApp();

/** Moves the meeting to a stage as the facilitator's toolbar would. */
async function goto(meeting: CreateMeetingResponse, stage: Stage) {
  await sendCommand(meeting, { type: 'goto', stage });
}

async function sendCommand(meeting: CreateMeetingResponse, command: Record<string, unknown>) {
  const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${meeting.tokens.facilitator}`, 'content-type': 'application/json' },
    body: JSON.stringify(command),
  });
  expect(response.status).toBe(200);
}

/** Two people in their own browsers, in the meeting, on the lessons stage. */
async function openLessonsForTwo() {
  const meeting = await createMeetingViaApi(e2e.app.url, title);
  await goto(meeting, 'lessons');
  const [ana, ben] = await Promise.all([
    openAs(e2e.browser, meeting.links.participant),
    openAs(e2e.browser, meeting.links.participant),
  ]);
  await joinWithName(ana, 'Ana Souza', title);
  await joinWithName(ben, 'Ben Okafor', title);
  for (const page of [ana, ben]) await page.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();
  return { meeting, ana, ben };
}

function column(page: Page, prompt: LessonPrompt) {
  return page.getByRole('region', { name: prompts[prompt] });
}

async function addCardAs(page: Page, prompt: LessonPrompt, text: string) {
  const composer = column(page, prompt).getByLabel(`New card: ${prompts[prompt]}`);
  await composer.fill(text);
  await composer.press('Enter');
}

/** The card showing `text`, found by its vote button, which every voter sees whoever wrote the card. */
function cardWith(page: Page, text: string) {
  return page.locator('article.lesson-card').filter({ has: page.getByRole('button', { name: `Vote for: ${text}` }) });
}

function votesOn(page: Page, text: string) {
  return cardWith(page, text).locator('.vote__total').getAttribute('title');
}

function whereAbouts(page: Page, name: string) {
  return peopleIn(page).filter({ hasText: name }).locator('.person__where').textContent();
}

describe('lessons and actions in the browser', () => {
  it('two people add cards, vote and write the summary at the same time, and each sees it all live', async () => {
    const { ana, ben } = await openLessonsForTwo();
    const anaSummary = ana.getByLabel('Why it went wrong');
    const benSummary = ben.getByLabel('Why it went wrong');
    const helped = 'The error-rate alert fired within two minutes';
    const slowed = 'The failover runbook says nothing about connection pools';
    const learned = 'The pool keeps the old primary until a restart';

    await Promise.all([
      (async () => {
        await anaSummary.click();
        await anaSummary.pressSequentially('Writes kept going to the old primary.', { delay: 10 });
      })(),
      addCardAs(ben, 'slowed', slowed),
    ]);
    await poll(() => benSummary.inputValue()).toBe('Writes kept going to the old primary.');

    // Each person's page has one keyboard, so the two people take turns at what they do at once.
    await Promise.all([
      (async () => {
        await benSummary.click();
        await ben.keyboard.press('Control+End');
        await benSummary.pressSequentially(' Nothing in our checks covered the pool.', { delay: 10 });
      })(),
      addCardAs(ana, 'helped', helped),
    ]);
    await column(ben, 'helped').getByText(helped).waitFor();
    await Promise.all([
      (async () => {
        await anaSummary.click();
        await ana.keyboard.press('Control+Home');
        await anaSummary.pressSequentially('After the failover, ', { delay: 10 });
      })(),
      ben.getByRole('button', { name: `Vote for: ${helped}` }).click(),
    ]);
    const summary = 'After the failover, Writes kept going to the old primary. Nothing in our checks covered the pool.';
    await poll(() => anaSummary.inputValue()).toBe(summary);
    await poll(() => benSummary.inputValue()).toBe(summary);

    // Both cards reach both people; each edits their own card in place and sees the other's as text.
    await column(ana, 'slowed').getByText(slowed).waitFor();
    await column(ben, 'helped').getByText(helped).waitFor();
    await poll(() => column(ana, 'helped').getByLabel('Your card').inputValue()).toBe(helped);
    expect(await column(ben, 'helped').getByRole('textbox', { name: 'Your card' }).count()).toBe(0);
    expect(await cardWith(ben, helped).textContent()).toContain('Ana Souza');

    // Votes at the same time: totals are shared, each ballot is private.
    await addCardAs(ben, 'learned', learned);
    await Promise.all([
      ana.getByRole('button', { name: `Vote for: ${slowed}` }).click(),
      ben.getByRole('button', { name: `Vote for: ${slowed}` }).click(),
    ]);
    await ana.getByRole('button', { name: `Vote for: ${learned}` }).click();
    await poll(() => votesOn(ana, slowed)).toBe('2 votes, 1 of them yours');
    await poll(() => votesOn(ben, slowed)).toBe('2 votes, 1 of them yours');
    await poll(() => votesOn(ana, helped)).toBe('1 vote');
    await poll(() => votesOn(ana, learned)).toBe('1 vote, 1 of them yours');
    await ana.getByText('You have 1 of 3 votes left').waitFor();
    await ben.getByText('You have 1 of 3 votes left').waitFor();

    await ana.getByRole('button', { name: `Take back a vote from: ${learned}` }).click();
    await ana.getByText('You have 2 of 3 votes left').waitFor();
    await poll(() => votesOn(ben, learned)).toBe('0 votes');

    // Sorting by votes puts the most voted card of a column first.
    const statusPage = 'The status page template saved time';
    await addCardAs(ben, 'helped', statusPage);
    await ben.getByRole('button', { name: `Vote for: ${statusPage}` }).click();
    await ben.getByText('You have used all 3 of your votes').waitFor();
    expect(await ben.getByRole('button', { name: `Vote for: ${statusPage}` }).isDisabled()).toBe(true);
    await ana.getByRole('button', { name: `Vote for: ${statusPage}` }).click();
    await poll(() => votesOn(ben, statusPage)).toBe('2 votes, 1 of them yours');
    const firstHelped = (page: Page) => column(page, 'helped').locator('article.lesson-card').first();
    expect(
      await firstHelped(ben)
        .getByRole('button', { name: `Vote for: ${helped}` })
        .count(),
    ).toBe(1);
    await ben.getByLabel('Sort cards').selectOption('votes');
    await poll(() =>
      firstHelped(ben)
        .getByRole('button', { name: `Vote for: ${statusPage}` })
        .count(),
    ).toBe(1);

    // Grouping with the keyboard-friendly checkboxes; the group reaches the other person.
    await column(ana, 'helped').getByRole('button', { name: 'Group cards: What helped us?' }).click();
    await column(ana, 'helped')
      .getByRole('checkbox', { name: `Select: ${helped}` })
      .check();
    await column(ana, 'helped')
      .getByRole('checkbox', { name: `Select: ${statusPage}` })
      .check();
    await column(ana, 'helped').getByLabel('Group title').fill('Fast, clear signals');
    await column(ana, 'helped').getByRole('button', { name: 'Group selected' }).click();
    const benGroup = column(ben, 'helped').getByRole('group', { name: 'Group: Fast, clear signals' });
    await benGroup.getByText(helped).waitFor();
    await benGroup.getByRole('textbox', { name: 'Your card' }).waitFor();
    await column(ben, 'helped').getByRole('button', { name: 'Ungroup: Fast, clear signals' }).click();
    await poll(() => column(ana, 'helped').getByRole('group', { name: 'Group: Fast, clear signals' }).count()).toBe(0);
  });

  it('an anonymous card shows nobody its author, in the card or in presence', async () => {
    const { meeting, ana, ben } = await openLessonsForTwo();
    const composer = column(ana, 'differently').getByLabel(`New card: ${prompts.differently}`);
    const anonymousBox = column(ana, 'differently').getByLabel('Post anonymously');

    // Presence never shows a new card being written: Ana may decide to post it anonymously after typing it.
    await composer.click();
    await poll(() => whereAbouts(ben, 'Ana Souza')).toBe('Lessons learned');
    const seen: string[] = [];
    let typing = true;
    const anonymousText = 'I did not know I was allowed to restart production pods';
    await Promise.all([
      (async () => {
        await composer.pressSequentially(anonymousText, { delay: 20 });
        await anonymousBox.check();
        typing = false;
      })(),
      (async () => {
        while (typing) {
          seen.push((await whereAbouts(ben, 'Ana Souza')) ?? '');
          await ben.waitForTimeout(100);
        }
      })(),
    ]);
    await composer.press('Enter');
    await column(ben, 'differently').getByText(anonymousText).waitFor();
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((where) => where === 'Lessons learned')).toBe(true);
    // The next card is named again unless Ana chooses otherwise (once her own page has the server's answer, which
    // may come after Ben already sees the card).
    await poll(() => anonymousBox.isChecked()).toBe(false);

    const benCard = cardWith(ben, anonymousText);
    await poll(() => benCard.textContent()).toContain('Anonymous');
    expect(await benCard.textContent()).not.toContain('Ana');
    expect(await whereAbouts(ben, 'Ana Souza')).toBe('Lessons learned');
    // Its author is told it is theirs (from this browser's memory only), and cannot edit it in place.
    const anaCard = cardWith(ana, anonymousText);
    await poll(() => anaCard.textContent()).toContain('Anonymous · yours');
    expect(await anaCard.getByRole('textbox').count()).toBe(0);
    await anaCard.getByRole('button', { name: `Delete card: ${anonymousText}` }).waitFor();
    expect(await benCard.getByRole('button', { name: /^Delete card/ }).count()).toBe(0);

    // When the facilitator turns anonymity off, the composer says so instead of offering it.
    await sendCommand(meeting, { type: 'setAnonymousCards', allowed: false });
    await column(ana, 'differently').getByText('The facilitator turned anonymous cards off').waitFor();
    expect(await column(ana, 'differently').getByLabel('Post anonymously').count()).toBe(0);
  });

  it('a parked idea becomes an action that cannot be done until someone owns it', async () => {
    const { meeting, ana, ben } = await openLessonsForTwo();
    const idea = 'Add a failover drill to the on-call runbook';
    await ben.getByLabel('Park a solution idea').fill(idea);
    await ben.getByLabel('Park a solution idea').press('Enter');
    await ana.getByRole('region', { name: 'Parking lot' }).getByText(idea).waitFor();

    await goto(meeting, 'actions');
    for (const page of [ana, ben]) await page.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
    await ana.getByRole('button', { name: `Turn into action: ${idea}` }).click();
    const anaAction = ana.getByRole('article', { name: `Action 1: ${idea}` });
    const benAction = ben.getByRole('article', { name: `Action 1: ${idea}` });
    await benAction.waitFor();
    await ben.getByRole('region', { name: 'Start from the parking lot' }).getByText('Now an action').waitFor();

    await anaAction.getByRole('radio', { name: 'Done' }).click();
    await poll(() => anaAction.getByRole('alert').textContent()).toContain(OWNER_NEEDED_MESSAGE);
    expect(await anaAction.getByRole('radio', { name: 'Open' }).isChecked()).toBe(true);
    expect(await benAction.getByRole('radio', { name: 'Done' }).isChecked()).toBe(false);

    await anaAction.getByLabel('Owner').selectOption({ label: 'Ben Okafor' });
    await poll(() => anaAction.getByRole('alert').count()).toBe(0);
    await poll(() => benAction.getByLabel('Owner').locator('option:checked').textContent()).toBe('Ben Okafor (you)');
    await anaAction.getByRole('radio', { name: 'Done' }).check();
    await poll(() => benAction.getByRole('radio', { name: 'Done' }).isChecked()).toBe(true);

    // Someone watching sees the same, with nothing to change.
    const observer = await openAs(e2e.browser, meeting.links.observer);
    await joinWithName(observer, 'Sam Okafor', title, 'Start watching');
    const watched = observer.getByRole('article', { name: `Action 1: ${idea}` });
    await watched.getByText('Done', { exact: true }).waitFor();
    await watched.getByText('Ben Okafor').waitFor();
    expect(await watched.getByRole('radio').count()).toBe(0);
    expect(await watched.getByRole('combobox').count()).toBe(0);
    expect(await watched.getByRole('textbox').isEditable()).toBe(false);
    expect(await observer.getByRole('button', { name: /^Turn into action/ }).count()).toBe(0);
    await goto(meeting, 'lessons');
    await observer.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();
    expect(await observer.getByRole('textbox', { name: /^New card/ }).count()).toBe(0);
    expect(await observer.getByLabel('Why it went wrong').isEditable()).toBe(false);
    await observer.getByText('No cards under this prompt.').first().waitFor();
  });

  it('takes screenshots of a realistic lessons board and action list', async () => {
    const meeting = await createMeetingViaApi(e2e.app.url, title, {
      summary: 'Customers could not pay for 38 minutes',
      severity: 'SEV2',
    });
    await goto(meeting, 'lessons');
    await seedRealisticMeeting(meeting);

    const priya = await openAs(e2e.browser, meeting.links.facilitator);
    await joinWithName(priya, 'Priya Raman', title);
    const amir = await openAs(e2e.browser, meeting.links.participant);
    await joinWithName(amir, 'Amir Haddad', title);
    await priya.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();
    await priya.getByRole('button', { name: /^Vote for: The pool keeps/ }).click();
    await priya.getByRole('button', { name: /^Vote for: The failover runbook/ }).click();
    await priya.getByText('You have 1 of 3 votes left').waitFor();
    await priya.getByLabel('Sort cards').selectOption('votes');
    await addCardAs(priya, 'helped', 'Pairing with on-call from the first page: nobody debugged alone');
    await amir.getByLabel('Why it went wrong').click();
    await amir.keyboard.press('Control+End');
    await priya.getByText('Amir Haddad is typing').waitFor();
    await priya.getByLabel('Park a solution idea').focus();
    await priya.getByLabel('Park a solution idea').blur();
    await priya.mouse.move(0, 0);
    await priya.screenshot({ path: screenshotPath('lessons.png'), fullPage: true });

    const phoneView = await openAs(e2e.browser, meeting.links.participant, phone);
    await joinWithName(phoneView, 'Jo Lindqvist', title);
    await phoneView.getByRole('heading', { level: 2, name: 'Lessons learned' }).waitFor();
    // The room's header, agenda and summary come first; start the picture where the columns stack.
    // The heading comes with the agenda; the board arrives with its own chunk, so wait for it.
    await phoneView.locator('.lessons-toolbar').evaluate((toolbar) => toolbar.scrollIntoView({ block: 'start' }));
    await phoneView.evaluate('window.scrollBy(0, -16)');
    await phoneView.screenshot({ path: screenshotPath('lessons-phone.png') });

    await goto(meeting, 'actions');
    await priya.getByRole('heading', { level: 2, name: 'Actions' }).waitFor();
    await priya.setViewportSize(laptop);
    await priya.getByRole('article', { name: /^Action 1:/ }).waitFor();
    await priya.screenshot({ path: screenshotPath('actions.png'), fullPage: true });
  });
});

const people = {
  amir: { id: 'p-amir-haddad', name: 'Amir Haddad' },
  jo: { id: 'p-jo-lindqvist', name: 'Jo Lindqvist' },
  ana: { id: 'p-ana-souza', name: 'Ana Souza' },
  ben: { id: 'p-ben-okafor', name: 'Ben Okafor' },
};

/** A plausible meeting, written by the people who were in it (through a Yjs client, as their browsers would). */
async function seedRealisticMeeting(meeting: CreateMeetingResponse) {
  const client = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.participant });
  await client.synced();
  const doc = client.doc;
  const now = Date.now();
  const ids: Record<string, string> = {};
  const card = (key: string, prompt: LessonPrompt, text: string, author: { id: string; name: string }) => {
    ids[key] = `card-${key}`;
    addCard(doc, { id: ids[key], prompt, text, author, now });
  };

  doc.transact(() => {
    getLessonSummaryText(doc).insert(
      0,
      'A routine failover of the orders database promoted the replica in eu-west-1b as designed, but the checkout API’s connection pool kept sending writes to the old primary for 38 minutes. Nothing in our failover runbook or our health checks covered the pool, and the error-rate alert pointed us at the payment provider first. Restarting the API pods made the pool read the new address.',
    );
    card(
      'alert',
      'helped',
      'The checkout error-rate alert fired within two minutes of the first failed payment',
      people.jo,
    );
    card(
      'dashboard',
      'helped',
      'The database dashboard pinned in #incident-checkout showed the failover to everyone',
      people.amir,
    );
    card('statuspage', 'helped', 'The status page template let us post an update in 9 minutes', people.ana);
    card('runbook', 'slowed', 'The failover runbook says nothing about application connection pools', people.ben);
    card(
      'healthcheck',
      'slowed',
      'Pool health checks only test that a connection opens, not that it can write',
      people.amir,
    );
    card(
      'alertlink',
      'slowed',
      'The alert linked to the payment provider’s dashboard, so we looked there first',
      people.jo,
    );
    card('rehearse', 'differently', 'Rehearse a database failover in staging, with the app under load', people.ben);
    card('declare', 'differently', 'Open the incident channel sooner: we waited 11 minutes', people.ana);
    card('pool', 'learned', 'The pool keeps the old primary’s address until the process restarts', people.amir);
    card('ttl', 'learned', 'The database endpoint’s DNS TTL is 300 s, not 30 s as we assumed', people.jo);
    card('synthetic', 'learned', 'Our synthetic checkout never places a real order, so it stayed green', people.ben);
    groupCards(doc, {
      id: 'group-failover',
      title: 'Failover knowledge',
      prompt: 'slowed',
      cardIds: [ids.runbook as string, ids.healthcheck as string],
    });
    for (const [index, text] of [
      'Make the pool re-resolve the database endpoint on every reconnect',
      'Make the synthetic check place a real test order',
      'Add a failover drill to on-call onboarding',
    ].entries()) {
      addParkingLotItem(doc, {
        id: `idea-${index}`,
        text,
        author: [people.amir, people.ben, people.ana][index] ?? null,
        now,
      });
    }
    setIncidentCost(doc, { amount: 96, unit: 'person-hours' });
  });

  const anonymous = await api<AnonymousCardResponse>(meeting, 'POST', '/cards', meeting.tokens.participant, {
    prompt: 'slowed',
    text: 'I was not sure I was allowed to restart production pods without asking first',
    anonymous: true,
  });
  const anonymousId = anonymous.card.id;
  await eventually(() => expect(Object.values(readCards(doc)).flat()).toHaveLength(12));

  const ballots: [string, string[]][] = [
    ['voter-1', [ids.runbook as string, ids.pool as string, anonymousId]],
    ['voter-2', [ids.runbook as string, ids.healthcheck as string, ids.rehearse as string]],
    ['voter-3', [ids.pool as string, ids.alert as string, ids.runbook as string]],
    ['voter-4', [ids.synthetic as string, anonymousId, ids.pool as string]],
  ];
  for (const [voter, cardIds] of ballots) {
    for (const cardId of cardIds) {
      await api(
        meeting,
        'POST',
        '/votes',
        meeting.tokens.participant,
        { cardId, delta: 1 },
        { 'x-personal-key': `${voter}-secret-personal-key` },
      );
    }
  }

  doc.transact(() => {
    const action = (id: string, titleText: string, changes: Parameters<typeof updateAction>[2], lessons: string[]) => {
      addAction(doc, { id, title: titleText, now });
      updateAction(doc, id, changes);
      for (const cardId of lessons) linkActionToLesson(doc, id, cardId);
    };
    const promoted = createActionFromParkingLot(doc, 'idea-0', { actionId: 'action-pool', now });
    if (!promoted.ok) throw new Error(promoted.message);
    updateAction(doc, 'action-pool', {
      owner: { kind: 'participant', participantId: people.amir.id, name: people.amir.name },
      dueDate: '2026-12-04',
      type: 'prevent',
      cost: { unit: 'size', size: 'M' },
    });
    linkActionToLesson(doc, 'action-pool', ids.pool as string);
    linkActionToLesson(doc, 'action-pool', ids.runbook as string);
    setActionStatus(doc, 'action-pool', 'in-progress');
    action(
      'action-health',
      'Make the pool’s health check run a write, not just open a connection',
      {
        owner: { kind: 'participant', participantId: people.jo.id, name: people.jo.name },
        dueDate: '2026-12-11',
        type: 'detect',
        cost: { unit: 'size', size: 'S' },
      },
      [ids.healthcheck as string],
    );
    action(
      'action-drill',
      'Rehearse a database failover in staging every quarter, with the app under load',
      {
        owner: { kind: 'participant', participantId: people.ben.id, name: people.ben.name },
        dueDate: '2027-01-15',
        type: 'learn',
        cost: { unit: 'hours', hours: 12 },
      },
      [ids.rehearse as string, anonymousId],
    );
    action(
      'action-alert',
      'Point the error-rate alert at our own checkout dashboard',
      {
        owner: { kind: 'named', name: 'Dana Whitfield' },
        dueDate: '2026-11-27',
        type: 'detect',
        cost: { unit: 'size', size: 'S' },
      },
      [ids.alertlink as string],
    );
    setActionStatus(doc, 'action-alert', 'done');
    action(
      'action-approval',
      'Require a manual approval before any database failover',
      { type: 'prevent', cost: { unit: 'size', size: 'L' } },
      [],
    );
  });
  await eventually(async () => {
    const check = connectTestClient(e2e.app.wsUrl, meeting.id, { token: meeting.tokens.observer });
    try {
      await check.synced();
      expect(readActions(check.doc)).toHaveLength(5);
    } finally {
      check.destroy();
    }
  }, 10_000);
  client.destroy();
}

async function api<T>(
  meeting: CreateMeetingResponse,
  method: 'GET' | 'POST',
  path: string,
  token: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  return eventually(async () => {
    const response = await fetch(`${e2e.app.url}/api/meetings/${meeting.id}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const reply = (await response.json()) as T & { error?: string };
    expect(response.ok, reply.error).toBe(true);
    return reply;
  });
}
