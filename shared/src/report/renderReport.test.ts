import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { blockText, inlineText, link } from './markdown.ts';
import { type ReportInput, renderReport } from './renderReport.ts';

const toHtml = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const at = (iso: string) => ({ at: iso, timeZone: 'Europe/Berlin' });

const report: ReportInput = {
  title: 'Checkout outage after database failover',
  severity: 'SEV1',
  incidentSummary: 'Checkout failed for 38 minutes after a routine failover of the orders database.',
  meetingDate: at('2026-11-04T09:00:00.000Z'),
  facilitators: ['Priya Raman'],
  attendees: ['Amir Haddad', 'Ana Souza', 'Jo Lindqvist', 'Priya Raman'],
  moments: {
    started: at('2026-11-02T13:02:00.000Z'),
    detected: at('2026-11-02T13:09:00.000Z'),
    mitigated: at('2026-11-02T13:41:00.000Z'),
    resolved: null,
  },
  howWeBecameAware: 'The checkout error-rate alert paged the on-call engineer.',
  impact: 'About 2,400 orders failed.\nCustomers saw an error page.',
  howItWasSolved: 'Restarting the API pods made the pool read the new primary.',
  cost: '€18,500',
  timeline: [
    {
      ...at('2026-11-02T13:02:00.000Z'),
      kind: 'action',
      description: 'Failover of the orders database started',
      knownAtTheTime: true,
      evidence: [{ url: 'https://ci.example.com/runs/4521', label: 'Failover run' }],
      questions: [],
    },
    {
      ...at('2026-11-02T13:09:00.000Z'),
      kind: 'detection',
      description: 'Error-rate alert fired',
      knownAtTheTime: true,
      evidence: [],
      questions: [
        { text: 'Could the alert have fired sooner?', answered: false },
        { text: 'Who was paged first?', answered: true },
      ],
    },
    {
      ...at('2026-11-02T13:30:00.000Z'),
      kind: 'diagnosis',
      description: 'The pool still held the old primary',
      knownAtTheTime: false,
      evidence: [],
      questions: [],
    },
  ],
  whyItWentWrong: 'Nothing in our failover runbook or health checks covered the connection pool.',
  lessons: [
    { prompt: 'helped', items: [{ text: 'The error-rate alert fired within two minutes', votes: 3 }] },
    { prompt: 'slowed', items: [{ text: 'The runbook says nothing about connection pools', votes: 1 }] },
    { prompt: 'differently', items: [] },
    { prompt: 'learned', items: [{ text: 'The pool keeps the old primary until a restart', votes: 0 }] },
  ],
  actions: [
    {
      title: 'Add the connection pool to the failover health check',
      owner: 'Jo Lindqvist',
      dueDate: '2026-11-20',
      status: 'in-progress',
      cost: '16 hours (M)',
      warnings: [],
    },
    {
      title: 'Require manual approval for every failover',
      owner: null,
      dueDate: null,
      status: 'open',
      cost: null,
      warnings: ['A manual step on every failover costs more than the rare failure it targets.'],
    },
  ],
  parkingLot: ['Should failovers page the database team?'],
};

describe('renderReport', () => {
  it('writes the post-mortem under the headings people know', () => {
    expect(renderReport(report)).toMatchSnapshot();
  });

  it('renders to the sections, tables and links it promises', () => {
    const html = toHtml(renderReport(report));
    for (const heading of [
      'Summary',
      'Impact',
      'Detection',
      'Resolution',
      'Timeline',
      'Why it went wrong: contributing factors',
      'Lessons learned',
      'Actions',
      'Parking lot',
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html).toContain('<a href="https://ci.example.com/runs/4521">Failover run</a>');
    expect(html).toContain('<strong>Open</strong> (2 Nov 2026, 14:09 CET): Could the alert have fired sooner?');
  });

  it('escapes what people write, so it cannot break a table or add HTML, links or formatting', () => {
    const hostile = [
      'pipe | splits <script>alert(1)</script>',
      '`code` **bold** _em_ ~~gone~~ [click](javascript:alert(1))',
      '<img src=x onerror=alert(1)> &lt;b&gt; $x$ mail@example.com',
      '# not a heading',
      '- not a list',
      '1. not a list either',
    ].join(' ');
    const html = toHtml(
      renderReport({
        ...report,
        title: '<h1>Owned</h1> | title',
        timeline: [
          {
            ...report.timeline[0],
            description: hostile,
            evidence: [{ url: 'javascript:alert(1)', label: 'evil' }],
          } as ReportInput['timeline'][number],
        ],
        actions: [{ ...(report.actions[0] as ReportInput['actions'][number]), title: hostile, owner: 'a|b' }],
        parkingLot: ['# heading?', '> quote?', '---'],
      }),
    );
    expect(html).not.toMatch(/<(script|img|h1>Owned|code|strong>bold|em>em|del|a href="javascript)/);
    expect(html).not.toContain('mailto:');
    // Every body row of the timeline and actions tables still has exactly its columns.
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => (row[1]?.match(/<t[dh]/g) ?? []).length);
    expect(rows).toEqual([2, 2, 2, 2, 2, 4, 4, 5, 5]);
    // The text reads as typed.
    expect(html).toContain('pipe | splits &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&amp;lt;b&amp;gt;');
    expect(html).toContain('<h1>&lt;h1&gt;Owned&lt;/h1&gt; | title</h1>');
    expect(html).toContain('<li># heading?</li>');
    expect(html).toContain('evil');
  });
});

describe('markdown escaping', () => {
  it('turns line starts that would be syntax into text', () => {
    for (const text of ['# x', '- x', '+ x', '= x', '> x', '12. x', '3) x', '---', '***']) {
      expect(toHtml(inlineText(text))).toBe(`<p>${text.replace('>', '&gt;')}</p>`);
    }
  });

  it('keeps line breaks and paragraphs of a longer text', () => {
    expect(toHtml(blockText('one\ntwo\n\nthree'))).toBe('<p>one<br />\ntwo</p>\n<p>three</p>');
  });

  it('links only http(s) addresses, and keeps awkward ones whole', () => {
    expect(link('x', 'ftp://example.com/file')).toBe('x');
    expect(link('x', 'data:text/html,hi')).toBe('x');
    expect(toHtml(link('Graph (p95)', 'https://example.com/a_(b)?q=1'))).toBe(
      '<p><a href="https://example.com/a_(b)?q=1">Graph (p95)</a></p>',
    );
  });
});
