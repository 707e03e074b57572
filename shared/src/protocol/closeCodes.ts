/** Websocket close codes the sync server uses. 4000–4999 are ours; 1009 is the standard "too big". */
export const CloseCode = {
  messageTooLarge: 1009,
  malformedMessage: 4400,
  unauthorized: 4401,
  meetingNotFound: 4404,
  tooSlow: 4408,
  meetingFull: 4409,
  presenceTooLarge: 4413,
  clientOutdated: 4426,
  rateLimited: 4429,
  storageFailed: 4500,
  serverShuttingDown: 4503,
} as const;

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Plain-words reasons sent with each close code. */
export const closeReasons: Record<CloseCode, string> = {
  [CloseCode.messageTooLarge]: 'Message too large',
  [CloseCode.malformedMessage]: 'Malformed message',
  [CloseCode.unauthorized]: 'Missing or wrong link token',
  [CloseCode.meetingNotFound]: 'No such meeting',
  [CloseCode.tooSlow]: 'Connection too slow; reconnecting',
  [CloseCode.meetingFull]: 'This meeting is full',
  [CloseCode.presenceTooLarge]: 'Presence too large',
  [CloseCode.clientOutdated]: 'This page is older than the meeting; please reload',
  [CloseCode.rateLimited]: 'Too many messages; slow down',
  [CloseCode.storageFailed]: 'The server could not save your change; reconnecting will resend it',
  [CloseCode.serverShuttingDown]: 'The server is restarting',
};
