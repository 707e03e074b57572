import { initialsOf } from '../identity/initialsOf.ts';

/** Initials on the person's colour; the name is always shown or announced beside it. */
export function Avatar({ name, color }: { name: string; color: string }) {
  return (
    <span className="avatar" style={{ backgroundColor: color }} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
