/**
 * What every incident and timeline write returns. Writes never throw on bad input or on an item someone else
 * just deleted: they write nothing and say why, in words fit to show the person.
 */
export type IncidentWriteResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The result of a write that went through. */
export const written: IncidentWriteResult = { ok: true };

/** The result of a write that was refused, with why. */
export function refused(message: string): IncidentWriteResult {
  return { ok: false, message };
}
