/** What the bench asks an anchor server's child process. */
export type ServerProcessRequest = { readonly type: 'documents'; readonly id: number };

/** What an anchor server's child process tells the bench. */
export type ServerProcessMessage =
  | { readonly type: 'listening'; readonly port: number }
  | { readonly type: 'documents'; readonly id: number; readonly count: number };
