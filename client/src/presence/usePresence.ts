import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { collectPresence, type Presence } from './collectPresence.ts';
import type { PresenceState } from './presenceState.ts';

const nobody: Presence = { people: [], observerCount: 0, watching: false };

/** Shares this person's presence (none when `local` is null) through the document's awareness; returns everyone else's. */
export function usePresence(awareness: Awareness | undefined, local: PresenceState | null): Presence {
  const [presence, setPresence] = useState<Presence>(nobody);
  const localKey = JSON.stringify(local);
  const watching = local === null;

  useEffect(() => {
    awareness?.setLocalState(JSON.parse(localKey) as PresenceState | null);
  }, [awareness, localKey]);

  useEffect(() => {
    if (!awareness) return;
    // Only an observer's page publishes nothing.
    const update = () => setPresence(collectPresence(awareness.getStates(), awareness.clientID, watching));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness, watching]);

  return presence;
}
