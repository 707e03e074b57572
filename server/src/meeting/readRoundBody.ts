export const MAX_DISPLAY_NAME_LENGTH = 60;

/** The `name` a check-in or check-out is shown under: trimmed, 1 to MAX_DISPLAY_NAME_LENGTH characters, or null. */
export function readDisplayName(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const name = (body as { name?: unknown }).name;
  if (typeof name !== 'string') return null;
  const trimmed = name.trim();
  return trimmed.length >= 1 && [...trimmed].length <= MAX_DISPLAY_NAME_LENGTH ? trimmed : null;
}

export const NAME_MESSAGE = `"name" must be your name, 1 to ${MAX_DISPLAY_NAME_LENGTH} characters`;

export function refuse(status: 400 | 401 | 403 | 404 | 409, message: string) {
  return { ok: false as const, status, message };
}
