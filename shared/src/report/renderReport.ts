import { formatCalendarDay, formatZonedDateTime } from '../incident/formatZonedDateTime.ts';
import { type TimelineEventKind, timelineEventKindLabels } from '../incident/timelineEventKinds.ts';
import { type ActionStatus, actionStatusLabels } from '../lessons/actionStatuses.ts';
import { type LessonPrompt, lessonPromptLabels } from '../lessons/lessonPrompts.ts';
import { type Severity, severityLabels } from '../protocol/httpApi.ts';
import { blockText, cellText, inlineText, link, table } from './markdown.ts';

/** A moment with the zone it is shown in. */
export interface ReportMoment {
  readonly at: string;
  readonly timeZone: string;
}

/** Everything a post-mortem report says, as plain values; check-in and check-out notes are never part of it. */
export interface ReportInput {
  readonly title: string;
  readonly severity: Severity;
  readonly incidentSummary: string;
  /** when the meeting was held, if it was scheduled */
  readonly meetingDate: ReportMoment | null;
  readonly facilitators: readonly string[];
  readonly attendees: readonly string[];
  readonly moments: {
    readonly started: ReportMoment | null;
    readonly detected: ReportMoment | null;
    readonly mitigated: ReportMoment | null;
    readonly resolved: ReportMoment | null;
  };
  readonly howWeBecameAware: string;
  readonly impact: string;
  readonly howItWasSolved: string;
  /** the incident's estimated cost, as people read it ('€18,500') */
  readonly cost: string | null;
  readonly timeline: readonly {
    readonly at: string;
    readonly timeZone: string;
    readonly kind: TimelineEventKind;
    readonly description: string;
    readonly knownAtTheTime: boolean;
    readonly evidence: readonly { readonly url: string; readonly label: string }[];
    readonly questions: readonly { readonly text: string; readonly answered: boolean }[];
  }[];
  readonly whyItWentWrong: string;
  readonly lessons: readonly {
    readonly prompt: LessonPrompt;
    readonly items: readonly { readonly text: string; readonly votes: number }[];
  }[];
  readonly actions: readonly {
    readonly title: string;
    readonly owner: string | null;
    readonly dueDate: string | null;
    readonly status: ActionStatus;
    /** the estimate as people read it ('16 hours (M)') */
    readonly cost: string | null;
    /** overreaction warnings, kept in the record */
    readonly warnings: readonly string[];
  }[];
  readonly parkingLot: readonly string[];
  /** the contributing-factors board's picture (SVG), when the record has one */
  readonly boardPicture?: string | null;
}

const NOT_WRITTEN = '_Not written down._';

/**
 * The post-mortem as GitHub-flavoured Markdown, under the headings of the Google SRE and PagerDuty templates. Every
 * piece of user text is escaped, so it cannot break a table or add HTML or links; only http(s) evidence becomes a link.
 */
export function renderReport(input: ReportInput): string {
  const sections: string[] = [];
  sections.push(`# ${inlineText(input.title) || 'Untitled incident'}`);
  sections.push(facts(input));
  sections.push(section('Summary', input.incidentSummary));
  sections.push(section('Impact', input.impact, input.cost ? `**Estimated cost:** ${inlineText(input.cost)}` : null));
  sections.push(`## Detection\n\n${input.howWeBecameAware.trim() ? blockText(input.howWeBecameAware) : NOT_WRITTEN}`);
  sections.push(keyMoments(input));
  sections.push(section('Resolution', input.howItWasSolved));
  sections.push(timeline(input));
  sections.push(section('Why it went wrong: contributing factors', input.whyItWentWrong));
  sections.push(lessons(input));
  if (input.boardPicture) {
    // Inside the file, so the report stands alone; an image cannot run anything, wherever it is opened.
    const source = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(input.boardPicture)}`;
    sections.push(`## Contributing-factors board\n\n![The contributing-factors board](<${source}>)`);
  }
  sections.push(actions(input));
  if (input.parkingLot.length > 0) {
    sections.push(`## Parking lot\n\n${input.parkingLot.map((item) => `- ${inlineText(item)}`).join('\n')}`);
  }
  return `${sections.join('\n\n')}\n`;
}

