import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';

export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

function readStatus(provider: WebsocketProvider, everConnected: boolean): ConnectionStatus {
  if (provider.wsconnected && provider.synced) return 'online';
  if (!navigator.onLine) return 'offline';
  return everConnected ? 'reconnecting' : 'connecting';
}

/** Tracks the provider's websocket so the connection state is always visible. */
export function useConnectionStatus(provider: WebsocketProvider | undefined): ConnectionStatus {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');

  useEffect(() => {
    if (!provider) return;
    let everConnected = false;
    const update = () => {
      if (provider.wsconnected) everConnected = true;
      setStatus(readStatus(provider, everConnected));
    };
    update();
    provider.on('status', update);
    provider.on('sync', update);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      provider.off('status', update);
      provider.off('sync', update);
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [provider]);

  return status;
}
