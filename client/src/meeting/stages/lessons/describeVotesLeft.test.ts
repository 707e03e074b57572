import { describe, expect, it } from 'vitest';
import { describeVotesLeft } from './describeVotesLeft.ts';

describe('describeVotesLeft', () => {
  it('counts what is left out of the facilitator’s allowance', () => {
    expect(describeVotesLeft(3, 2)).toBe('You have 2 of 3 votes left');
    expect(describeVotesLeft(3, 3)).toBe('You have 3 of 3 votes left');
    expect(describeVotesLeft(1, 1)).toBe('You have 1 of 1 vote left');
  });

  it('says when every vote is used, and when voting is off', () => {
    expect(describeVotesLeft(3, 0)).toBe('You have used all 3 of your votes');
    expect(describeVotesLeft(1, 0)).toBe('You have used your vote');
    expect(describeVotesLeft(0, 0)).toBe('Voting is off for now');
  });
});
