import { readBoardLink } from '@debrief/shared';
import { useEditor, useValue } from 'tldraw';
import type { LinkTarget } from './useLinkTargets.ts';

/** Over a sticky note that points at a timeline event or a lesson card, shows that event's or card's words. */
export function LinkedNoteHover({ targets }: { readonly targets: readonly LinkTarget[] }) {
  const editor = useEditor();
  const hovered = useValue('hovered linked note', () => {
    const id = editor.getHoveredShapeId();
    const shape = id ? editor.getShape(id) : undefined;
    const link = shape?.type === 'note' ? readBoardLink(shape.meta) : null;
    const bounds = shape && link ? editor.getShapePageBounds(shape) : undefined;
    if (!shape || !link || !bounds) return null;
    const point = editor.pageToViewport({ x: bounds.minX, y: bounds.maxY });
    return { link, x: point.x, y: point.y };
  }, [editor]);
  if (!hovered) return null;
  const target = targets.find((item) => item.kind === hovered.link.kind && item.id === hovered.link.id);
  const what = hovered.link.kind === 'event' ? 'Timeline event' : 'Lesson card';
  return (
    <div className="board-hover" role="tooltip" style={{ left: hovered.x, top: hovered.y + 8 }}>
      <strong>{what}</strong>
      <span>{target ? target.text : 'No longer in the meeting'}</span>
    </div>
  );
}
