import { type ClientOptions, WebSocket } from 'ws';
import { nowMs } from '../support/timing.ts';

export interface MessageClock {
  /** When the last message arrived, before the client library read it. */
  lastMessageAt: number;
}

/** A `ws` WebSocket class that stamps each message's arrival before the client library's own handler runs. */
export function createTimingWebSocket(clock: MessageClock): typeof WebSocket {
  class TimingWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[], options?: ClientOptions) {
      super(address, protocols, options);
      // Registered first, so it runs before the handler the client library sets.
      this.on('message', () => {
        clock.lastMessageAt = nowMs();
      });
    }
  }
  return TimingWebSocket as unknown as typeof WebSocket;
}