function facts(input: ReportInput): string {
  const lines = [`**Severity:** ${severityLabels[input.severity]}`];
  if (input.meetingDate) lines.push(`**Post-mortem meeting:** ${formatMoment(input.meetingDate)}`);
  if (input.facilitators.length > 0) lines.push(`**Facilitated by:** ${names(input.facilitators)}`);
  if (input.attendees.length > 0) lines.push(`**Attended by:** ${names(input.attendees)}`);
  return lines.join('  \n');
}

function keyMoments({ moments }: ReportInput): string {
  const rows = (
    [
      ['Started', moments.started],
      ['Detected', moments.detected],
      ['Mitigated', moments.mitigated],
      ['Resolved', moments.resolved],
    ] as const
  ).map(([label, moment]) => [label, moment ? formatMoment(moment) : 'Not recorded']);
  return `### Key moments\n\n${table(['Moment', 'Time'], rows)}`;
}

function timeline({ timeline: events }: ReportInput): string {
  if (events.length === 0) return `## Timeline\n\n_No events were recorded._`;
  const rows = events.map((event) => [
    formatMoment(event),
    timelineEventKindLabels[event.kind],
    cellText(event.description) + (event.knownAtTheTime ? '' : ' _(learned later)_'),
    event.evidence.map((evidence) => link(evidence.label, evidence.url)).join(', '),
  ]);
  const parts = [`## Timeline\n\n${table(['Time', 'Kind', 'What happened', 'Evidence'], rows)}`];
  const asked = events.filter((event) => event.questions.length > 0);
  if (asked.length > 0) {
    const lines = asked.flatMap((event) =>
      event.questions.map(
        (question) =>
          `- ${question.answered ? 'Answered' : '**Open**'} (${formatMoment(event)}): ${inlineText(question.text)}`,
      ),
    );
    parts.push(`### Questions on the timeline\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

function lessons(input: ReportInput): string {
  const parts = ['## Lessons learned'];
  for (const { prompt, items } of input.lessons) {
    const list =
      items.length === 0
        ? '_No cards._'
        : items
            .map((item) => `- ${inlineText(item.text)}${item.votes > 0 ? ` (${votes(item.votes)})` : ''}`)
            .join('\n');
    parts.push(`### ${inlineText(lessonPromptLabels[prompt])}\n\n${list}`);
  }
  return parts.join('\n\n');
}

function actions(input: ReportInput): string {
  if (input.actions.length === 0) return '## Actions\n\n_No actions were agreed._';
  const rows = input.actions.map((action) => [
    cellText(action.title) || 'Untitled action',
    action.owner ? cellText(action.owner) : '_No owner_',
    action.dueDate ? formatCalendarDay(action.dueDate) || cellText(action.dueDate) : '_No date_',
    actionStatusLabels[action.status],
    action.cost ? cellText(action.cost) : '_Not estimated_',
  ]);
  const parts = [`## Actions\n\n${table(['Action', 'Owner', 'Due', 'Status', 'Cost'], rows)}`];
  const warned = input.actions.filter((action) => action.warnings.length > 0);
  if (warned.length > 0) {
    const lines = warned.flatMap((action) =>
      action.warnings.map(
        (warning) => `- **${inlineText(action.title) || 'Untitled action'}:** ${inlineText(warning)}`,
      ),
    );
    parts.push(`### Worth a second look\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

function section(heading: string, text: string, extra: string | null = null): string {
  const body = text.trim() ? blockText(text) : NOT_WRITTEN;
  return `## ${heading}\n\n${body}${extra ? `\n\n${extra}` : ''}`;
}

/** The same style as every screen: '2 Nov 2026, 14:02 CET'. */
function formatMoment(moment: ReportMoment): string {
  return inlineText(formatZonedDateTime(moment.at, moment.timeZone)) || 'Not recorded';
}

function names(list: readonly string[]): string {
  return list.map((name) => inlineText(name)).join(', ');
}

function votes(count: number): string {
  return count === 1 ? '1 vote' : `${count} votes`;
}
