/** What a link lets its holder do; each meeting has one link per role. */
export const Role = {
  facilitator: 'facilitator',
  participant: 'participant',
  observer: 'observer',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLES: readonly Role[] = [Role.facilitator, Role.participant, Role.observer];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether the role may write the meeting's collaborative content. */
export function canWriteContent(role: Role): boolean {
  return role === Role.facilitator || role === Role.participant;
}

/** Who sends a meeting command: the role of their link, and their participant id once they have joined. */
export interface MeetingActor {
  role: Role;
  participantId: string | null;
}
