import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AccessPerson, MeetingService, Refusal } from '../meeting/createMeetingService.ts';
import { type AccessEnv, CONTRIBUTORS, meetingAccess, requirePerson } from './meetingAccess.ts';
import { readJsonBody } from './readRequest.ts';
import { tooLarge } from './tooLarge.ts';

type Outcome = { readonly ok: true; readonly body: object } | Refusal;

/** A round each person takes part in once, as themselves: what they send, and what they get back of their own. */
export interface RoundService {
  /** `asFacilitator`: sent with the facilitator link, so the record names this person among who facilitated. */
  submit(meetingId: string, person: AccessPerson, body: unknown, asFacilitator: boolean): Promise<Outcome>;
  readMine(meetingId: string, person: AccessPerson): Promise<Outcome>;
}

/**
 * `POST /api/meetings/:id/<round>` and `GET /api/meetings/:id/<round>/mine`, for `check-ins` and `check-outs`:
 * the person's link token and secret key in the headers, a small JSON body.
 */
export function createRoundRoutes(
  round: 'check-ins' | 'check-outs',
  access: Pick<MeetingService, 'resolveAccess'>,
  service: RoundService,
) {
  const app = new Hono<AccessEnv>();
  const person = meetingAccess(access, {
    roles: CONTRIBUTORS,
    forbidden: `Observers follow the meeting but do not ${round === 'check-ins' ? 'check in' : 'check out'}`,
    person: 'required',
  });

  app.post(
    `/api/meetings/:id/${round}`,
    bodyLimit({ maxSize: 8 * 1024, onError: (c) => tooLarge(c, '8 KiB') }),
    person,
    async (c) => {
      const { meeting, role } = c.get('access');
      const outcome = await service.submit(meeting.id, requirePerson(c), await readJsonBody(c), role === 'facilitator');
      return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
    },
  );

  app.get(`/api/meetings/:id/${round}/mine`, person, async (c) => {
    c.header('cache-control', 'no-store');
    const outcome = await service.readMine(c.get('access').meeting.id, requirePerson(c));
    return outcome.ok ? c.json(outcome.body) : c.json({ error: outcome.message }, outcome.status);
  });

  return app;
}
