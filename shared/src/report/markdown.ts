import { isSafeHttpUrl } from '../incident/isSafeHttpUrl.ts';

// Characters that start or end Markdown or HTML syntax anywhere in a line, escaped with a backslash (`&` becomes
// `&amp;`, so no entity is decoded). `@` stops e-mail autolinks, which are not http(s); `$` stops maths.
const SPECIAL = /[\\`*_[\]<>|~@$&]/g;
// What makes a line a heading, list, quote, rule or setext underline when it starts the line.
const LINE_START = /^(?:[#+=-]|(\d+)([.)]))/;

/** User text as inline Markdown that renders as exactly that text: no emphasis, no HTML, no links, one line. */
export function inlineText(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPECIAL, (char) => (char === '&' ? '&amp;' : `\\${char}`));
  return line.replace(LINE_START, (start, digits?: string, mark?: string) =>
    digits === undefined ? `\\${start}` : `${digits}\\${mark}`,
  );
}

/** User text as Markdown paragraphs: each line break kept (as a hard break), blank lines between paragraphs. */
export function blockText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => inlineText(line))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** User text for one cell of a table: one line, no pipes that would split the row. */
export function cellText(text: string): string {
  return inlineText(text);
}

/** A link, only when the address is http(s); otherwise the label alone, as text. */
export function link(label: string, url: string): string {
  const text = inlineText(label || url);
  if (!isSafeHttpUrl(url)) return text;
  // Inside <…> an address may hold spaces and parentheses; < > and line breaks are encoded away.
  const target = url.replace(/[<>\s]/g, (char) => encodeURIComponent(char));
  return `[${text}](<${target}>)`;
}

/** A table from a header row and rows of cells already escaped with `cellText`. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell || ' ').join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
