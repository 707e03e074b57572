import type { TimelineEventKind } from '@debrief/shared';

// Checked in order: an alert about errors is a detection, a status-page post about a fix is a communication.
const rules: readonly [TimelineEventKind, RegExp][] = [
  [
    'resolution',
    /\b(resolved|all clear|back to normal|fully recovered|incident closed|closed the incident|recovery confirmed)\b/i,
  ],
  [
    'detection',
    /\b(alerts?|alerted|alerting|alarms?|paged|pages|pager(duty)?|on-?call|noticed|reported|detected|spotted|flagged)\b/i,
  ],
  [
    'communication',
    /\b(status ?page|posted|announced|notified|informed|told|emailed|messaged|tweeted|update (sent|posted)|incident channel|escalated)\b/i,
  ],
  [
    'diagnosis',
    /\b(investigat\w*|found|identified|root cause|suspect\w*|traced|confirmed|ruled out|looked at|checking|checked|diagnos\w*|hypothes\w*)\b/i,
  ],
  [
    'action',
    /\b(deploy\w*|roll(ed|ing)? ?back|rollback|restart\w*|reboot\w*|scal(ed|ing) (up|out|down)|revert\w*|fix(ed)?|patch\w*|disabled|enabled|mitigat\w*|reroute\w*|flush\w*|rotat\w*|drained|killed|increased|decreased|applied|merged|hotfix\w*|switched)\b/i,
  ],
  [
    'impact',
    /\b(errors?|error rate|fail(ing|ed|ures?)|outage|down|latency|slow|timeouts?|timing out|unavailable|degraded|5\d\d|customers? (could not|couldn't|cannot))\b/i,
  ],
];

/** A first guess at what kind of event a pasted line describes, from its words; 'other' when nothing fits. */
export function guessEventKind(description: string): TimelineEventKind {
  for (const [kind, pattern] of rules) if (pattern.test(description)) return kind;
  return 'other';
}
