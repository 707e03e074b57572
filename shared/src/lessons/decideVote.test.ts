import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getControlRootMap } from '../doc/docSchema.ts';
import { decideVote, summariseMyVotes } from './decideVote.ts';
import { addCard, deleteCard } from './lessonCards.ts';
import { readVoteTotals, writeVoteTotal } from './voteTotals.ts';

const live = new Set(['c1', 'c2', 'c3']);

describe('summariseMyVotes', () => {
  it('counts votes on cards that still exist, handing back votes on deleted ones', () => {
    expect(summariseMyVotes(3, { c1: 2, gone: 1 }, live)).toEqual({
      votesPerPerson: 3,
      used: 2,
      remaining: 1,
      cards: { c1: 2 },
    });
  });

  it('never has negative votes left when the facilitator lowers the budget', () => {
    expect(summariseMyVotes(1, { c1: 2, c2: 1 }, live)).toMatchObject({ used: 3, remaining: 0 });
  });
});

describe('decideVote', () => {
  it('adds votes, stacking on one card, up to the budget', () => {
    let mine = summariseMyVotes(2, {}, live);
    const first = decideVote(mine, 'c1', 1);
    expect(first).toEqual({ ok: true, count: 1 });
    mine = summariseMyVotes(2, { c1: 1 }, live);
    expect(decideVote(mine, 'c1', 1)).toEqual({ ok: true, count: 2 });
    mine = summariseMyVotes(2, { c1: 2 }, live);
    expect(decideVote(mine, 'c2', 1)).toEqual({
      ok: false,
      message: 'You have used all 2 of your votes; take one back first',
    });
  });

  it('takes a vote back, never below zero', () => {
    const mine = summariseMyVotes(3, { c1: 1 }, live);
    expect(decideVote(mine, 'c1', -1)).toEqual({ ok: true, count: 0 });
    expect(decideVote(mine, 'c2', -1)).toEqual({ ok: false, message: 'You have no vote on this card to take back' });
  });

  it('says plainly when voting is off, and still lets people take votes back', () => {
    const mine = summariseMyVotes(0, { c1: 1 }, live);
    expect(decideVote(mine, 'c2', 1)).toEqual({
      ok: false,
      message: 'Voting is off: the facilitator gave everyone 0 votes',
    });
    expect(decideVote(mine, 'c1', -1)).toEqual({ ok: true, count: 0 });
    expect(decideVote(summariseMyVotes(1, { c1: 1 }, live), 'c2', 1)).toMatchObject({
      message: 'You have used all 1 of your vote; take one back first',
    });
  });
});

describe('vote totals', () => {
  it('reads every live card’s total, 0 when it has none, ignoring junk and deleted cards', () => {
    const doc = new Y.Doc();
    const control = new Y.Doc();
    for (const id of ['c1', 'c2', 'c3']) addCard(doc, { id, prompt: 'slowed', text: id, author: null, now: 1 });
    writeVoteTotal(control, 'c1', 3);
    writeVoteTotal(control, 'c3', 1);
    getControlRootMap(control, 'voteTotals').set('c2', 'lots');
    expect(readVoteTotals(control, doc)).toEqual({ c1: 3, c2: 0, c3: 1 });
    deleteCard(doc, 'c3');
    expect(readVoteTotals(control, doc)).toEqual({ c1: 3, c2: 0 });
  });

  it('writes only when the total changes, and removes a zero total', () => {
    const doc = new Y.Doc();
    const control = new Y.Doc();
    addCard(doc, { id: 'c1', prompt: 'slowed', text: 'x', author: null, now: 1 });
    let updates = 0;
    control.on('update', () => updates++);
    writeVoteTotal(control, 'c1', 2);
    writeVoteTotal(control, 'c1', 2);
    expect(updates).toBe(1);
    writeVoteTotal(control, 'c1', 0);
    expect(getControlRootMap(control, 'voteTotals').has('c1')).toBe(false);
    expect(readVoteTotals(control, doc)).toEqual({ c1: 0 });
    expect(doc.share.has('votes')).toBe(false);
  });
});
