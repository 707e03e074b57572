import { describe, expect, it } from 'vitest';
import { overreactionWarnings } from './overreactionWarnings.ts';

function kinds(title: string): string[] {
  return overreactionWarnings({ title }).map((warning) => warning.kind);
}

describe('overreactionWarnings', () => {
  it.each([
    'Require manager approval for every database change',
    'Add a manual review step before failover',
    'Two-person sign-off on production deploys',
    'Every change goes through the CAB',
    'Gate releases on the DBA team',
  ])('spots a manual gate: %s', (title) => {
    expect(kinds(title)).toContain('manual-gate');
  });

  it.each([
    'Code freeze on Fridays',
    'Stop all deploys during business hours',
    'Moratorium on schema migrations',
    'No releases until the audit is done',
  ])('spots a freeze: %s', (title) => {
    expect(kinds(title)).toContain('freeze');
  });

  it.each([
    'Hardcode the replica host in the pool config',
    'Special-case the checkout service in the router',
    'Block 10.2.3.4 at the firewall',
    'Fix INC-4821 exactly this way',
    'Make sure this exact failover never happens again',
  ])('spots a fix for this incident alone: %s', (title) => {
    expect(kinds(title)).toContain('too-specific');
  });

  it.each([
    'Alert when replica lag exceeds 10 seconds',
    'Run a failover game day every quarter',
    'Document how the connection pool picks its primary',
    'Aggregate logs from every database node',
  ])('stays quiet about a proportionate action: %s', (title) => {
    expect(overreactionWarnings({ title })).toEqual([]);
  });

  it('gives each kind once, in plain words', () => {
    const warnings = overreactionWarnings({ title: 'Freeze deploys and require approval and sign-off' });
    expect(warnings.map((warning) => warning.kind)).toEqual(['manual-gate', 'freeze']);
    for (const warning of warnings) expect(warning.message).toMatch(/\?$/);
  });
});
