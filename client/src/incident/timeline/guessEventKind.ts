import type { TimelineEventKind } from '@debrief/shared';

const PERCENT = String.raw`\d+(?:\.\d+)?\s?%`;

// Checked in order: an alert about errors is a detection, a status-page post about a fix is a communication, and
// "error rate under 1%" is a recovery although it names errors.
const rules: readonly [TimelineEventKind, RegExp][] = [
  [
    'resolution',
    new RegExp(
      [
        String.raw`\b(resolved|all clear|incident closed|closed the incident|recovery confirmed)\b`,
        String.raw`\b(back|returned|returning|recovered) to (normal|baseline|pre-incident levels?|expected levels?)\b`,
        String.raw`\b(fully|has|have|had) recovered\b`,
        String.raw`\b(operating|working|performing) (normally|as expected)\b`,
        String.raw`\b(healthy|stable) again\b`,
        String.raw`\bno further (errors?|impact|failures?|alerts?)\b`,
        String.raw`\b(services?|site|access|traffic|functionality|connectivity) (was |were |has been |have been |is |are )?(fully )?restored\b`,
        String.raw`\b(error|failure|timeout|5xx) rates? (is |was |has |had |dropped |fell |went |back |down )*(under|below|beneath|less than|<)\s?${PERCENT}`,
        String.raw`\blatency (is |was |dropped |fell |back )*(under|below|<)\s?\d`,
      ].join('|'),
      'i',
    ),
  ],
  [
    // Someone reading another company's status page is working out the cause, not telling customers.
    'diagnosis',
    /\b(check(ed|ing|s)?|look(ed|ing)? at|consult(ed|ing)?|read|open(ed|ing)?|refresh(ed|ing)?|watch(ed|ing)?)\b[^.]{0,30}\bstatus ?page\b/i,
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
    /\b(investigat\w*|found|identified|root cause|suspect\w*|traced|confirmed|ruled out|looked at|looking at|checking|checked|diagnos\w*|hypothes\w*|reproduc\w*|bisect\w*|correlat\w*|narrowed|dug into|digging into|inspect\w*|examin\w*|profil\w*|triag\w*|pulled (the )?logs|reviewed)\b/i,
  ],
  [
    'action',
    /\b(deploy\w*|roll(ed|ing)? ?back|rollback|restart\w*|reboot\w*|scal(ed|ing) (up|out|down)|revert\w*|fix(ed)?|patch\w*|disabled|enabled|mitigat\w*|reroute\w*|flush\w*|rotat\w*|drained|killed|increased|decreased|applied|merged|hotfix\w*|switched|failed over|fail(ed)?-?over|restor(e|ing) from)\b/i,
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
