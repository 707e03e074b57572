/** The form fields the server's messages name, by the field name the server uses. */
export const createMeetingFields = {
  title: { id: 'meeting-title', label: 'Title' },
  'incident.summary': { id: 'meeting-summary', label: 'Summary' },
  'incident.occurredAt': { id: 'meeting-occurred-at', label: 'When it happened' },
  'incident.severity': { id: 'meeting-severity', label: 'Severity' },
} as const;

export type CreateMeetingField = keyof typeof createMeetingFields;

/** Rewrites a server message such as `"incident.summary" must be …` in the form's own words, and names the field. */
export function describeCreateMeetingError(message: string): { text: string; field: CreateMeetingField | null } {
  const match = /^"([\w.]+)" (.*)$/.exec(message);
  const name = match?.[1];
  if (!match || !name || !(name in createMeetingFields)) return { text: message, field: null };
  const field = name as CreateMeetingField;
  if (field === 'incident.occurredAt') return { text: 'Enter when it happened as a date and a time.', field };
  return { text: `${createMeetingFields[field].label} ${match[2]}.`, field };
}
