import { replaceText } from '@debrief/shared';
import { useLayoutEffect, useRef } from 'react';
import type * as Y from 'yjs';
import { type TextDelta, transformIndex } from './transformSelection.ts';

interface Props {
  readonly text: Y.Text;
  readonly id: string;
  readonly placeholder?: string;
  readonly readOnly?: boolean;
  readonly rows?: number;
  readonly 'aria-describedby'?: string;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
  /** receives the element, for a layer drawn over it */
  readonly elementRef?: (element: HTMLTextAreaElement | null) => void;
}

/**
 * A textarea bound to a Y.Text. The element is updated directly, never through React state, so what it
 * shows always equals the Y.Text when a keystroke arrives: local typing then edits only the changed span,
 * and remote edits move the caret with the text around it.
 */
export function CollaborativeTextArea({
  text,
  id,
  placeholder,
  readOnly = false,
  rows = 8,
  'aria-describedby': describedBy,
  onFocus,
  onBlur,
  elementRef,
}: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    elementRef?.(ref.current);
    return () => elementRef?.(null);
  }, [elementRef]);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.value = text.toString();
    const onChange = (event: Y.YTextEvent) => {
      const next = text.toString();
      if (element.value === next) return;
      const focused = document.activeElement === element;
      const { selectionStart, selectionEnd, selectionDirection } = element;
      const delta = event.delta as TextDelta;
      element.value = next;
      if (focused) {
        element.setSelectionRange(
          transformIndex(selectionStart, delta),
          transformIndex(selectionEnd, delta),
          selectionDirection,
        );
      }
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  return (
    <textarea
      ref={ref}
      id={id}
      className="collab-textarea"
      rows={rows}
      placeholder={placeholder}
      readOnly={readOnly}
      aria-describedby={describedBy}
      onFocus={onFocus}
      onBlur={onBlur}
      onInput={(event) => replaceText(text, event.currentTarget.value)}
    />
  );
}
