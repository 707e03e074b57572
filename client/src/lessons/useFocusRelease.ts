import { type FocusEvent, useEffect, useRef } from 'react';

/**
 * Clears this person's "editing …" presence when a screen goes away while its cursor is inside it (the
 * facilitator moved everyone on): an element removed from the page never fires blur. Spread the returned
 * handlers on the screen's outer element.
 */
export function useFocusRelease(onFocusChange: (label: string | null) => void) {
  const inside = useRef(false);
  const release = useRef(onFocusChange);
  release.current = onFocusChange;

  useEffect(
    () => () => {
      if (inside.current) release.current(null);
    },
    [],
  );

  return {
    onFocus: () => {
      inside.current = true;
    },
    onBlur: (event: FocusEvent) => {
      inside.current = event.currentTarget.contains(event.relatedTarget as Node | null);
    },
  };
}
