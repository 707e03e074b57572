import { createShapeId, type Editor, type IndexKey, type TLShapeId } from 'tldraw';
import { BOARD_PAGE_ID } from './bindBoardStore.ts';

/** The lanes of the template: where things went the way they did, never who. */
export const CONTRIBUTING_FACTOR_LANES = [
  { key: 'detection', name: 'Detection' },
  { key: 'response', name: 'Response' },
  { key: 'tooling', name: 'Tooling' },
  { key: 'process', name: 'Process' },
  { key: 'communication', name: 'Communication' },
  { key: 'environment', name: 'Environment' },
  { key: 'knowledge', name: 'Knowledge we did not have' },
] as const;

const LANE_WIDTH = 420;
const LANE_HEIGHT = 360;
const GAP = 40;
const PER_ROW = 4;

/** Fixed ids: two people adding the template at the same moment write the same records, and so get one template. */
export function laneShapeId(key: string): TLShapeId {
  return createShapeId(`factors-${key}`);
}

/** Whether this board already has the template (or any lane of it). */
export function hasContributingFactorsTemplate(editor: Editor): boolean {
  return CONTRIBUTING_FACTOR_LANES.some((lane) => editor.getShape(laneShapeId(lane.key)) !== undefined);
}

/**
 * Lays the lanes out as labelled frames, each with the same position, size and order on every computer, so that
 * concurrent adds converge to the same records.
 */
export function addContributingFactorsTemplate(editor: Editor): void {
  const missing = CONTRIBUTING_FACTOR_LANES.map((lane, position) => ({ lane, position })).filter(
    ({ lane }) => editor.getShape(laneShapeId(lane.key)) === undefined,
  );
  if (missing.length === 0) return;
  editor.run(() => {
    editor.createShapes(
      missing.map(({ lane, position }) => ({
        id: laneShapeId(lane.key),
        type: 'frame',
        parentId: BOARD_PAGE_ID,
        index: `a${String.fromCharCode(66 + position)}` as IndexKey,
        x: (position % PER_ROW) * (LANE_WIDTH + GAP),
        y: Math.floor(position / PER_ROW) * (LANE_HEIGHT + GAP),
        props: { w: LANE_WIDTH, h: LANE_HEIGHT, name: lane.name },
      })),
    );
  });
  editor.zoomToFit({ animation: { duration: 200 } });
}
