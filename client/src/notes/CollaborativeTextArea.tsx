import { replaceText } from '@debrief/shared';
import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';

interface Props {
  readonly text: Y.Text;
  readonly id: string;
  readonly placeholder?: string;
  readonly readOnly?: boolean;
  readonly rows?: number;
}

/** A textarea bound to a Y.Text: local typing edits only the changed span; remote edits keep the caret in place. */
export function CollaborativeTextArea({ text, id, placeholder, readOnly = false, rows = 8 }: Props) {
  const [value, setValue] = useState(() => text.toString());
  const ref = useRef<HTMLTextAreaElement>(null);
  const selection = useRef<{ start: Y.RelativePosition; end: Y.RelativePosition } | null>(null);

  useEffect(() => {
    setValue(text.toString());
    const onChange = (_event: Y.YTextEvent, transaction: Y.Transaction) => {
      setValue(text.toString());
      const element = ref.current;
      const saved = selection.current;
      if (!element || !saved || transaction.local || document.activeElement !== element) return;
      const doc = text.doc;
      if (!doc) return;
      const start = Y.createAbsolutePositionFromRelativePosition(saved.start, doc);
      const end = Y.createAbsolutePositionFromRelativePosition(saved.end, doc);
      requestAnimationFrame(() => {
        if (start && end) element.setSelectionRange(start.index, end.index);
      });
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  const rememberSelection = () => {
    const element = ref.current;
    if (!element) return;
    selection.current = {
      start: Y.createRelativePositionFromTypeIndex(text, element.selectionStart),
      end: Y.createRelativePositionFromTypeIndex(text, element.selectionEnd),
    };
  };

  return (
    <textarea
      ref={ref}
      id={id}
      className="collab-textarea"
      value={value}
      rows={rows}
      placeholder={placeholder}
      readOnly={readOnly}
      onSelect={rememberSelection}
      onKeyUp={rememberSelection}
      onChange={(event) => {
        const next = event.target.value;
        replaceText(text, next);
        setValue(next);
        rememberSelection();
      }}
    />
  );
}
