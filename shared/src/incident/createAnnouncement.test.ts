import { describe, expect, it } from 'vitest';
import { type AnnouncementInput, createAnnouncement } from './createAnnouncement.ts';

const input: AnnouncementInput = {
  title: 'Checkout outage after database failover',
  severity: 'SEV2',
  start: '2026-11-24T09:00:00Z',
  timeZone: 'Europe/Berlin',
  observerLink: 'https://debrief.example.com/m/AbCdEfGh12345678/watch#token=abc',
  summary: 'Card payments failed for EU customers for about two hours.',
  durationMinutes: 60,
};

describe('createAnnouncement', () => {
  it('invites anyone to watch, with the title, severity, time and observer link', () => {
    const text = createAnnouncement(input);
    expect(text.split('\n')[0]).toBe('Open post-mortem: Checkout outage after database failover (SEV2 — major)');
    expect(text).toMatch(/anyone in the company is welcome to watch/);
    expect(text).toContain('What happened: Card payments failed for EU customers for about two hours.');
    expect(text).toContain('When: Tue 24 Nov 2026, 10:00–11:00 CET (Europe/Berlin)');
    expect(text).toContain(`Watch live: ${input.observerLink}`);
  });

  it('is blameless in tone: about systems and processes, not people at fault', () => {
    const text = createAnnouncement(input);
    expect(text).toMatch(/blameless/);
    expect(text).toMatch(/systems and processes/);
    expect(text).not.toMatch(/\b(fault|guilty|culprit|mistake|careless|responsible for the (outage|incident))\b/i);
    expect(text.replace(/blameless/g, '')).not.toMatch(/blame/i);
  });

  it('leaves out an empty summary and the end time when no duration is given', () => {
    const text = createAnnouncement({ ...input, summary: '  ', durationMinutes: undefined });
    expect(text).not.toContain('What happened');
    expect(text).not.toContain('until');
    expect(text).not.toMatch(/\n\n\n/);
  });

  it('refuses a link that is not http(s) and an invalid start', () => {
    expect(() => createAnnouncement({ ...input, observerLink: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => createAnnouncement({ ...input, start: 'soon' })).toThrow(RangeError);
  });
});

describe('createAnnouncement layout', () => {
  it('keeps each paragraph on one line, for chat tools to wrap', () => {
    const lines = createAnnouncement(input).split('\n');
    expect(lines.at(-1)).toMatch(/^We will walk through .* join whenever suits you\.$/);
  });
});
