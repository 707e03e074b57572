import { describe, expect, it } from 'vitest';
import { buildWebhookMessage } from './buildWebhookMessage.ts';
import type { WebhookMeeting } from './WebhookEvent.ts';

const meeting: WebhookMeeting = { id: 'meeting-1234', title: 'Checkout outage', severity: 'SEV2' };
const publicUrl = 'https://debrief.example.com';

describe('buildWebhookMessage', () => {
  it('says a meeting closed, with its severity and a link to it', () => {
    expect(buildWebhookMessage({ kind: 'closed', meeting }, publicUrl)).toEqual({
      text: 'Post-mortem closed: *Checkout outage* (SEV2) · https://debrief.example.com/m/meeting-1234',
      event: 'meeting.closed',
      meeting,
      url: 'https://debrief.example.com/m/meeting-1234',
    });
  });

  it('leaves the link out without a public address', () => {
    const message = buildWebhookMessage({ kind: 'closed', meeting }, null);
    expect(message.text).toBe('Post-mortem closed: *Checkout outage* (SEV2)');
    expect(message.url).toBeNull();
  });

  it('says when a meeting is scheduled, in its own time zone', () => {
    const schedule = { at: '2026-11-25T09:00:00.000Z', timeZone: 'Europe/Berlin', durationMinutes: 90 };
    const message = buildWebhookMessage({ kind: 'scheduled', meeting, schedule }, null);
    expect(message.text).toBe(
      'Post-mortem scheduled: *Checkout outage* (SEV2) on Wed, 25 Nov 2026, 10:00 CET (Europe/Berlin, 90 minutes)',
    );
    expect(message.event).toBe('meeting.scheduled');
    expect(message.schedule).toEqual(schedule);
  });

  it('announces a publication with the link it is given, on this server or elsewhere', () => {
    expect(buildWebhookMessage({ kind: 'published', meeting, url: '/library/meeting-1234' }, publicUrl)).toMatchObject({
      text: 'Post-mortem published to the library: *Checkout outage* (SEV2) · https://debrief.example.com/library/meeting-1234',
      event: 'meeting.published',
    });
    expect(buildWebhookMessage({ kind: 'published', meeting, url: 'https://wiki.example.com/pm/1' }, null).url).toBe(
      'https://wiki.example.com/pm/1',
    );
    expect(buildWebhookMessage({ kind: 'published', meeting, url: null }, publicUrl).url).toBeNull();
  });

  it('never sends what follows a #, where Debrief keeps link tokens', () => {
    const message = buildWebhookMessage({ kind: 'published', meeting, url: '/m/meeting-1234#secret-token' }, publicUrl);
    expect(message.url).toBe('https://debrief.example.com/m/meeting-1234');
    expect(JSON.stringify(message)).not.toContain('secret-token');
  });

  it('reminds of an overdue action with its owner and due date', () => {
    const action = { id: 'a1', title: 'Add a canary to the failover', owner: 'Ana', dueDate: '2026-12-01' };
    expect(buildWebhookMessage({ kind: 'actionOverdue', meeting, action }, null)).toEqual({
      text: 'Action overdue since 2026-12-01: *Add a canary to the failover* (Ana), from *Checkout outage* (SEV2)',
      event: 'action.overdue',
      meeting,
      url: null,
      action,
    });
    const unowned = buildWebhookMessage({ kind: 'actionOverdue', meeting, action: { ...action, owner: null } }, null);
    expect(unowned.text).toContain('(no owner)');
  });

  it('keeps what people wrote from becoming chat markup, mentions or extra lines', () => {
    const title = 'Outage <!channel> & *bold*\nsecond line';
    const message = buildWebhookMessage({ kind: 'closed', meeting: { ...meeting, title } }, null);
    expect(message.text).toBe('Post-mortem closed: *Outage &lt;!channel&gt; &amp; ∗bold∗ second line* (SEV2)');
    expect(message.meeting.title).toBe(title);
  });
});
