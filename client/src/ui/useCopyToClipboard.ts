import { type RefObject, useEffect, useState } from 'react';

export type CopyFeedback = 'copied' | 'selected' | null;

/**
 * Copies `text`, and says so for three seconds. Without clipboard access (plain http, or permission denied)
 * it selects the text in `field` instead, so copying is one keystroke away.
 */
export function useCopyToClipboard(
  text: string,
  field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>,
): { feedback: CopyFeedback; copy: () => Promise<void> } {
  const [feedback, setFeedback] = useState<CopyFeedback>(null);

  useEffect(() => {
    if (!feedback) return;
    const timer = window.setTimeout(() => setFeedback(null), 3000);
    return () => window.clearTimeout(timer);
  }, [feedback]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setFeedback('copied');
    } catch {
      field.current?.focus();
      field.current?.select();
      setFeedback('selected');
    }
  };

  return { feedback, copy };
}
