/** A card's or action's text on one line, cut to `max` characters, for labels and menus. */
export function shortText(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line === '') return 'an empty card';
  const chars = [...line];
  return chars.length <= max
    ? line
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
