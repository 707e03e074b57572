import { type ControlState, readControlState } from '@debrief/shared';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { onDocChange } from './onDocChange.ts';

/** The agenda state the server writes into the control document; null until it has arrived. */
export function useControlState(controlDoc: Y.Doc | undefined): ControlState | null {
  const [state, setState] = useState<ControlState | null>(null);

  useEffect(() => {
    if (!controlDoc) return;
    const update = () => setState(readControlState(controlDoc));
    update();
    return onDocChange(controlDoc, update);
  }, [controlDoc]);

  return state;
}
