import type { Role } from '@debrief/shared';

export const roleLabels: Record<Role, string> = {
  facilitator: 'Facilitator',
  participant: 'Participant',
  observer: 'Observer',
};

export function RoleBadge({ role }: { role: Role }) {
  return <span className={`badge badge--${role}`}>{roleLabels[role]}</span>;
}
