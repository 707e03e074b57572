import { describe, expect, it } from 'vitest';
import { ownerChoices, ownerKey } from './ownerChoices.ts';

const self = { id: 'p-priya', name: 'Priya Raman' };

describe('ownerChoices', () => {
  it('puts this person first, then everyone else by name, each once', () => {
    const choices = ownerChoices({
      self,
      inRoom: [
        { id: 'p-priya', name: 'Priya Raman' },
        { id: 'p-jo', name: 'Jo Lindqvist' },
        { id: 'p-amir', name: 'Amir Haddad' },
      ],
      authors: [
        { id: 'p-jo', name: 'Jo Lindqvist' },
        { id: 'p-ben', name: 'Ben Okafor' },
      ],
      current: null,
    });
    expect(choices.map((choice) => choice.label)).toEqual([
      'Priya Raman (you)',
      'Amir Haddad',
      'Ben Okafor',
      'Jo Lindqvist',
    ]);
    expect(choices[1]?.owner).toEqual({ kind: 'participant', participantId: 'p-amir', name: 'Amir Haddad' });
  });

  it('keeps the current owner when they have left, or were typed in by name', () => {
    const left = ownerChoices({
      self,
      inRoom: [],
      authors: [],
      current: { kind: 'participant', participantId: 'p-sam', name: 'Sam Okafor' },
    });
    expect(left.map((choice) => choice.key)).toEqual(['participant:p-priya', 'participant:p-sam']);

    const named = ownerChoices({ self, inRoom: [], authors: [], current: { kind: 'named', name: 'Dana Whitfield' } });
    expect(named.at(-1)).toEqual({
      key: 'named:dana whitfield',
      label: 'Dana Whitfield',
      owner: { kind: 'named', name: 'Dana Whitfield' },
    });
  });

  it('tells owners apart by participant id, and named owners by name whatever the case', () => {
    expect(ownerKey({ kind: 'participant', participantId: 'p-1', name: 'Ana' })).toBe('participant:p-1');
    expect(ownerKey({ kind: 'named', name: ' Dana Whitfield ' })).toBe(
      ownerKey({ kind: 'named', name: 'dana whitfield' }),
    );
  });
});
