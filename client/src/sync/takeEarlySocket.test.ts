import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { takeEarlySocket } from './takeEarlySocket.ts';

class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  readyState = FakeSocket.OPEN;
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
}

function earlySocket(url: string, socket: FakeSocket, received: MessageEvent[]) {
  const stopBuffering = vi.fn();
  vi.stubGlobal('window', { __debriefEarlySockets: { [url]: { socket, received, stopBuffering } } });
  return stopBuffering;
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
});
