// Asking Intl is slow next to reading a timeline of thousands of events, and the answer never changes.
const known = new Map<string, string | null>();

/**
 * An IANA time zone name this runtime knows, with its case fixed ('europe/berlin' → 'Europe/Berlin'), or null.
 * Other spellings are kept as given: runtimes disagree on which of 'Asia/Kolkata' and 'Asia/Calcutta' is canonical.
 */
export function canonicalTimeZone(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 64) return null;
  // Offsets such as '+01:00' are not zones: they do not follow daylight saving, so a date on the other side of a change would come out wrong.
  if (!/^[A-Za-z]/.test(value)) return null;
  const cached = known.get(value);
  if (cached !== undefined) return cached;
  let canonical: string | null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
    canonical = resolved.toLowerCase() === value.toLowerCase() ? resolved : value;
  } catch {
    canonical = null;
  }
  if (known.size < 1000) known.set(value, canonical);
  return canonical;
}

/** Whether `value` is an IANA time zone name this runtime knows, such as 'Europe/Berlin' or 'UTC'. */
export function isTimeZone(value: unknown): value is string {
  return canonicalTimeZone(value) !== null;
}
