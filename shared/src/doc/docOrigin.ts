/** Who wrote a transaction, so observers can tell server writes from people's edits. */
export type DocOrigin =
  | { readonly source: 'server'; readonly reason: string }
  | { readonly source: 'participant'; readonly participantId: string };

export function serverOrigin(reason: string): DocOrigin {
  return { source: 'server', reason };
}

export function isServerOrigin(origin: unknown): origin is Extract<DocOrigin, { source: 'server' }> {
  return typeof origin === 'object' && origin !== null && (origin as DocOrigin).source === 'server';
}
