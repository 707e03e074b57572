import { type FocusEvent, useCallback, useState } from 'react';

/**
 * A form value someone edits locally that follows the stored value while they are not editing it. `valueKey`
 * names the stored value; when it changes while they are away, the draft is replaced. Spread `focusProps` on the
 * element that contains the fields. Leaving after a change keeps what they typed (it was just saved, or refused
 * with a message) until the stored value changes again; leaving without one shows what others changed meanwhile.
 * `dirty` says the draft holds this person's changes, until it follows the stored value again.
 */
export function useFollowingDraft<D>(valueKey: string, toDraft: () => D) {
  const [draft, setDraftState] = useState(toDraft);
  const [seenKey, setSeenKey] = useState(valueKey);
  const [editing, setEditing] = useState(false);
  const [dirty, setDirty] = useState(false);

  if (!editing && seenKey !== valueKey) {
    setSeenKey(valueKey);
    setDraftState(toDraft());
    setDirty(false);
  }

  const setDraft = useCallback((next: D) => {
    setDraftState(next);
    setDirty(true);
  }, []);

  const focusProps = {
    onFocus: () => setEditing(true),
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
      setEditing(false);
      if (dirty) setSeenKey(valueKey);
    },
  };

  return { draft, setDraft, editing, dirty, focusProps };
}
