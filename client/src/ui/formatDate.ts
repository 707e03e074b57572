const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** "20 Nov 2026" in the reader's own locale; empty for an unknown date. */
export function formatDate(value: number | string | null): string {
  const date = toDate(value);
  return date ? dateFormat.format(date) : '';
}

/** "20 Nov 2026, 14:03" in the reader's own locale and time zone; empty for an unknown date. */
export function formatDateTime(value: number | string | null): string {
  const date = toDate(value);
  return date ? dateTimeFormat.format(date) : '';
}

function toDate(value: number | string | null): Date | null {
  if (value === null || value === 0 || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
