import { describe, expect, it } from 'vitest';
import { type ParseTimelinePasteOptions, parseTimelinePaste } from './parseTimelinePaste.ts';

// shared/ has no DOM or Node types; the runner has a console to report to.
declare const console: { log(message: string): void };

/** What one pasted line should become. */
type Expected =
  | { readonly at: string; readonly description: string; readonly note?: string }
  /** A line of a status-page update whose event starts on an earlier line. */
  | 'part of the event above'
  | 'day header'
  | { readonly unreadable: RegExp };

interface Format {
  readonly name: string;
  readonly options: ParseTimelinePasteOptions;
  readonly lines: readonly (readonly [string, Expected])[];
}

const heading = { unreadable: /heading/ };
const noTime = { unreadable: /^No time at the start of the line$/ };
const fieldWithoutTime = { unreadable: /field with no time/ };

// Test timelines in the style of public post-mortems and status pages, written for these tests.
const formats: readonly Format[] = [
  {
    name: 'zone abbreviations',
    options: { defaultDate: '2025-07-15', timeZone: 'America/Los_Angeles' },
    lines: [
      ['Timeline', heading],
      [
        '14:02 PDT Deploy of payments-api v3.8 started',
        { at: '2025-07-15T21:02:00.000Z', description: 'Deploy of payments-api v3.8 started' },
      ],
      [
        '14:09 PDT Alert: card authorisation error rate above 5%',
        { at: '2025-07-15T21:09:00.000Z', description: 'Alert: card authorisation error rate above 5%' },
      ],
      ['2:15 PM PT On-call engineer paged', { at: '2025-07-15T21:15:00.000Z', description: 'On-call engineer paged' }],
      [
        '17:20 EDT Partner bank reported failed settlements',
        { at: '2025-07-15T21:20:00.000Z', description: 'Partner bank reported failed settlements' },
      ],
      [
        '22:24 BST Support escalated tickets from UK merchants',
        { at: '2025-07-15T21:24:00.000Z', description: 'Support escalated tickets from UK merchants' },
      ],
      [
        '23:30 CEST Frankfurt edge began returning 502s',
        { at: '2025-07-15T21:30:00.000Z', description: 'Frankfurt edge began returning 502s' },
      ],
      [
        '03:05 IST Bangalore team joined the incident bridge',
        {
          at: '2025-07-15T21:35:00.000Z',
          description: 'Bangalore team joined the incident bridge',
          note: 'IST read as India Standard Time (UTC+05:30)',
        },
      ],
      [
        '06:40 JST Tokyo traffic drained to Osaka',
        { at: '2025-07-15T21:40:00.000Z', description: 'Tokyo traffic drained to Osaka' },
      ],
      [
        '07:45 AEST Sydney customers saw checkout timeouts',
        { at: '2025-07-15T21:45:00.000Z', description: 'Sydney customers saw checkout timeouts' },
      ],
      [
        '21:50 UTC Rolled back payments-api to v3.7.2',
        { at: '2025-07-15T21:50:00.000Z', description: 'Rolled back payments-api to v3.7.2' },
      ],
      [
        '15:55 CST Chicago merchants confirmed payments going through',
        {
          at: '2025-07-15T21:55:00.000Z',
          description: 'Chicago merchants confirmed payments going through',
          note: 'CST read as US Central Standard Time (UTC-06:00)',
        },
      ],
      [
        '22:05 GMT Error rate back to baseline',
        { at: '2025-07-15T22:05:00.000Z', description: 'Error rate back to baseline' },
      ],
      ['15:20 PT Incident closed', { at: '2025-07-15T22:20:00.000Z', description: 'Incident closed' }],
      ['Root cause', heading],
    ],
  },
  {
    name: 'lead-ins before the stamp',
    options: { defaultDate: '2024-10-11', timeZone: 'UTC' },
    lines: [
      ['Summary of the October 11 Event', noTime],
      [
        'On October 11, 2024, at 14:02 UTC, a configuration change was pushed to the edge fleet.',
        { at: '2024-10-11T14:02:00.000Z', description: 'a configuration change was pushed to the edge fleet.' },
      ],
      [
        'At 14:04 UTC, synthetic checks in three regions began failing.',
        { at: '2024-10-11T14:04:00.000Z', description: 'synthetic checks in three regions began failing.' },
      ],
      [
        'Starting at 14:06 UTC, customers saw elevated 5xx responses on the API.',
        { at: '2024-10-11T14:06:00.000Z', description: 'customers saw elevated 5xx responses on the API.' },
      ],
      [
        'At 14:09 UTC, the on-call engineer was paged.',
        { at: '2024-10-11T14:09:00.000Z', description: 'the on-call engineer was paged.' },
      ],
      [
        'Update 14:20 UTC: We have identified the configuration change as the trigger.',
        { at: '2024-10-11T14:20:00.000Z', description: 'We have identified the configuration change as the trigger.' },
      ],
      [
        'By 14:31 UTC, the change had been reverted in all regions.',
        { at: '2024-10-11T14:31:00.000Z', description: 'the change had been reverted in all regions.' },
      ],
      [
        'Around 14:40 UTC the error rate dropped under 1%.',
        { at: '2024-10-11T14:40:00.000Z', description: 'the error rate dropped under 1%.' },
      ],
      [
        'Update 7:55 am PT: All services are operating normally.',
        { at: '2024-10-11T14:55:00.000Z', description: 'All services are operating normally.' },
      ],
      [
        'At approximately 15:05 UTC, we declared the incident resolved.',
        { at: '2024-10-11T15:05:00.000Z', description: 'we declared the incident resolved.' },
      ],
      [
        'Approximately 15:20 UTC: post-incident review scheduled for Monday.',
        { at: '2024-10-11T15:20:00.000Z', description: 'post-incident review scheduled for Monday.' },
      ],
      ['We apologise for the impact this caused.', noTime],
      [
        'Since 15:30 UTC we have seen no further errors.',
        { at: '2024-10-11T15:30:00.000Z', description: 'we have seen no further errors.' },
      ],
    ],
  },
  {
    name: 'a dash or "at" between date and time',
    options: { defaultDate: '2017-01-31', timeZone: 'UTC' },
    lines: [
      ['Incident timeline', heading],
      [
        'Jan 31, 2017 - 23:00 UTC: Replication lag alert fired on db2.',
        { at: '2017-01-31T23:00:00.000Z', description: 'Replication lag alert fired on db2.' },
      ],
      [
        'Jan 31, 2017 - 23:27 UTC: Engineer ran the directory removal on the wrong host.',
        { at: '2017-01-31T23:27:00.000Z', description: 'Engineer ran the directory removal on the wrong host.' },
      ],
      [
        'Feb 01, 2017 - 00:30 UTC: Team noticed the primary data directory was empty.',
        { at: '2017-02-01T00:30:00.000Z', description: 'Team noticed the primary data directory was empty.' },
      ],
      [
        'Feb 01, 2017 – 01:58 UTC – Restore from the staging snapshot started.',
        { at: '2017-02-01T01:58:00.000Z', description: 'Restore from the staging snapshot started.' },
      ],
      [
        'Wednesday, February 1, 2017, at 9:15 AM UTC: Restore reached 50%.',
        { at: '2017-02-01T09:15:00.000Z', description: 'Restore reached 50%.' },
      ],
      [
        'Wednesday, February 1, 2017 at 4:20 PM UTC - Database back online, site restored.',
        { at: '2017-02-01T16:20:00.000Z', description: 'Database back online, site restored.' },
      ],
      [
        'February 1, 2017 @ 17:00 UTC — Incident closed.',
        { at: '2017-02-01T17:00:00.000Z', description: 'Incident closed.' },
      ],
      [
        '2017-02-01 - 18:00 UTC | Post-incident review started.',
        { at: '2017-02-01T18:00:00.000Z', description: 'Post-incident review started.' },
      ],
      [
        'Thu, Feb 2, 2017, at 10:00 AM UTC: Published the post-mortem.',
        { at: '2017-02-02T10:00:00.000Z', description: 'Published the post-mortem.' },
      ],
    ],
  },
  {
    name: 'year first with a month name',
    options: { defaultDate: '2018-10-21', timeZone: 'UTC' },
    lines: [
      ['All times are in UTC.', noTime],
      [
        '2018 October 21 22:52 UTC Routine maintenance replaced failing optical equipment in the US East hub.',
        {
          at: '2018-10-21T22:52:00.000Z',
          description: 'Routine maintenance replaced failing optical equipment in the US East hub.',
        },
      ],
      [
        '2018 October 21 22:54 UTC Internal monitoring began alerting on cluster failures.',
        { at: '2018-10-21T22:54:00.000Z', description: 'Internal monitoring began alerting on cluster failures.' },
      ],
      [
        '2018 October 21 23:07 UTC Responders locked the deployment tooling.',
        { at: '2018-10-21T23:07:00.000Z', description: 'Responders locked the deployment tooling.' },
      ],
      [
        '2018 October 21 23:13 UTC The database team was paged.',
        { at: '2018-10-21T23:13:00.000Z', description: 'The database team was paged.' },
      ],
      [
        '2018 October 21 23:19 UTC Status moved to red.',
        { at: '2018-10-21T23:19:00.000Z', description: 'Status moved to red.' },
      ],
      [
        '2018 October 22 00:05 UTC Began restoring from backups.',
        { at: '2018-10-22T00:05:00.000Z', description: 'Began restoring from backups.' },
      ],
      [
        '2018 October 22 06:51 UTC Several clusters finished restoring in the US East data centre.',
        {
          at: '2018-10-22T06:51:00.000Z',
          description: 'Several clusters finished restoring in the US East data centre.',
        },
      ],
      [
        '2018 Oct 22 11:12 UTC Replication caught up for all primaries.',
        { at: '2018-10-22T11:12:00.000Z', description: 'Replication caught up for all primaries.' },
      ],
      [
        '2018 Oct 22 16:24 UTC Error rate back to baseline.',
        { at: '2018-10-22T16:24:00.000Z', description: 'Error rate back to baseline.' },
      ],
      [
        '2018 October 22, 23:03 UTC: All pending webhooks processed; status green.',
        { at: '2018-10-22T23:03:00.000Z', description: 'All pending webhooks processed; status green.' },
      ],
    ],
  },
  {
    name: 'a date after the time',
    options: { defaultDate: '2025-10-30', timeZone: 'UTC' },
    lines: [
      ['Timeline (UTC)', heading],
      [
        '23:48 UTC on 29 October 2025 – A change to the edge routing policy was merged.',
        { at: '2025-10-29T23:48:00.000Z', description: 'A change to the edge routing policy was merged.' },
      ],
      [
        '00:05 UTC on 30 October 2025 – The change reached all edge locations.',
        { at: '2025-10-30T00:05:00.000Z', description: 'The change reached all edge locations.' },
      ],
      [
        '00:11 UTC on 30 October 2025 – Health checks in two regions began failing.',
        { at: '2025-10-30T00:11:00.000Z', description: 'Health checks in two regions began failing.' },
      ],
      [
        '00:14 UTC on Thursday, 30 October 2025 – Alert fired for elevated 503s.',
        { at: '2025-10-30T00:14:00.000Z', description: 'Alert fired for elevated 503s.' },
      ],
      [
        '00:22 UTC on October 30, 2025 - Responders identified the routing change as the cause.',
        { at: '2025-10-30T00:22:00.000Z', description: 'Responders identified the routing change as the cause.' },
      ],
      [
        '00:31 UTC on 30 Oct – The routing change was reverted.',
        { at: '2025-10-30T00:31:00.000Z', description: 'The routing change was reverted.' },
      ],
      [
        '00:40 UTC on 30 Oct – Error rate under 0.5% in all regions.',
        { at: '2025-10-30T00:40:00.000Z', description: 'Error rate under 0.5% in all regions.' },
      ],
      [
        '5:55 PM PDT on October 29, 2025 – The US West support queue returned to normal.',
        { at: '2025-10-30T00:55:00.000Z', description: 'The US West support queue returned to normal.' },
      ],
      [
        '01:30 UTC on 30 October 2025 – Incident closed.',
        { at: '2025-10-30T01:30:00.000Z', description: 'Incident closed.' },
      ],
      ['Root Cause Analysis', heading],
    ],
  },
  {
    name: 'day headers, oldest first',
    options: { defaultDate: '2024-04-09', timeZone: 'Europe/London' },
    lines: [
      ['Timeline (all times BST)', heading],
      ['Monday 8 Apr', 'day header'],
      [
        '22:40 Nightly batch job started on the reporting cluster',
        { at: '2024-04-08T21:40:00.000Z', description: 'Nightly batch job started on the reporting cluster' },
      ],
      [
        '23:55 Disk usage on report-db crossed 90%',
        { at: '2024-04-08T22:55:00.000Z', description: 'Disk usage on report-db crossed 90%' },
      ],
      ['Tuesday 9 Apr', 'day header'],
      [
        '00:20 Alert: report-db disk full, writes failing',
        { at: '2024-04-08T23:20:00.000Z', description: 'Alert: report-db disk full, writes failing' },
      ],
      ['00:26 On-call paged', { at: '2024-04-08T23:26:00.000Z', description: 'On-call paged' }],
      [
        '01:10 Found the batch job writing temp tables without cleanup',
        { at: '2024-04-09T00:10:00.000Z', description: 'Found the batch job writing temp tables without cleanup' },
      ],
      [
        '01:35 Killed the batch job and dropped the temp tables',
        { at: '2024-04-09T00:35:00.000Z', description: 'Killed the batch job and dropped the temp tables' },
      ],
      [
        '02:05 Write error rate under 0.1%, back to baseline',
        { at: '2024-04-09T01:05:00.000Z', description: 'Write error rate under 0.1%, back to baseline' },
      ],
      ['April 10', 'day header'],
      ['09:30 Post-incident review held', { at: '2024-04-10T08:30:00.000Z', description: 'Post-incident review held' }],
    ],
  },
  {
    name: 'day headers, newest first',
    options: { defaultDate: '2024-04-09', timeZone: 'UTC' },
    lines: [
      ['**April 9**', 'day header'],
      [
        '16:40 Resolved: all job queues drained',
        { at: '2024-04-09T16:40:00.000Z', description: 'Resolved: all job queues drained' },
      ],
      [
        '15:10 Rolled back worker image to 2024.04.08-2',
        { at: '2024-04-09T15:10:00.000Z', description: 'Rolled back worker image to 2024.04.08-2' },
      ],
      [
        '14:25 Confirmed retries were multiplying queue load',
        { at: '2024-04-09T14:25:00.000Z', description: 'Confirmed retries were multiplying queue load' },
      ],
      [
        '14:02 Alert: job queue latency above 5 minutes',
        { at: '2024-04-09T14:02:00.000Z', description: 'Alert: job queue latency above 5 minutes' },
      ],
      ['**April 8**', 'day header'],
      [
        '23:50 Deployed worker image 2024.04.09-1',
        { at: '2024-04-08T23:50:00.000Z', description: 'Deployed worker image 2024.04.09-1' },
      ],
      [
        '23:30 Merged the change to the retry policy',
        { at: '2024-04-08T23:30:00.000Z', description: 'Merged the change to the retry policy' },
      ],
      [
        '17:15 Design review of the retry policy change',
        { at: '2024-04-08T17:15:00.000Z', description: 'Design review of the retry policy change' },
      ],
      ['Older updates are in the incident channel.', noTime],
    ],
  },
  {
    name: 'status page, stamp below the update',
    options: { defaultDate: '2022-03-08', timeZone: 'UTC' },
    lines: [
      ['Elevated API error rates', heading],
      [
        'Resolved - This incident has been resolved.',
        { at: '2022-03-08T13:01:00.000Z', description: 'Resolved: This incident has been resolved.' },
      ],
      ['Mar 8, 13:01 UTC', 'part of the event above'],
      [
        'Monitoring - A fix has been implemented and we are monitoring the results.',
        {
          at: '2022-03-08T12:40:00.000Z',
          description: 'Monitoring: A fix has been implemented and we are monitoring the results.',
        },
      ],
      ['Mar 8, 12:40 UTC', 'part of the event above'],
      [
        'Identified - The issue has been identified as a faulty load balancer rule and a fix is being rolled out.',
        {
          at: '2022-03-08T12:15:00.000Z',
          description:
            'Identified: The issue has been identified as a faulty load balancer rule and a fix is being rolled out.',
        },
      ],
      ['Mar 8, 12:15 UTC', 'part of the event above'],
      [
        'Investigating - We are investigating elevated error rates on the API.',
        {
          at: '2022-03-08T11:52:00.000Z',
          description: 'Investigating: We are investigating elevated error rates on the API.',
        },
      ],
      ['Mar 8, 11:52 UTC', 'part of the event above'],
      ['This incident affected: API and Webhooks.', fieldWithoutTime],
    ],
  },
  {
    name: 'status page, posted below the update',
    options: { defaultDate: '2022-03-08', timeZone: 'America/Los_Angeles' },
    lines: [
      ['Checkout errors', heading],
      [
        'Investigating',
        {
          at: '2022-03-08T21:01:00.000Z',
          description: 'Investigating: We are investigating elevated errors on checkout.',
        },
      ],
      ['We are investigating elevated errors on checkout.', 'part of the event above'],
      ['Posted Mar 08, 2022 - 13:01 PST', 'part of the event above'],
      ['', 'part of the event above'],
      [
        'Update',
        { at: '2022-03-08T21:30:00.000Z', description: 'Update: We are continuing to investigate this issue.' },
      ],
      ['We are continuing to investigate this issue.', 'part of the event above'],
      ['Posted Mar 08, 2022 - 13:30 PST', 'part of the event above'],
      ['', 'part of the event above'],
      [
        'Identified',
        {
          at: '2022-03-08T21:48:00.000Z',
          description: 'Identified: The issue has been identified and a fix is being implemented.',
        },
      ],
      ['The issue has been identified and a fix is being implemented.', 'part of the event above'],
      ['Posted 2 hours ago. Mar 08, 2022 - 13:48 PST', 'part of the event above'],
      ['', 'part of the event above'],
      ['Resolved', { at: '2022-03-08T22:20:00.000Z', description: 'Resolved: This incident has been resolved.' }],
      ['This incident has been resolved.', 'part of the event above'],
      ['Posted Mar 08, 2022 - 14:20 PST', 'part of the event above'],
      ['Resolved', { unreadable: /status with no update and no time/ }],
    ],
  },
  {
    name: 'labelled fields',
    options: { defaultDate: '2024-10-11', timeZone: 'UTC' },
    lines: [
      ['Incident Summary', heading],
      ['Severity: SEV-2', fieldWithoutTime],
      [
        'Incident Start Time: 2024-10-11 14:02 UTC',
        { at: '2024-10-11T14:02:00.000Z', description: 'Incident Start Time' },
      ],
      ['Customer impact start: 14:03 UTC', { at: '2024-10-11T14:03:00.000Z', description: 'Customer impact start' }],
      [
        'Detected: 14:05 UTC by synthetic monitoring',
        { at: '2024-10-11T14:05:00.000Z', description: 'Detected by synthetic monitoring' },
      ],
      ['Acknowledged: 14:07 UTC', { at: '2024-10-11T14:07:00.000Z', description: 'Acknowledged' }],
      ['Root cause identified: 14:20 UTC', { at: '2024-10-11T14:20:00.000Z', description: 'Root cause identified' }],
      ['Mitigated at: 14:31 UTC', { at: '2024-10-11T14:31:00.000Z', description: 'Mitigated' }],
      ['Customer impact end: 14:58 UTC', { at: '2024-10-11T14:58:00.000Z', description: 'Customer impact end' }],
      ['Resolved: October 11, 2024 at 15:05 UTC', { at: '2024-10-11T15:05:00.000Z', description: 'Resolved' }],
      ['Time to detect: 3 minutes', fieldWithoutTime],
      ['Duration: 1 hour 3 minutes', fieldWithoutTime],
      [
        'Postmortem published: 2024-10-14 10:00 UTC',
        { at: '2024-10-14T10:00:00.000Z', description: 'Postmortem published' },
      ],
    ],
  },
];

