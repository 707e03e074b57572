import { describe, expect, it } from 'vitest';
import { actionListWarnings, overreactionWarnings } from './overreactionWarnings.ts';

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
    'Always manually check the replica before failing over',
    'Every schema change must be reviewed by a DBA',
    'Add a manual step to verify backups before each deploy',
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
    'Restart db-prod-03 nightly',
    'Pin the driver to v2.14.1',
    'Raise the pool size in config/pool.yaml',
    'Add a retry only for the checkout service',
    'Add a runbook step for this incident',
  ])('spots a fix for this incident alone: %s', (title) => {
    expect(kinds(title)).toContain('too-specific');
  });

  it.each([
    'Alert when replica lag exceeds 10 seconds',
    'Run a failover game day every quarter',
    'Document how the connection pool picks its primary',
    'Aggregate logs from every database node',
    'Add an automated check for config drift',
    'Review the alert thresholds',
    'Document the failover runbook',
    'Add a quality gate in CI that runs the failover test',
    'Alert when the error rate stays above 5% for 10 minutes',
    'Make the pool refresh its primary within 30 seconds',
  ])('stays quiet about a proportionate action: %s', (title) => {
    expect(overreactionWarnings({ title })).toEqual([]);
  });

  it('says why a manual gate rarely pays, and asks what should have caught it', () => {
    const [warning] = overreactionWarnings({ title: 'Require approval for every deploy' });
    expect(warning?.message).toMatch(/one deployment in a hundred/);
    expect(warning?.message).toMatch(/tests, staging and review/);
  });

  it('warns when one action would cost more than the incident, in hours or at the hourly rate', () => {
    const big = { title: 'Rebuild the failover tooling', cost: { unit: 'hours', hours: 120 }, status: 'open' } as const;
    const costlier = (incident: Parameters<typeof overreactionWarnings>[1]) =>
      overreactionWarnings(big, incident).map((warning) => warning.kind);
    expect(costlier({ amount: 80, unit: 'person-hours' })).toEqual(['costlier-than-incident']);
    expect(costlier({ amount: 200, unit: 'person-hours' })).toEqual([]);
    expect(costlier({ amount: 10_000, unit: 'money', currency: 'EUR', hourlyRate: 100 })).toEqual([
      'costlier-than-incident',
    ]);
    expect(costlier({ amount: 20_000, unit: 'money', currency: 'EUR', hourlyRate: 100 })).toEqual([]);
    // Without a rate, hours and money cannot be compared: no warning either way.
    expect(costlier({ amount: 10, unit: 'money', currency: 'EUR' })).toEqual([]);
    expect(costlier(null)).toEqual([]);
    expect(overreactionWarnings({ ...big, status: 'wont-do' }, { amount: 1, unit: 'person-hours' })).toEqual([]);
  });

  it('warns when the actions together cost more than the incident, or outnumber the facilitator’s limit', () => {
    const action = (hours: number, status: 'open' | 'wont-do' = 'open') =>
      ({ cost: { unit: 'hours', hours }, status }) as const;
    const kinds = (list: readonly ReturnType<typeof action>[], limit: number) =>
      actionListWarnings(list, { amount: 50, unit: 'person-hours' }, limit).map((warning) => warning.kind);
    expect(kinds([action(20), action(20)], 7)).toEqual([]);
    expect(kinds([action(30), action(30)], 7)).toEqual(['together-costlier']);
    expect(kinds([action(30), action(30, 'wont-do')], 7)).toEqual([]);
    expect(kinds([action(1), action(1), action(1)], 2)).toEqual(['too-many']);
    expect(kinds([action(1), action(1), action(1, 'wont-do')], 2)).toEqual([]);
    const [tooMany] = actionListWarnings([action(1), action(1), action(1)], null, 2);
    expect(tooMany?.message).toBe(
      'There are 3 actions, more than the 2 the facilitator set. Long lists rarely get done: which ones matter most?',
    );
  });

  it('gives each kind once, in plain words', () => {
    const warnings = overreactionWarnings({ title: 'Freeze deploys and require approval and sign-off' });
    expect(warnings.map((warning) => warning.kind)).toEqual(['manual-gate', 'freeze']);
    for (const warning of warnings) expect(warning.message).toMatch(/\?$/);
  });
});
