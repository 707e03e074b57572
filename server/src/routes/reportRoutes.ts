import {
  buildReportInput,
  controlDocName,
  exportMeeting,
  readActions,
  readCards,
  readMeetingMeta,
  readMeetingSchedule,
  renderActionsCsv,
  renderMeetingIcs,
  renderReport,
  roundsDocName,
} from '@debrief/shared';
import { Hono } from 'hono';
import * as Y from 'yjs';
import type { MeetingService } from '../meeting/createMeetingService.ts';
import type { BoardImageStore } from '../persistence/BoardImageStore.ts';
import type { RoomRegistry } from '../sync/createRoomRegistry.ts';
import { type AccessEnv, EVERYONE, meetingAccess } from './meetingAccess.ts';

/**
 * `GET /api/meetings/:id/report.md`, `…/export.json`, `…/actions.csv` and `…/meeting.ics`.
 *
 * The report: the post-mortem as Markdown, for anyone with a link to the meeting. Who attended
 * comes from the check-ins and check-outs, so observers, who never see those names, get the report without them.
 */
export function createReportRoutes(
  access: Pick<MeetingService, 'resolveAccess'>,
  registry: RoomRegistry,
  /** the record's picture of the board, in the report and the export */
  boardImages: Pick<BoardImageStore, 'read'>,
) {
  const app = new Hono<AccessEnv>();
  const anyone = meetingAccess(access, { roles: EVERYONE, person: 'ignored' });

  app.get('/api/meetings/:id/report.md', anyone, async (c) => {
    const { meeting, role } = c.get('access');
    const [content, control, rounds] = await Promise.all([
      copy(registry, meeting.id),
      copy(registry, controlDocName(meeting.id)),
      role === 'observer' ? Promise.resolve(null) : copy(registry, roundsDocName(meeting.id)),
    ]);
    try {
      const input = buildReportInput(content, control, rounds);
      const report = renderReport({ ...input, boardPicture: await boardImages.read(meeting.id) });
      c.header('content-type', 'text/markdown; charset=utf-8');
      c.header('content-disposition', `attachment; filename="${fileName(input.title)}-post-mortem.md"`);
      c.header('cache-control', 'no-store');
      return c.body(report);
    } finally {
      for (const doc of [content, control, rounds]) doc?.destroy();
    }
  });

  app.get('/api/meetings/:id/export.json', anyone, async (c) => {
    const { meeting } = c.get('access');
    const content = await copy(registry, meeting.id);
    const control = await copy(registry, controlDocName(meeting.id));
    try {
      const data = exportMeeting(content, control, await boardImages.read(meeting.id));
      c.header('content-disposition', `attachment; filename="${fileName(data.meeting.title)}-export.json"`);
      c.header('cache-control', 'no-store');
      return c.json(data);
    } finally {
      content.destroy();
      control.destroy();
    }
  });

  app.get('/api/meetings/:id/actions.csv', anyone, async (c) => {
    const { meeting } = c.get('access');
    const { csv, title } = await registry.readDocument(meeting.id, (doc) => {
      const lessonTexts: Record<string, string> = {};
      for (const card of Object.values(readCards(doc)).flat()) lessonTexts[card.id] = card.text.trim();
      const actions = readActions(doc).filter((action) => action.title.trim() !== '' || action.owner !== null);
      return { csv: renderActionsCsv(actions, lessonTexts), title: buildTitle(doc) };
    });
    c.header('content-type', 'text/csv; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${fileName(title)}-actions.csv"`);
    c.header('cache-control', 'no-store');
    return c.body(csv);
  });

  app.get('/api/meetings/:id/meeting.ics', anyone, async (c) => {
    const { meeting } = c.get('access');
    const found = await registry.readDocument(meeting.id, (doc) => {
      const schedule = readMeetingSchedule(doc);
      const meta = readMeetingMeta(doc);
      return schedule && { schedule, title: meta.title, summary: meta.incidentSummary };
    });
    if (!found) return c.json({ error: 'The meeting has no time yet: choose one in Prepare first' }, 404);
    // The server keeps no link with a token it could hand out, so this file carries none; Prepare's invite does.
    const calendar = renderMeetingIcs({ meetingId: meeting.id, ...found, now: Date.now() });
    c.header('content-type', 'text/calendar; charset=utf-8');
    c.header('content-disposition', `attachment; filename="${fileName(found.title)}-meeting.ics"`);
    c.header('cache-control', 'no-store');
    return c.body(calendar);
  });

  return app;
}

/** A copy of a document to read at leisure, so the room is not held while a file is written. */
async function copy(registry: RoomRegistry, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await registry.readDocument(name, (source) => Y.encodeStateAsUpdate(source)));
  return doc;
}

function buildTitle(doc: Y.Doc): string {
  return readMeetingMeta(doc).title;
}

/** A file name from the title: letters, digits and dashes only, so no header or path can be made of it. */
function fileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug || 'meeting';
}
