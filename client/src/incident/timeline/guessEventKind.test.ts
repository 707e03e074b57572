import { describe, expect, it } from 'vitest';
import { guessEventKind } from './guessEventKind.ts';

describe('guessEventKind', () => {
  it.each([
    ['deploy started', 'action'],
    ['Rolled back to v2.14.3', 'action'],
    ['Alert: checkout error rate above 20%', 'detection'],
    ['On-call engineer paged', 'detection'],
    ['Posted an update on the status page', 'communication'],
    ['Found the connection pool still pointing at the old primary', 'diagnosis'],
    ['Checkout requests failing with 503', 'impact'],
    ['Incident resolved, error rate back to normal', 'resolution'],
    ['Coffee', 'other'],
  ])('“%s” is %s', (line, kind) => {
    expect(guessEventKind(line)).toBe(kind);
  });

  it.each([
    'Error rate back to baseline',
    'Latency returned to baseline in all regions',
    'Error rate under 1%',
    'the error rate dropped under 0.5%.',
    'Write error rate under 0.1%, back to baseline',
    '5xx rate below 2 %',
    'All services are operating normally.',
    'Database back online, site restored.',
    'Queue depth healthy again',
    'Since 15:30 UTC we have seen no further errors.',
    'API has fully recovered',
    'Resolved: This incident has been resolved.',
  ])('“%s” is a recovery', (line) => {
    expect(guessEventKind(line)).toBe('resolution');
  });

  it.each([
    'Checked the status page',
    'checked the AWS status page: no known issues',
    'Looking at the Cloudflare status page',
    'Reproduced the timeout against staging',
    'Correlated the spike with the 14:02 deploy',
    'Pulled the logs from the edge nodes',
  ])('“%s” is diagnosis', (line) => {
    expect(guessEventKind(line)).toBe('diagnosis');
  });

  it.each([
    ['Error rate above 5%', 'impact'],
    ['Updated the status page', 'communication'],
    ['Status page updated: investigating', 'communication'],
    ['Failed over to the replica', 'action'],
    ['Restore from the staging snapshot started', 'action'],
  ])('“%s” is still %s', (line, kind) => {
    expect(guessEventKind(line)).toBe(kind);
  });
});
