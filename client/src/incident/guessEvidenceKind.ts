import type { EvidenceKind } from '@debrief/shared';

// Checked in order against the whole link, lower-cased.
const rules: readonly [EvidenceKind, RegExp][] = [
  [
    'merge-request',
    /\/(pull|pulls|merge_requests|pullrequest|pull-requests)\/|\/-\/merge_requests|\/\+\/\d+|gerrit|\/c\/[^/]+\/\+\//,
  ],
  [
    'ci-run',
    /\/actions\/runs\/|\/-\/pipelines\/|\/-\/jobs\/|\/pipelines?\/|jenkins|circleci|buildkite|travis-ci|\/builds?\/|teamcity|\/job\//,
  ],
  ['chat-message', /slack\.com|\/archives\/|teams\.microsoft|discord\.com\/channels|mattermost|zulip|chat\./],
  ['document', /docs\.google|notion\.so|confluence|sharepoint|dropbox|quip\.com|coda\.io/],
  [
    'metric',
    /grafana|datadoghq|\/dashboards?\b|\/d\/|prometheus|newrelic|honeycomb|lightstep|\/metrics?\b|chronosphere|signalfx/,
  ],
  [
    'log',
    /kibana|\/logs?\b|logs\.|loki|splunk|papertrail|logdna|sumologic|elastic|\/explore\b|cloudwatch.*log|log-?viewer|sentry/,
  ],
  ['document', /\/wiki\/|\.pdf\b|\.md\b|\/docs?\//],
];

/** A first guess at what an evidence link points at, from well-known hosts and paths; null when nothing fits. */
export function guessEvidenceKind(url: string): EvidenceKind | null {
  const text = url.trim().toLowerCase();
  if (!/^https?:\/\//.test(text)) return null;
  for (const [kind, pattern] of rules) if (pattern.test(text)) return kind;
  return null;
}
