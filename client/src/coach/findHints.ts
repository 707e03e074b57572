import { type BlameFinding, checkBlamelessLanguage } from '@debrief/shared';
import { hintKey } from './dismissedHints.ts';

// Most texts do not change between two checks: the same string gives the same findings.
const recent = new Map<string, readonly BlameFinding[]>();
const MAX_RECENT = 2000;

function findingsOf(text: string): readonly BlameFinding[] {
  const known = recent.get(text);
  if (known) return known;
  const findings = text.trim() === '' ? [] : checkBlamelessLanguage(text);
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value as string);
  recent.set(text, findings);
  return findings;
}

/** The findings in a field's text that this person has not dismissed. */
export function findHints(text: string, fieldKey: string, dismissed: ReadonlySet<string>): BlameFinding[] {
  return findingsOf(text).filter((finding) => !dismissed.has(hintKey(fieldKey, text, finding)));
}
