import { replaceText } from '@debrief/shared';
import { type ComponentProps, useCallback, useState } from 'react';
import type * as Y from 'yjs';
import { CollaborativeTextArea } from '../editing/CollaborativeTextArea.tsx';
import { useCoach } from './CoachContext.ts';
import { LazyBlameHints } from './LazyBlameHints.ts';
import { useIdleText } from './useIdleText.ts';

type Props = ComponentProps<typeof CollaborativeTextArea> & {
  /** names the field among the meeting's, such as `action:<id>` */
  readonly hintKey: string;
};

/** A shared text field with wording hints for people who can edit it; read only, it is the plain field. */
export function CoachedTextArea({ hintKey, ...props }: Props) {
  const coach = useCoach();
  if (coach === null || props.readOnly) return <CollaborativeTextArea {...props} />;
  return <Coached {...props} hintKey={hintKey} meetingId={coach.meetingId} />;
}

function Coached({ hintKey, meetingId, ...props }: Props & { readonly meetingId: string }) {
  const { text } = props;
  const [element, setElement] = useState<HTMLTextAreaElement | null>(null);
  const read = useCallback(() => text.toString(), [text]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      text.observe(onChange);
      return () => text.unobserve(onChange);
    },
    [text],
  );
  const settled = useIdleText(read, subscribe);
  const replace = (from: string, to: string) => replaceIfUnchanged(text, from, to);

  return (
    <div className="coached-field">
      <CollaborativeTextArea {...props} elementRef={setElement} />
      <LazyBlameHints element={element} text={settled} fieldKey={hintKey} meetingId={meetingId} onReplace={replace} />
    </div>
  );
}

function replaceIfUnchanged(text: Y.Text, from: string, to: string): boolean {
  if (text.toString() !== from) return false;
  replaceText(text, to);
  return true;
}
