import { Avatar } from '../presence/Avatar.tsx';
import { describeEditors, type Editor } from './editingPeople.ts';

/** The avatars of the others editing an item, named for screen readers and on hover. */
export function EditingAvatars({ editors }: { editors: readonly Editor[] }) {
  if (editors.length === 0) return null;
  const description = describeEditors(editors);
  return (
    <span className="editing-avatars" title={description}>
      <span className="editing-avatars__faces">
        {editors.slice(0, 3).map((editor) => (
          <Avatar key={editor.id} name={editor.name} color={editor.color} />
        ))}
      </span>
      <span className="editing-avatars__text">{description}</span>
    </span>
  );
}
