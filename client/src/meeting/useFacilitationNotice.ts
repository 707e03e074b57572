import type { ControlState, Role } from '@debrief/shared';
import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * What to tell a participant whose facilitation changed while they were here: promoted, handed the lead, or back to
 * taking part. Nothing on load: someone who opens the page as a co-facilitator already knows it.
 */
export function useFacilitationNotice(
  role: Role,
  control: ControlState | null,
  participantId: string,
  facilitating: boolean,
): { notice: string | null; dismiss: () => void } {
  const [notice, setNotice] = useState<string | null>(null);
  const previous = useRef<{ facilitating: boolean; leads: boolean } | null>(null);
  const leads = control?.leadFacilitatorId === participantId;

  useEffect(() => {
    if (role !== 'participant' || control === null) return;
    const before = previous.current;
    previous.current = { facilitating, leads };
    if (before === null) return;
    if (leads && !before.leads) setNotice('You lead the meeting now: the agenda, the timebox and closing are yours.');
    else if (facilitating && !before.facilitating) {
      setNotice('You can help run the meeting now: move the agenda and keep time with the controls below.');
    } else if (!facilitating && before.facilitating)
      setNotice('You handed the meeting over and are taking part again.');
  }, [role, control, facilitating, leads]);

  return { notice, dismiss: useCallback(() => setNotice(null), []) };
}
