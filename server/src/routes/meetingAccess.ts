import { PersonalHeader, type Role } from '@debrief/shared';
import type { Context, MiddlewareHandler } from 'hono';
import type { AccessPerson, MeetingAccess, MeetingService } from '../meeting/createMeetingService.ts';
import { readBearerToken } from './readRequest.ts';

/** What the access check leaves on the request for the handlers after it. */
export interface AccessEnv {
  Variables: { access: MeetingAccess };
}

export interface AccessRule {
  /** Roles that may use the route; the others get 403 with `forbidden`. */
  readonly roles: readonly Role[];
  readonly forbidden?: string;
  /**
   * `required`: the route acts as a person (votes, check-ins), so `X-Personal-Key` must prove one. `optional`: a
   * key, when sent, says who asks (a promoted facilitator's command). `ignored`: the route must not know who
   * asks, as with an anonymous card, so no key is even looked at.
   */
  readonly person: 'required' | 'optional' | 'ignored';
}

/**
 * The one request boundary of a meeting's routes: the meeting, the role the token gives, and the person the
 * personal key proves, checked once, in one place. Handlers after it read `c.get('access')` and trust it.
 */
export function meetingAccess(
  service: Pick<MeetingService, 'resolveAccess'>,
  rule: AccessRule,
): MiddlewareHandler<AccessEnv> {
  return async (c, next) => {
    const outcome = await service.resolveAccess(c.req.param('id') ?? '', {
      token: readBearerToken(c),
      personalKey: rule.person === 'ignored' ? null : (c.req.header(PersonalHeader.voterKey) ?? null),
      participantId: rule.person === 'ignored' ? null : (c.req.header(PersonalHeader.participantId) ?? null),
    });
    if (!outcome.ok) return c.json({ error: outcome.message }, outcome.status);
    const { access } = outcome;
    if (!rule.roles.includes(access.role)) {
      return c.json({ error: rule.forbidden ?? 'This link cannot do that' }, 403);
    }
    if (rule.person === 'required' && !access.person) {
      return c.json(
        { error: 'The "X-Personal-Key" header must carry your secret personal key, so the server knows it is you' },
        400,
      );
    }
    c.set('access', access);
    await next();
  };
}

/** The person of a route whose rule is `person: 'required'`. */
export function requirePerson(c: Context<AccessEnv>): AccessPerson {
  const person = c.get('access').person;
  if (!person) throw new Error('This route needs the access rule person: "required"');
  return person;
}

export const CONTRIBUTORS: readonly Role[] = ['facilitator', 'participant'];
export const EVERYONE: readonly Role[] = ['facilitator', 'participant', 'observer'];
