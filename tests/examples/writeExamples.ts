// `pnpm examples`: writes docs/example-report.md and docs/example-export.json from the example meeting.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildReportInput, exportMeeting, renderReport } from '@debrief/shared';
import { buildExampleMeeting } from './buildExampleMeeting.ts';

const docs = fileURLToPath(new URL('../../docs/', import.meta.url));
const { content, control, rounds } = buildExampleMeeting();
fs.writeFileSync(`${docs}example-report.md`, renderReport(buildReportInput(content, control, rounds)));
fs.writeFileSync(`${docs}example-export.json`, `${JSON.stringify(exportMeeting(content, control), null, 2)}\n`);
console.log('Wrote docs/example-report.md and docs/example-export.json');
