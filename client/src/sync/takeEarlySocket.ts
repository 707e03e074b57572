/** A sync connection index.html opened before the app's code had loaded, with what it received until taken over. */
interface EarlySocket {
  readonly socket: WebSocket;
  readonly received: MessageEvent[];
  /** Whether its address asked the server for the whole document (as a sync request with an empty state vector would). */
  readonly requested?: boolean;
  readonly stopBuffering: () => void;
}

/** A sync message (0) holding a sync step 1 (0) with an empty state vector (length 1, no clients). */
const WHOLE_DOCUMENT_REQUEST = [0, 0, 1, 0];

declare global {
  interface Window {
    /** By URL; index.html's inline script fills it on a meeting link for someone who has already joined in this tab. */
    __debriefEarlySockets?: Record<string, EarlySocket>;
  }
}

/**
 * The socket index.html already opened to `url`, or null. Once the caller (y-websocket) has set its handlers, it
 * hears the open event and the messages it missed, in order, as if it had opened the socket itself.
 */
export function takeEarlySocket(url: string): WebSocket | null {
  const early = window.__debriefEarlySockets?.[url];
  if (!early) return null;
  delete window.__debriefEarlySockets?.[url];
  const { socket, received, requested, stopBuffering } = early;
  if (socket.readyState !== WebSocket.CONNECTING && socket.readyState !== WebSocket.OPEN) {
    stopBuffering();
    return null;
  }
  // The caller's own first request, when it asks for the same whole document, would have it sent twice.
  if (requested) dropFirstWholeDocumentRequest(socket);
  // Events come as tasks, so nothing arrives between the caller's setup and this.
  queueMicrotask(() => {
    stopBuffering();
    // A socket still connecting has received nothing and will fire its own open event.
    if (socket.readyState !== WebSocket.OPEN) return;
    socket.onopen?.(new Event('open'));
    for (const message of received) {
      if (socket.readyState !== WebSocket.OPEN) return;
      socket.onmessage?.(message);
    }
  });
  return socket;
}

/** A WebSocket constructor for y-websocket that takes over the socket index.html opened to the same URL, if any. */
export const EarlyWebSocket = function EarlyWebSocket(url: string | URL, protocols?: string | string[]): WebSocket {
  return takeEarlySocket(String(url)) ?? new WebSocket(url, protocols);
} as unknown as typeof WebSocket;

/** Looks at the caller's first message only: its sync request, which y-websocket sends as the socket opens. */
function dropFirstWholeDocumentRequest(socket: WebSocket): void {
  const send = socket.send.bind(socket);
  socket.send = (data) => {
    socket.send = send;
    const bytes = ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
    const same =
      bytes?.length === WHOLE_DOCUMENT_REQUEST.length && bytes.every((b, i) => b === WHOLE_DOCUMENT_REQUEST[i]);
    if (!same) send(data);
  };
}
