import {
  addAction,
  addCard,
  addEventComment,
  addIncidentEvidence,
  addParkingLotItem,
  addTimelineEvent,
  createControlState,
  getLessonSummaryText,
  IncidentMoment,
  markFacilitating,
  migrateDocument,
  replaceIncidentFactText,
  scheduleMeeting,
  setEventCommentResolved,
  setIncidentCost,
  setIncidentTime,
  updateAction,
  writeCheckIn,
  writeCheckOut,
  writeControlState,
  writeMeetingMeta,
  writeVoteTotal,
} from '@debrief/shared';
import * as Y from 'yjs';

const zone = 'Europe/Berlin';
/** A time on the incident's day, as read in Berlin (an hour ahead of UTC in November). */
const at = (time: string) => new Date(Date.parse(`2026-11-18T${time}:00.000+01:00`)).toISOString();

/**
 * A closed post-mortem as a team would leave it: its content, control and rounds documents, written with the same
 * functions the app uses. The examples under docs/ are made from it.
 */
export function buildExampleMeeting(): { content: Y.Doc; control: Y.Doc; rounds: Y.Doc } {
  const content = new Y.Doc();
  const control = new Y.Doc();
  const rounds = new Y.Doc();
  migrateDocument(content, 0);
  writeMeetingMeta(content, {
    title: 'Checkout failed for 38 minutes after a database failover',
    incidentSummary: 'Orders could not be paid while the connection pool kept talking to the old primary.',
    occurredAt: at('13:02'),
    severity: 'SEV2',
    createdAt: Date.parse('2026-11-19T08:00:00Z'),
  });
  scheduleMeeting(content, { at: '2026-11-20T09:00:00.000Z', timeZone: zone, durationMinutes: 60 });
  setIncidentTime(content, IncidentMoment.started, { at: at('13:02'), timeZone: zone });
  setIncidentTime(content, IncidentMoment.detected, { at: at('13:09'), timeZone: zone });
  setIncidentTime(content, IncidentMoment.mitigated, { at: at('13:31'), timeZone: zone });
  setIncidentTime(content, IncidentMoment.resolved, { at: at('13:40'), timeZone: zone });
  replaceIncidentFactText(
    content,
    'howWeBecameAware',
    'The payment error-rate alert paged the on-call engineer seven minutes after the failover.',
  );
  replaceIncidentFactText(
    content,
    'impact',
    'About 4,100 checkouts failed; 60% of customers retried successfully after 13:40. Card holds were released within a day.',
  );
  replaceIncidentFactText(
    content,
    'howItWasSolved',
    'Restarting the checkout service made the pool resolve the new primary. A config change now sets a short DNS TTL for the pool.',
  );
  setIncidentCost(content, { amount: 18_000, unit: 'money', currency: 'EUR', hourlyRate: 90 });
  addIncidentEvidence(content, {
    id: 'ev1',
    url: 'https://grafana.example.com/d/checkout?from=1763470800000',
    label: 'Checkout error rate',
    kind: 'metric',
    addedAt: 1,
  });

  const events: [string, string, Parameters<typeof addTimelineEvent>[1]['kind'], string, boolean][] = [
    ['t1', '13:02', 'other', 'Planned failover of the payments database to the new replica', true],
    ['t2', '13:03', 'impact', 'Checkout starts answering 500 for card payments', false],
    ['t3', '13:09', 'detection', 'Payment error-rate alert pages the on-call engineer', true],
    [
      't4',
      '13:15',
      'diagnosis',
      'Database looks healthy; the checkout service still connects to the old primary',
      true,
    ],
    ['t5', '13:22', 'communication', 'Status page updated: "Some card payments are failing"', true],
    ['t6', '13:31', 'action', 'Checkout service restarted; new connections reach the new primary', true],
    ['t7', '13:40', 'resolution', 'Error rate back to normal; failed orders retried', true],
  ];
  events.forEach(([id, time, kind, description, knownAtTheTime], index) => {
    addTimelineEvent(content, {
      id,
      at: at(time),
      timeZone: zone,
      kind,
      description,
      knownAtTheTime,
      createdAt: index + 1,
      evidence:
        id === 't6'
          ? [
              {
                id: 'ev2',
                url: 'https://chat.example.com/archives/C01/p1763472660',
                label: 'Restart decision in #inc-checkout',
                kind: 'chat-message',
                addedAt: 1,
              },
            ]
          : [],
    });
  });
  addEventComment(content, 't3', {
    id: 'q1',
    authorId: 'p-ana',
    authorName: 'Ana',
    text: 'Why did the alert take seven minutes to fire?',
    createdAt: 10,
    kind: 'question',
  });
  setEventCommentResolved(content, 't3', 'q1', true);
  addEventComment(content, 't4', {
    id: 'q2',
    authorId: 'p-ben',
    authorName: 'Ben',
    text: 'Does every service cache the database address this long?',
    createdAt: 11,
    kind: 'question',
  });

  getLessonSummaryText(content).insert(
    0,
    'The failover runbook assumed clients re-resolve the database address, but the checkout pool cached it for an hour. Nothing in our tests exercised a failover with live traffic.',
  );
  const cards: [string, Parameters<typeof addCard>[1]['prompt'], string, number][] = [
    ['c1', 'helped', 'The payment dashboard showed the failing share within seconds', 2],
    ['c2', 'slowed', 'Nothing said which address the pool was using', 4],
    ['c3', 'slowed', 'The alert waits five minutes before it fires', 3],
    ['c4', 'differently', 'Rehearse failovers in staging with traffic running', 5],
    ['c5', 'learned', 'The pool caches DNS for an hour by default', 4],
  ];
  for (const [id, prompt, text, votes] of cards) {
    addCard(content, { id, prompt, text, author: null, now: 1 });
    writeVoteTotal(control, id, votes);
  }
  addAction(content, {
    id: 'a1',
    title: 'Set a 30-second DNS TTL on every database pool',
    now: 1,
    lessonCardIds: ['c5'],
  });
  updateAction(content, 'a1', {
    owner: { kind: 'named', name: 'Ana' },
    dueDate: '2026-12-04',
    type: 'prevent',
    cost: { unit: 'hours', hours: 6 },
  });
  addAction(content, {
    id: 'a2',
    title: 'Rehearse a database failover in staging each quarter',
    now: 2,
    lessonCardIds: ['c4'],
  });
  updateAction(content, 'a2', {
    owner: { kind: 'named', name: 'Ben' },
    dueDate: '2027-01-15',
    type: 'learn',
    cost: { unit: 'size', size: 'M' },
  });
  addAction(content, { id: 'a3', title: 'Show the pool’s current database address on the service dashboard', now: 3 });
  updateAction(content, 'a3', { type: 'detect', cost: { unit: 'hours', hours: 4 } });
  addParkingLotItem(content, {
    id: 'p1',
    text: 'Should payments retry on their own after a failover?',
    author: null,
    now: 1,
  });

  const state = createControlState(Date.parse('2026-11-20T09:00:00Z'));
  writeControlState(control, { ...state, stage: 'closed', closedFromStage: 'check-out' });
  const people: [string, string, boolean][] = [
    ['p-fay', 'Fay', true],
    ['p-ana', 'Ana', false],
    ['p-ben', 'Ben', false],
    ['p-chen', 'Chen', false],
  ];
  for (const [participantId, name, facilitating] of people) {
    writeCheckIn(rounds, { participantId, name, at: 1, note: null, mood: null, passed: true });
    writeCheckOut(rounds, { participantId, name, note: '', rated: false, at: 2 });
    if (facilitating) markFacilitating(rounds, participantId);
  }
  return { content, control, rounds };
}
