import { describe, expect, it } from 'vitest';
import { describeAlertNotice, MAX_ALERTS_PER_NOTIFICATION, readAlertPayload } from './readAlertPayload.ts';

const received = Date.parse('2026-11-02T15:00:00Z');

const alertmanagerNotification = {
  version: '4',
  groupKey: '{}:{alertname="HighErrorRate"}',
  status: 'firing',
  receiver: 'debrief',
  groupLabels: { alertname: 'HighErrorRate' },
  commonLabels: { alertname: 'HighErrorRate', severity: 'critical' },
  commonAnnotations: { summary: 'Checkout error rate above 5%' },
  externalURL: 'http://alertmanager.example.com:9093',
  alerts: [
    {
      status: 'firing',
      labels: { alertname: 'HighErrorRate', severity: 'critical', service: 'checkout' },
      annotations: { summary: 'Checkout error rate above 5%' },
      startsAt: '2026-11-02T14:02:10.123+01:00',
      endsAt: '0001-01-01T00:00:00Z',
      generatorURL: 'http://prometheus.example.com:9090/graph?g0.expr=rate',
      fingerprint: 'c0ffee1234',
    },
    {
      status: 'resolved',
      labels: { alertname: 'DiskFull', instance: 'db-1' },
      annotations: { description: 'Disk on db-1 is back under 80%' },
      startsAt: '2026-11-02T13:00:00Z',
      endsAt: '2026-11-02T14:30:00Z',
      generatorURL: 'javascript:alert(1)',
      fingerprint: 'd15c',
    },
  ],
};

describe('readAlertPayload', () => {
  it('reads an Alertmanager notification: status, name, summary, labels, time and a safe link', () => {
    const reading = readAlertPayload(alertmanagerNotification, received);
    expect(reading).toEqual({
      ok: true,
      notices: [
        {
          source: 'Alertmanager',
          status: 'firing',
          name: 'HighErrorRate',
          summary: 'Checkout error rate above 5%',
          labels: [
            ['severity', 'critical'],
            ['service', 'checkout'],
          ],
          at: '2026-11-02T13:02:10.123Z',
          fingerprint: 'c0ffee1234',
          link: 'http://prometheus.example.com:9090/graph?g0.expr=rate',
        },
        {
          source: 'Alertmanager',
          status: 'resolved',
          name: 'DiskFull',
          summary: 'Disk on db-1 is back under 80%',
          labels: [['instance', 'db-1']],
          at: '2026-11-02T14:30:00.000Z',
          fingerprint: 'd15c',
          link: null,
        },
      ],
    });
  });

  it('knows Grafana’s alerting by its org and panel links, and prefers the panel link', () => {
    const reading = readAlertPayload(
      {
        ...alertmanagerNotification,
        orgId: 1,
        title: '[FIRING:1] HighErrorRate',
        alerts: [
          {
            ...alertmanagerNotification.alerts[0],
            panelURL: 'https://grafana.example.com/d/abc?viewPanel=2',
            dashboardURL: 'https://grafana.example.com/d/abc',
          },
        ],
      },
      received,
    );
    expect(reading.ok && reading.notices[0]?.source).toBe('Grafana');
    expect(reading.ok && reading.notices[0]?.link).toBe('https://grafana.example.com/d/abc?viewPanel=2');
  });

  it('reads a legacy Grafana notification, timed when it arrived', () => {
    const reading = readAlertPayload(
      {
        title: '[Alerting] Queue depth',
        ruleId: 7,
        ruleName: 'Queue depth',
        ruleUrl: 'https://grafana.example.com/d/q',
        state: 'ok',
        message: 'Queue is draining',
        tags: { team: 'payments' },
      },
      received,
    );
    expect(reading).toEqual({
      ok: true,
      notices: [
        {
          source: 'Grafana',
          status: 'resolved',
          name: 'Queue depth',
          summary: 'Queue is draining',
          labels: [['team', 'payments']],
          at: '2026-11-02T15:00:00.000Z',
          fingerprint: 'rule:7',
          link: 'https://grafana.example.com/d/q',
        },
      ],
    });
  });

  it.each([
    [null, 'The body must be the JSON object Alertmanager or Grafana sends to a webhook'],
    [[], 'The body must be the JSON object Alertmanager or Grafana sends to a webhook'],
    [
      { text: 'hello' },
      'This is not an Alertmanager or Grafana notification: it has no "alerts" list and no "ruleName"',
    ],
    [{ alerts: [] }, 'The notification has no alerts in its "alerts" list'],
    [{ alerts: [7] }, 'Alert 1 is not an object'],
    [{ alerts: [{ status: 'odd', labels: {} }] }, 'Alert 1: "status" must be "firing" or "resolved"'],
    [{ alerts: [{ status: 'firing', labels: 'x' }] }, 'Alert 1: "labels" must be an object of names and values'],
    [
      { alerts: [{ status: 'firing', labels: {}, startsAt: 'yesterday' }] },
      'Alert 1: "startsAt" must be a date and time such as 2026-11-02T14:02:00Z',
    ],
    [
      {
        alerts: [{ status: 'resolved', labels: {}, startsAt: '2026-11-02T13:00:00Z', endsAt: '0001-01-01T00:00:00Z' }],
      },
      'Alert 1: "endsAt" must be a date and time such as 2026-11-02T14:02:00Z',
    ],
    [{ ruleName: 'x', state: 'weird' }, '"state" must be "alerting", "ok" or "no_data"'],
  ])('refuses %j with a clear message', (body, message) => {
    expect(readAlertPayload(body, received)).toEqual({ ok: false, message });
  });

  it('reads at most a hundred alerts from one notification', () => {
    const alert = alertmanagerNotification.alerts[0];
    const many = { alerts: Array.from({ length: 150 }, (_, i) => ({ ...alert, fingerprint: `f${i}` })) };
    const reading = readAlertPayload(many, received);
    expect(reading.ok && reading.notices.length).toBe(MAX_ALERTS_PER_NOTIFICATION);
  });

  it('describes a notice in a line for the timeline', () => {
    const reading = readAlertPayload(alertmanagerNotification, received);
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.notices.map(describeAlertNotice)).toEqual([
      'Alertmanager alert firing: HighErrorRate – Checkout error rate above 5% (severity=critical, service=checkout)',
      'Alertmanager alert resolved: DiskFull – Disk on db-1 is back under 80% (instance=db-1)',
    ]);
  });
});