/** Which lines of a format's timeline were read as expected, by 1-based line number. */
function checkFormat(format: Format) {
  const paste = parseTimelinePaste(format.lines.map(([line]) => line).join('\n'), format.options);
  const eventLines = new Set(paste.events.map((event) => event.line));
  const unreadableLines = new Set(paste.unreadable.map((line) => line.lineNumber));
  const wrong: string[] = [];
  let counted = 0;
  let right = 0;
  for (const [index, [text, expected]] of format.lines.entries()) {
    if (text.trim() === '') continue;
    counted += 1;
    const lineNumber = index + 1;
    let ok: boolean;
    if (expected === 'part of the event above' || expected === 'day header') {
      ok = !eventLines.has(lineNumber) && !unreadableLines.has(lineNumber);
    } else if ('unreadable' in expected) {
      const line = paste.unreadable.find((u) => u.lineNumber === lineNumber);
      ok = line !== undefined && expected.unreadable.test(line.reason) && !eventLines.has(lineNumber);
    } else {
      const event = paste.events.find((e) => e.line === lineNumber);
      ok =
        event !== undefined &&
        event.at === expected.at &&
        event.description === expected.description &&
        event.note === expected.note;
    }
    if (ok) right += 1;
    else wrong.push(`line ${lineNumber} ${JSON.stringify(text)}`);
  }
  return { right, counted, wrong, paste };
}

describe('parseTimelinePaste: test timelines, per format', () => {
  it.each(formats.map((format) => [format.name, format] as const))('reads every line of %s', (_, format) => {
    const { right, counted, wrong, paste } = checkFormat(format);
    console.log(`${format.name}: ${right}/${counted} lines read right`);
    expect({ wrong, paste }).toEqual({ wrong: [], paste: expect.anything() });
    expect(right).toBe(counted);
  });
});
