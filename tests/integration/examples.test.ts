import { readFile } from 'node:fs/promises';
import { buildReportInput, type CreateMeetingResponse, exportMeeting, renderReport } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import { buildExampleMeeting } from '../examples/buildExampleMeeting.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();
const docsFile = (name: string) => readFile(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

describe('the example report and export in docs/', () => {
  it('are what the example meeting gives today (run `pnpm examples` after changing the report)', async () => {
    const { content, control, rounds } = buildExampleMeeting();
    expect(await docsFile('example-report.md')).toBe(renderReport(buildReportInput(content, control, rounds)));
    expect(JSON.parse(await docsFile('example-export.json'))).toEqual(
      JSON.parse(JSON.stringify(exportMeeting(content, control))),
    );
  });

  it('import into a new meeting whose report says the same, but for the names of who took part', async () => {
    const response = await fetch(`${room.server.url}/api/meetings/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: await docsFile('example-export.json'),
    });
    expect(response.status).toBe(201);
    const imported = (await response.json()) as CreateMeetingResponse;
    const report = await fetch(`${room.server.url}/api/meetings/${imported.id}/report.md`, {
      headers: { authorization: `Bearer ${imported.tokens.participant}` },
    });
    const withoutNames = (text: string) =>
      text
        .split('\n')
        .filter((line) => !/^\*\*(Facilitated by|Attended by):\*\*/.test(line))
        // The line before the names ends in a Markdown line break only when names follow.
        .map((line) => line.trimEnd())
        .join('\n');
    expect(withoutNames(await report.text())).toBe(withoutNames(await docsFile('example-report.md')));
  });
});
