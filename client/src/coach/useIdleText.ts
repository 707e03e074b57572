import { useEffect, useState } from 'react';

/** How long typing pauses before hints are looked for: they never come while someone is mid-word. */
export const HINT_DELAY_MS = 600;

/**
 * The text once it has stopped changing for a moment, or null while it is changing. `subscribe` calls back on every
 * change; `read` gives the text now.
 */
export function useIdleText(read: () => string, subscribe: (onChange: () => void) => () => void): string | null {
  const [settled, setSettled] = useState<string | null>(read);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    setSettled(read());
    const unsubscribe = subscribe(() => {
      setSettled(null);
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(read()), HINT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [read, subscribe]);
  return settled;
}

/** The same for a value held in React state: the value once it has stopped changing, or null while it changes. */
export function useSettledValue(value: string): string | null {
  const [settled, setSettled] = useState<string | null>(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), HINT_DELAY_MS);
    return () => {
      clearTimeout(timer);
      setSettled(null);
    };
  }, [value]);
  return settled;
}
