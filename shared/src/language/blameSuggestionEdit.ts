import type { BlameFinding } from './checkBlamelessLanguage.ts';

/** Replace `text.slice(start, end)` with `insert`. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

// Words that add only a judgement: taking them out leaves the sentence saying the same thing.
const FILLER = /^(?:obviously|clearly)$/i;

/**
 * What "apply" does with a finding. A filler word such as "obviously" is taken out. Anything else turns the
 * sentence holding it into the finding's suggestion, a question about the process: "Bob should have checked the
 * config." becomes "What made checking the config hard or easy to skip?".
 */
export function blameSuggestionEdit(text: string, finding: BlameFinding): TextEdit {
  const phrase = text.slice(finding.start, finding.end);
  if (FILLER.test(phrase)) return removeWord(text, finding.start, finding.end);
  const { start, end } = sentenceAround(text, finding.start, finding.end);
  return { start, end, insert: finding.suggestion };
}

/** Applies an edit to a string. */
export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

function sentenceAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '')) start--;
  while (start < from && /\s/.test(text[start] ?? '')) start++;
  let end = to;
  while (end < text.length && !/[.!?\n]/.test(text[end] ?? '')) end++;
  // The sentence's own full stop (or "?!") goes with it; a line break stays.
  while (end < text.length && /[.!?]/.test(text[end] ?? '')) end++;
  while (end < text.length && /["”’)]/.test(text[end] ?? '')) end++;
  return { start, end };
}

function removeWord(text: string, start: number, end: number): TextEdit {
  let removeEnd = end;
  // "Obviously, the flag…": the comma goes with the word.
  if (text[removeEnd] === ',') removeEnd++;
  const spaceAfter = /^[ \t]+/.exec(text.slice(removeEnd))?.[0].length ?? 0;
  const sentenceStart = start === 0 || /[.!?\n]\s*$/.test(text.slice(0, start));
  if (spaceAfter > 0 && (sentenceStart || start === 0 || /\s$/.test(text.slice(0, start)))) {
    removeEnd += spaceAfter;
  }
  if (!sentenceStart) {
    // "was obviously wrong" → "was wrong": take the space before when the one after is kept.
    const from = removeEnd === end && /[ \t]$/.test(text.slice(0, start)) ? start - 1 : start;
    return { start: from, end: removeEnd, insert: '' };
  }
  // The next word starts the sentence now.
  const next = text[removeEnd] ?? '';
  const capital = next.toUpperCase();
  return capital === next ? { start, end: removeEnd, insert: '' } : { start, end: removeEnd + 1, insert: capital };
}
