import type * as Y from 'yjs';

/** Moves a content document from version `version - 1` to `version`. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  migrate(doc: Y.Doc): void;
}
