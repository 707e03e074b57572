// For the sync tests: a socket y-websocket can use without a network, and the server's answers it would receive.
import * as Y from 'yjs';

/** A WebSocket stand-in that records what is sent and lets a test fire its events. */
export class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  readonly OPEN = 1;
  readyState = FakeSocket.OPEN;
  binaryType = 'blob';
  readonly sent: Uint8Array[] = [];
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
  }
}

/** The server's answer to a sync request (a sync message, 0, holding step 2, 1): `update`, after its length. */
export function syncStep2Message(update: Uint8Array): MessageEvent {
  const length: number[] = [];
  for (let left = update.length; ; left >>>= 7) {
    if (left < 0x80) {
      length.push(left);
      break;
    }
    length.push((left & 0x7f) | 0x80);
  }
  return new MessageEvent('message', { data: Uint8Array.from([0, 1, ...length, ...update]).buffer });
}

/** A document holding `text` in its notes, as the server would send it. */
export function servedNotes(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}
