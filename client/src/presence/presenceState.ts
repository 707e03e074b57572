import { isRole, isStage, type Role, type Stage } from '@debrief/shared';

/** What each connected person shares through awareness: who they are, which stage they view, which field they edit. */
export interface PresenceState {
  readonly user: { readonly id: string; readonly name: string; readonly color: string; readonly role: Role };
  readonly stage: Stage;
  /** the label of the field being edited, or null */
  readonly focus: string | null;
  /** what is being edited, so a screen can show who is on which item (e.g. 'timeline-event:<id>'), or null */
  readonly focusId?: string | null;
}

const MAX_TEXT = 40;
const COLOR = /^#[0-9a-f]{6}$/i;

/** Reads another client's awareness state, which anyone could have sent, into a presence or null. */
export function readPresenceState(state: unknown): PresenceState | null {
  if (typeof state !== 'object' || state === null) return null;
  const { user, stage, focus, focusId } = state as Record<string, unknown>;
  if (typeof user !== 'object' || user === null) return null;
  const { id, name, color, role } = user as Record<string, unknown>;
  if (typeof id !== 'string' || id === '' || typeof name !== 'string' || !isRole(role) || !isStage(stage)) return null;
  return {
    user: {
      id: id.slice(0, 64),
      name: name.trim().slice(0, MAX_TEXT) || 'Someone',
      color: typeof color === 'string' && COLOR.test(color) ? color : '#535b6e',
      role,
    },
    stage,
    focus: typeof focus === 'string' && focus !== '' ? focus.slice(0, MAX_TEXT) : null,
    focusId: typeof focusId === 'string' && focusId !== '' ? focusId.slice(0, 100) : null,
  };
}
