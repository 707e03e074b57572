export type BuiltText = { ok: true; value: string } | { ok: false; message: string };

/** Runs a builder of the invite or the announcement, turning what it throws into a message to show. */
export function buildInviteText(make: () => string): BuiltText {
  try {
    return { ok: true, value: make() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'Something went wrong' };
  }
}
