import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { collectPresence, type Presence } from './collectPresence.ts';
import type { PresenceState } from './presenceState.ts';

const nobody: Presence = { people: [], observerCount: 0, watching: false };

/** Shares this person's presence through the document's awareness, and returns everyone else's. */
export function usePresence(awareness: Awareness | undefined, local: PresenceState): Presence {
  const [presence, setPresence] = useState<Presence>(nobody);
  const localKey = JSON.stringify(local);

  useEffect(() => {
    awareness?.setLocalState(JSON.parse(localKey) as PresenceState);
  }, [awareness, localKey]);

  useEffect(() => {
    if (!awareness) return;
    const update = () => setPresence(collectPresence(awareness.getStates(), awareness.clientID));
    update();
    awareness.on('change', update);
    return () => awareness.off('change', update);
  }, [awareness]);

  return presence;
}
