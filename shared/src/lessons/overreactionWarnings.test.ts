import { describe, expect, it } from 'vitest';
import {
  actionListWarnings,
  OverreactionKind,
  overreactionKindLabels,
  overreactionWarnings,
} from './overreactionWarnings.ts';

function kinds(title: string): string[] {
  return overreactionWarnings({ title }).map((warning) => warning.kind);
}

describe('overreactionWarnings: a manual gate', () => {
  it.each([
    'Require manager approval for every database change',
    'Add a manual review step before failover',
    'Two-person sign-off on production deploys',
    'Every change goes through the CAB',
    'Gate releases on the DBA team',
    'Always manually check the replica before failing over',
    'Every schema change must be reviewed by a DBA',
    'Add a manual step to verify backups before each deploy',
    'Automate the tests and require manual approval for each release',
  ])('spots it: %s', (title) => {
    expect(kinds(title)).toContain('manual-gate');
  });

  it.each([
    'Remove the manual approval step for config changes',
    'Replace the manual sign-off with an automated check',
    'Auto-approve dependency updates that pass CI',
    'Automate the manual failover test',
    'Gate deploys on passing integration tests',
    'Add a two-person on-call rotation so nobody is alone',
  ])('stays quiet when the action takes a gate away or automates it: %s', (title) => {
    expect(kinds(title)).not.toContain('manual-gate');
  });
});

describe('overreactionWarnings: a freeze', () => {
  it.each([
    'Code freeze on Fridays',
    'Stop all deploys during business hours',
    'Moratorium on schema migrations',
    'No releases until the audit is done',
    'Lock down deploys over the holidays',
  ])('spots it: %s', (title) => {
    expect(kinds(title)).toContain('freeze');
  });

  it.each([
    'Block merges that fail the failover test',
    'Pause deploys automatically when the error budget runs out',
    'Lock down SSH access to the bastion hosts',
    'Freeze the Terraform provider versions in a lock file',
  ])('stays quiet about checks, access and pinned versions: %s', (title) => {
    expect(kinds(title)).not.toContain('freeze');
  });
});

describe('overreactionWarnings: a fix for this incident alone', () => {
  it.each([
    'Hardcode the replica host in the pool config',
    'Special-case the checkout service in the router',
    'Block 10.2.3.4 at the firewall',
    'Fix INC-4821 exactly this way',
    'Make sure this exact failover never happens again',
    'Restart db-prod-03 nightly',
    'Restart web-07 every night',
    'Pin the driver to v2.14.1',
    'Raise the pool size in config/pool.yaml',
    'Raise the pool size in /etc/pgbouncer/pool.ini',
    'Add a retry only for the checkout service',
    'Add a runbook step for this incident',
  ])('spots it: %s', (title) => {
    expect(kinds(title)).toContain('too-specific');
  });

  it.each([
    'Remove hardcoded credentials from the deploy script',
    'Stop hardcoding hostnames in the pool config',
    'Add a SHA-256 checksum to backups',
    'Write logs in UTF-8 everywhere',
    'Use ISO-8601 timestamps in all logs',
    'Show the top-10 slow queries on the dashboard',
  ])('stays quiet about standards and removing workarounds: %s', (title) => {
    expect(kinds(title)).not.toContain('too-specific');
  });
});

describe('overreactionWarnings: a proportionate action', () => {
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
    'Add canary deploys with automatic rollback',
    'Add a health check to every service',
    'Add a staging environment that mirrors production',
    'Lock down production access to the on-call team',
    'Migrate to Postgres 15',
  ])('gets no warning: %s', (title) => {
    expect(overreactionWarnings({ title })).toEqual([]);
  });
});

describe('overreactionWarnings: the messages', () => {
  it('says why a manual gate rarely pays, and asks what should have caught it', () => {
    const [warning] = overreactionWarnings({ title: 'Require approval for every deploy' });
    expect(warning?.message).toMatch(/one deployment in a hundred/);
    expect(warning?.message).toMatch(/tests, staging and review/);
  });

  it('gives each kind once, in plain words that ask rather than tell', () => {
    const warnings = overreactionWarnings({ title: 'Freeze deploys and require approval and sign-off' });
    expect(warnings.map((warning) => warning.kind)).toEqual(['manual-gate', 'freeze']);
    for (const warning of warnings) expect(warning.message).toMatch(/\?$/);
  });

  it('has a short label for every kind, for the record', () => {
    for (const kind of Object.values(OverreactionKind)) expect(overreactionKindLabels[kind]).toMatch(/^[A-Z]/);
  });
});

