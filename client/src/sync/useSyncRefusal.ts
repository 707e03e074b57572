import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { isPermanentRefusal } from './isPermanentRefusal.ts';

/** The close code with which the server turned this document away for good, or null while it has not. */
export function useSyncRefusal(provider: WebsocketProvider | undefined): number | null {
  const [code, setCode] = useState<number | null>(null);

  useEffect(() => {
    if (!provider) return;
    setCode(null);
    const onClose = (event: CloseEvent | null) => {
      if (!isPermanentRefusal(event?.code)) return;
      // Reconnecting would be refused again: stop until the person reloads.
      provider.shouldConnect = false;
      provider.disconnect();
      setCode(event?.code ?? null);
    };
    provider.on('connection-close', onClose);
    return () => provider.off('connection-close', onClose);
  }, [provider]);

  return code;
}
