/** One word of a full-text query, matched as a prefix or (stemmed) as a whole word. */
export interface FullTextTerm {
  readonly word: string;
  readonly prefix: boolean;
}

export interface ParsedFullTextQuery {
  readonly terms: readonly FullTextTerm[];
  /** true when any one term may match (`OR`), false when every term must. */
  readonly anyTerm: boolean;
}

const TERM = /"((?:[^"]|"")*)"(\*?)/g;

/**
 * Reads back the terms of a query made by `toFullTextQuery` (`"word"* "word"*`, every term required) or
 * `toRelatedQuery` (`"word" OR "word"`, any term). Only quoted terms are kept, and nothing between them but `OR`
 * counts: whatever else the text holds never becomes an operator.
 */
export function parseFullTextQuery(match: string): ParsedFullTextQuery {
  const terms: FullTextTerm[] = [];
  let anyTerm = false;
  let end = 0;
  for (const found of match.matchAll(TERM)) {
    if (terms.length > 0 && /^\s+OR\s+$/.test(match.slice(end, found.index))) anyTerm = true;
    const word = (found[1] ?? '').replaceAll('""', '"');
    if (word.trim() !== '') terms.push({ word, prefix: found[2] === '*' });
    end = found.index + found[0].length;
  }
  return { terms, anyTerm };
}
