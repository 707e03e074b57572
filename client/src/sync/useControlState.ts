import { type ControlState, readControlState } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/** The agenda state the server writes into the control document; null until it has arrived. */
export function useControlState(controlDoc: Y.Doc | undefined): ControlState | null {
  const [state, setState] = useState<ControlState | null>(null);

  useEffect(() => {
    if (!controlDoc) return;
    const update = () => setState(readControlState(controlDoc));
    update();
    controlDoc.on('update', update);
    return () => controlDoc.off('update', update);
  }, [controlDoc]);

  return state;
}