describe('overreactionWarnings: costlier than the incident', () => {
  type Action = Parameters<typeof overreactionWarnings>[0];
  const big = { title: 'Rebuild the failover tooling', cost: { unit: 'hours', hours: 120 }, status: 'open' } as const;
  const costlier = (incident: Parameters<typeof overreactionWarnings>[1], action: Action = big) =>
    overreactionWarnings(action, incident).map((warning) => warning.kind);

  it('weighs the hours against an incident counted in person-hours', () => {
    expect(costlier({ amount: 80, unit: 'person-hours' })).toEqual(['costlier-than-incident']);
    expect(costlier({ amount: 120, unit: 'person-hours' })).toEqual([]);
    expect(costlier({ amount: 200, unit: 'person-hours' })).toEqual([]);
  });

  it('weighs the hours in money at the hourly rate', () => {
    expect(costlier({ amount: 10_000, unit: 'money', currency: 'EUR', hourlyRate: 100 })).toEqual([
      'costlier-than-incident',
    ]);
    expect(costlier({ amount: 20_000, unit: 'money', currency: 'EUR', hourlyRate: 100 })).toEqual([]);
    const large = { ...big, cost: { unit: 'size', size: 'L' } } as const;
    expect(costlier({ amount: 3000, unit: 'money', hourlyRate: 100 }, large)).toEqual(['costlier-than-incident']);
  });

  it('stays quiet when it cannot compare, or the action will not be done', () => {
    // Without a rate, hours and money cannot be compared.
    expect(costlier({ amount: 10, unit: 'money', currency: 'EUR' })).toEqual([]);
    expect(costlier(null)).toEqual([]);
    expect(costlier({ amount: 1, unit: 'person-hours' }, { ...big, status: 'wont-do' })).toEqual([]);
    expect(overreactionWarnings({ title: big.title }, { amount: 1, unit: 'person-hours' })).toEqual([]);
  });
});

describe('actionListWarnings', () => {
  const action = (hours: number, status: 'open' | 'wont-do' = 'open') =>
    ({ cost: { unit: 'hours', hours }, status }) as const;
  const listKinds = (
    list: readonly ReturnType<typeof action>[],
    limit: number,
    incident: Parameters<typeof actionListWarnings>[1] = { amount: 50, unit: 'person-hours' },
  ) => actionListWarnings(list, incident, limit).map((warning) => warning.kind);

  it('warns when the actions together cost more than the incident, not counting "won’t do"', () => {
    expect(listKinds([action(20), action(20)], 7)).toEqual([]);
    expect(listKinds([action(30), action(30)], 7)).toEqual(['together-costlier']);
    expect(listKinds([action(30), action(30, 'wont-do')], 7)).toEqual([]);
  });

  it('weighs the list in money at the hourly rate, and not at all without one', () => {
    const money = { amount: 5000, unit: 'money', currency: 'EUR', hourlyRate: 100 } as const;
    expect(listKinds([action(30), action(30)], 7, money)).toEqual(['together-costlier']);
    expect(listKinds([action(20), action(20)], 7, money)).toEqual([]);
    expect(listKinds([action(300), action(300)], 7, { amount: 5000, unit: 'money' })).toEqual([]);
  });

  it('leaves a single costly action to its own warning', () => {
    expect(listKinds([action(80)], 7)).toEqual([]);
  });

  it('warns when the list outnumbers the facilitator’s limit, not counting "won’t do"', () => {
    expect(listKinds([action(1), action(1)], 2)).toEqual([]);
    expect(listKinds([action(1), action(1), action(1)], 2)).toEqual(['too-many']);
    expect(listKinds([action(1), action(1), action(1, 'wont-do')], 2)).toEqual([]);
    const [tooMany] = actionListWarnings([action(1), action(1), action(1)], null, 2);
    expect(tooMany?.message).toBe(
      'There are 3 actions, more than the 2 the facilitator set. Long lists rarely get done: which ones matter most?',
    );
  });
});
