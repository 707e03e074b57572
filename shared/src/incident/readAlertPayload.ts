import { isSafeHttpUrl } from './isSafeHttpUrl.ts';

/** Where an alert came from, as people know the tools. */
export type AlertSource = 'Alertmanager' | 'Grafana';

/** One alert's firing or resolution, read from a webhook notification. */
export interface AlertNotice {
  readonly source: AlertSource;
  readonly status: 'firing' | 'resolved';
  /** The alert's name (its `alertname` label, or the rule's name). */
  readonly name: string;
  /** Its summary or description annotation, or the notification's message; may be empty. */
  readonly summary: string;
  /** Its labels, other than the name, in the order sent. */
  readonly labels: readonly (readonly [string, string])[];
  /** When it started firing, or when it resolved: ISO 8601 in UTC. */
  readonly at: string;
  /** Stays the same for the same alert across notifications; with `status` and `at` it tells repeats apart. */
  readonly fingerprint: string;
  /** A link to the alert's source (its graph, panel or rule), only ever http(s). */
  readonly link: string | null;
}

export type AlertPayloadReading = { ok: true; notices: AlertNotice[] } | { ok: false; message: string };

/** At most this many alerts are read from one notification; Alertmanager's own `max_alerts` is usually far lower. */
export const MAX_ALERTS_PER_NOTIFICATION = 100;
const MAX_NAME = 200;
const MAX_SUMMARY = 2000;
const MAX_LABELS = 30;
const MAX_LABEL_TEXT = 200;

/**
 * Reads an Alertmanager webhook notification (`version: "4"`, which Grafana's alerting also sends, with a few
 * fields of its own) or a legacy Grafana alert notification (`ruleName`, `state`). `receivedAt` stands in for a
 * time a legacy notification does not carry.
 */
export function readAlertPayload(body: unknown, receivedAt: number): AlertPayloadReading {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail('The body must be the JSON object Alertmanager or Grafana sends to a webhook');
  }
  const payload = body as Record<string, unknown>;
  if (Array.isArray(payload.alerts)) return readAlertmanager(payload);
  if (typeof payload.ruleName === 'string' || typeof payload.ruleId === 'number') {
    return readLegacyGrafana(payload, receivedAt);
  }
  return fail('This is not an Alertmanager or Grafana notification: it has no "alerts" list and no "ruleName"');
}

function readAlertmanager(payload: Record<string, unknown>): AlertPayloadReading {
  const alerts = payload.alerts as unknown[];
  if (alerts.length === 0) return fail('The notification has no alerts in its "alerts" list');
  // Grafana's notifications name their org and carry panel links; Alertmanager's do not.
  const source: AlertSource =
    'orgId' in payload || alerts.some((alert) => hasGrafanaLinks(alert)) ? 'Grafana' : 'Alertmanager';
  const common = record(payload.commonAnnotations);
  const notices: AlertNotice[] = [];
  for (const [index, raw] of alerts.slice(0, MAX_ALERTS_PER_NOTIFICATION).entries()) {
    const where = `Alert ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) return fail(`${where} is not an object`);
    const alert = raw as Record<string, unknown>;
    const status = alert.status ?? payload.status;
    if (status !== 'firing' && status !== 'resolved') {
      return fail(`${where}: "status" must be "firing" or "resolved"`);
    }
    const labels = record(alert.labels);
    if (labels === null) return fail(`${where}: "labels" must be an object of names and values`);
    const annotations = record(alert.annotations) ?? {};
    const time = status === 'resolved' ? alert.endsAt : alert.startsAt;
    const at = readTime(time);
    if (at === null) {
      return fail(
        `${where}: "${status === 'resolved' ? 'endsAt' : 'startsAt'}" must be a date and time such as 2026-11-02T14:02:00Z`,
      );
    }
    const name = text(labels.alertname, MAX_NAME) || text(payload.groupKey, MAX_NAME) || 'Unnamed alert';
    const summary =
      text(annotations.summary, MAX_SUMMARY) ||
      text(annotations.description, MAX_SUMMARY) ||
      text(common?.summary, MAX_SUMMARY) ||
      text(annotations.message, MAX_SUMMARY);
    const fingerprint = text(alert.fingerprint, MAX_NAME) || labelKey(labels);
    const link = [alert.panelURL, alert.dashboardURL, alert.generatorURL].find(isSafeHttpUrl) ?? null;
    notices.push({
      source,
      status,
      name,
      summary,
      labels: Object.entries(labels)
        .filter(([key, value]) => key !== 'alertname' && key !== '__alert_rule_uid__' && typeof value === 'string')
        .slice(0, MAX_LABELS)
        .map(([key, value]) => [key.slice(0, MAX_LABEL_TEXT), String(value).slice(0, MAX_LABEL_TEXT)] as const),
      at,
      fingerprint,
      link,
    });
  }
  return { ok: true, notices };
}

function readLegacyGrafana(payload: Record<string, unknown>, receivedAt: number): AlertPayloadReading {
  const state = payload.state;
  if (state !== 'alerting' && state !== 'ok' && state !== 'no_data') {
    return fail('"state" must be "alerting", "ok" or "no_data"');
  }
  const name = text(payload.ruleName, MAX_NAME) || text(payload.title, MAX_NAME) || 'Unnamed alert';
  const tags = record(payload.tags) ?? {};
  return {
    ok: true,
    notices: [
      {
        source: 'Grafana',
        status: state === 'ok' ? 'resolved' : 'firing',
        name,
        summary: text(payload.message, MAX_SUMMARY),
        labels: Object.entries(tags)
          .filter(([, value]) => typeof value === 'string')
          .slice(0, MAX_LABELS)
          .map(([key, value]) => [key.slice(0, MAX_LABEL_TEXT), String(value).slice(0, MAX_LABEL_TEXT)] as const),
        at: new Date(receivedAt).toISOString(),
        fingerprint: `rule:${typeof payload.ruleId === 'number' ? payload.ruleId : name}`,
        link: isSafeHttpUrl(payload.ruleUrl) ? payload.ruleUrl : null,
      },
    ],
  };
}

/** How a notice reads on the timeline: what happened, then its labels. */
export function describeAlertNotice(notice: AlertNotice): string {
  const head = `${notice.source} alert ${notice.status === 'firing' ? 'firing' : 'resolved'}: ${notice.name}`;
  const summary = notice.summary ? ` – ${notice.summary}` : '';
  const labels =
    notice.labels.length > 0 ? ` (${notice.labels.map(([key, value]) => `${key}=${value}`).join(', ')})` : '';
  return `${head}${summary}${labels}`;
}

function hasGrafanaLinks(alert: unknown): boolean {
  return typeof alert === 'object' && alert !== null && ('panelURL' in alert || 'dashboardURL' in alert);
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim().slice(0, max) : '';
}

function readTime(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const ms = Date.parse(value);
  // Alertmanager sends 0001-01-01T00:00:00Z as "not yet" for a firing alert's end.
  if (!Number.isFinite(ms) || ms <= 0) return null;
  return new Date(ms).toISOString();
}

function labelKey(labels: Record<string, unknown>): string {
  return Object.keys(labels)
    .sort()
    .map((key) => `${key}=${String(labels[key])}`)
    .join(',')
    .slice(0, MAX_NAME);
}

function fail(message: string): AlertPayloadReading {
  return { ok: false, message };
}
