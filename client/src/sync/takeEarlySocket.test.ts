import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { FakeSocket, servedNotes, syncStep2Message } from './syncTestSupport.ts';
import { EarlyWebSocket, takeEarlySocket } from './takeEarlySocket.ts';

function earlySocket(url: string, socket: FakeSocket, received: MessageEvent[], requested = false) {
  const stopBuffering = vi.fn();
  vi.stubGlobal('window', { __debriefEarlySockets: { [url]: { socket, received, requested, stopBuffering } } });
  return stopBuffering;
}

/** y-websocket's real provider over an early socket that has received the served notes; `requested` as index.html sets it. */
function providerOverEarlySocket(requested: boolean) {
  const socket = new FakeSocket();
  earlySocket('ws://here/sync/m', socket, [syncStep2Message(servedNotes('Failover took 14 minutes'))], requested);
  (window as unknown as { addEventListener: () => void }).addEventListener = () => undefined;
  const doc = new Y.Doc();
  const provider = new WebsocketProvider('ws://here/sync', 'm', doc, {
    WebSocketPolyfill: EarlyWebSocket,
    disableBc: true,
  });
  return { socket, doc, provider };
}

describe('takeEarlySocket', () => {
  beforeEach(() => vi.stubGlobal('WebSocket', FakeSocket));
  afterEach(() => vi.unstubAllGlobals());

  it('hands an open socket over once, then replays its open event and the messages it received, in order', async () => {
    const socket = new FakeSocket();
    const first = new MessageEvent('message', { data: 'one' });
    const second = new MessageEvent('message', { data: 'two' });
    const stopBuffering = earlySocket('ws://here/sync/m', socket, [first, second]);
    const heard: string[] = [];

    const taken = takeEarlySocket('ws://here/sync/m') as unknown as FakeSocket;
    taken.onopen = () => heard.push('open');
    taken.onmessage = (event) => heard.push(String(event.data));
    await Promise.resolve();

    expect(taken).toBe(socket);
    expect(stopBuffering).toHaveBeenCalled();
    expect(heard).toEqual(['open', 'one', 'two']);
    expect(takeEarlySocket('ws://here/sync/m')).toBeNull();
  });

  it('leaves a socket that is still connecting to fire its own open event', async () => {
    const socket = new FakeSocket();
    socket.readyState = FakeSocket.CONNECTING;
    earlySocket('ws://here/sync/m', socket, []);
    const onopen = vi.fn();

    const taken = takeEarlySocket('ws://here/sync/m') as unknown as FakeSocket;
    taken.onopen = onopen;
    await Promise.resolve();

    expect(taken).toBe(socket);
    expect(onopen).not.toHaveBeenCalled();
  });

  it('does not hand over a closed socket, nor one to another URL', () => {
    const socket = new FakeSocket();
    socket.readyState = 3;
    earlySocket('ws://here/sync/m', socket, []);
    expect(takeEarlySocket('ws://here/sync/other')).toBeNull();
    expect(takeEarlySocket('ws://here/sync/m')).toBeNull();
  });

  // The hand-over relies on y-websocket setting the socket's `onopen` and `onmessage` when it makes the socket, as
  // y-websocket 3 does: if a new version listened another way, this fails.
  it("is taken over by y-websocket's provider, which syncs from what the socket received before", async () => {
    const { socket, doc, provider } = providerOverEarlySocket(false);
    try {
      await Promise.resolve();
      expect(provider.ws).toBe(socket as unknown as WebSocket);
      expect(doc.getText('notes').toString()).toBe('Failover took 14 minutes');
      expect(provider.synced).toBe(true);
      // It asked for what it lacked, as on any open.
      expect(socket.sent.length).toBeGreaterThan(0);
    } finally {
      provider.destroy();
      doc.destroy();
    }
  });

  it('does not let the provider ask again for the whole document that index.html already asked for', async () => {
    const { socket, doc, provider } = providerOverEarlySocket(true);
    try {
      await Promise.resolve();
      expect(doc.getText('notes').toString()).toBe('Failover took 14 minutes');
      const requests = socket.sent.filter(
        (bytes) => bytes.length === 4 && bytes.every((b, i) => b === [0, 0, 1, 0][i]),
      );
      expect(requests).toHaveLength(0);
      // Its other messages still go out: its presence, and its answer to the server's own request, if any.
      provider.awareness.setLocalStateField('stage', 'timeline');
      expect(socket.sent.length).toBeGreaterThan(0);
      doc.getText('notes').insert(0, 'Why ');
      expect(socket.sent.some((bytes) => bytes[0] === 0 && bytes[1] === 2)).toBe(true);
    } finally {
      provider.destroy();
      doc.destroy();
    }
  });
});
