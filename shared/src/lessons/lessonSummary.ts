import type * as Y from 'yjs';
import { getSummaryText } from '../doc/docSchema.ts';
import { replaceText } from '../text/replaceText.ts';

/** The "why it went wrong" summary, typed together; bind editors to this Y.Text. */
export function getLessonSummaryText(doc: Y.Doc): Y.Text {
  return getSummaryText(doc);
}

export function readLessonSummary(doc: Y.Doc): string {
  return getSummaryText(doc).toString();
}

/** Replaces the summary, touching only the span that changed so concurrent edits merge. */
export function replaceLessonSummary(doc: Y.Doc, next: string): void {
  replaceText(getSummaryText(doc), next);
}
