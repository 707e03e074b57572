import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ImportService } from '../meeting/createImportService.ts';
import type { MeetingService } from '../meeting/createMeetingService.ts';
import { type AccessEnv, CONTRIBUTORS, meetingAccess } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';
import { tooLarge } from './tooLarge.ts';

// A 4 MB file, escaped into a JSON string, with room to spare.
const MAX_BODY_BYTES = 9 * 1024 * 1024;

/** `POST /api/meetings/:id/timeline/import/preview` and `POST /api/meetings/:id/timeline/import`. */
export function createImportRoutes(access: Pick<MeetingService, 'resolveAccess'>, service: ImportService) {
  const app = new Hono<AccessEnv>();
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => tooLarge(c, '9 MiB') });
  const contributor = meetingAccess(access, {
    roles: CONTRIBUTORS,
    forbidden: 'Observers can follow the meeting but not add to the timeline',
    person: 'optional',
  });

  app.post('/api/meetings/:id/timeline/import/preview', limit, contributor, async (c) => {
    const outcome = await service.preview(c.get('access'), await readJsonBody(c));
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });
  app.post('/api/meetings/:id/timeline/import', limit, contributor, async (c) => {
    const outcome = await service.add(c.get('access'), await readJsonBody(c));
    return outcome.ok ? c.json(outcome.body, 201) : c.json({ error: outcome.message }, outcome.status);
  });
  return app;
}
