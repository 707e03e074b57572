import { BOARD_RECORDS_ROOT, boardDocName } from '@debrief/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { eventually } from '../support/eventually.ts';
import { useTestMeeting } from '../support/useTestMeeting.ts';

const room = useTestMeeting();

function records(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_RECORDS_ROOT);
}

function note(id: string, text = 'Alert went to an old channel') {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    x: 10,
    y: 20,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
    meta: {},
  };
}

/** Two people with the board open, and a way to read what the server holds, as a newcomer would get it. */
async function openBoard() {
  const name = boardDocName(room.meeting.id);
  const writer = room.connect(room.meeting.tokens.participant, name);
  const reader = room.connect(room.meeting.tokens.participant, name);
  await Promise.all([writer.synced(), reader.synced()]);
  const readServer = async () => {
    const newcomer = room.connect(room.meeting.tokens.observer, name);
    await newcomer.synced();
    return records(newcomer.doc).toJSON();
  };
  return { name, writer, reader, readServer };
}

describe('the board document', () => {
  it('passes known records on to everyone and keeps them', async () => {
    const { writer, reader, readServer } = await openBoard();
    records(writer.doc).set('shape:one', note('shape:one'));
    await eventually(() => expect(records(reader.doc).has('shape:one')).toBe(true));
    expect(Object.keys(await readServer())).toEqual(['shape:one']);
  });

  it.each([
    ['an unknown record type', 'asset:photo', { id: 'asset:photo', typeName: 'asset', type: 'image', props: {} }],
    ['a shape type it does not keep', 'shape:frame2', { ...note('shape:frame2'), type: 'embed' }],
    ['an oversize record', 'shape:big', note('shape:big', 'x'.repeat(70 * 1024))],
  ])('refuses %s from a raw Yjs client', async (_what, id, record) => {
    const { writer, reader, readServer } = await openBoard();
    const before = await room.metric('debrief_refused_content_total');
    records(writer.doc).set(id, record);
    await eventually(async () => expect(await room.metric('debrief_refused_content_total')).toBeGreaterThan(before));
    // A later, valid change from someone else still goes through, and the refused one never arrives.
    const other = room.connect(room.meeting.tokens.participant, boardDocName(room.meeting.id));
    await other.synced();
    records(other.doc).set('shape:after', note('shape:after'));
    await eventually(() => expect(records(reader.doc).has('shape:after')).toBe(true));
    expect(records(reader.doc).has(id)).toBe(false);
    const held = await readServer();
    expect(held).not.toHaveProperty(id);
    expect(held).toHaveProperty(['shape:after']);
  });

  it("drops an observer's write", async () => {
    const { name, reader, readServer } = await openBoard();
    const observer = room.connect(room.meeting.tokens.observer, name);
    await observer.synced();
    const before = await room.metric('debrief_refused_writes_total');
    records(observer.doc).set('shape:watcher', note('shape:watcher'));
    await eventually(async () => expect(await room.metric('debrief_refused_writes_total')).toBeGreaterThan(before));
    expect(records(reader.doc).has('shape:watcher')).toBe(false);
    expect(await readServer()).not.toHaveProperty(['shape:watcher']);
  });

  it('keeps the board over a restart', async () => {
    const { writer, reader } = await openBoard();
    records(writer.doc).set('shape:kept', note('shape:kept'));
    await eventually(() => expect(records(reader.doc).has('shape:kept')).toBe(true));
    writer.destroy();
    reader.destroy();
    await room.restart();
    const later = room.connect(room.meeting.tokens.participant, boardDocName(room.meeting.id));
    await later.synced();
    expect(records(later.doc).has('shape:kept')).toBe(true);
  });
});
