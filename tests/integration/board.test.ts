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

describe('the picture of the board in the record', () => {
  const picture = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

  function putPicture(token: string, svg: string) {
    return fetch(`${room.server.url}/api/meetings/${room.meeting.id}/board.svg`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ svg }),
    });
  }

  function getPicture(token: string) {
    return fetch(`${room.server.url}/api/meetings/${room.meeting.id}/board.svg`, {
      headers: { authorization: `Bearer ${token}` },
    });
  }

  it('keeps a clean picture from a contributor and serves it to every link, locked down', async () => {
    expect((await getPicture(room.meeting.tokens.observer)).status).toBe(404);
    expect((await putPicture(room.meeting.tokens.participant, picture)).status).toBe(204);
    const served = await getPicture(room.meeting.tokens.observer);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    expect(served.headers.get('content-security-policy')).toMatch(
      /^default-src 'none'; style-src 'unsafe-inline'; font-src data:/,
    );
    expect(await served.text()).toBe(picture);
  });

  it('refuses a picture that could run or load something, an observer, and a body that is not JSON', async () => {
    const script = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    expect((await putPicture(room.meeting.tokens.facilitator, script)).status).toBe(400);
    const handler = '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)"/></svg>';
    expect((await putPicture(room.meeting.tokens.facilitator, handler)).status).toBe(400);
    expect((await putPicture(room.meeting.tokens.observer, picture)).status).toBe(403);
    const raw = await fetch(`${room.server.url}/api/meetings/${room.meeting.id}/board.svg`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${room.meeting.tokens.facilitator}`, 'content-type': 'image/svg+xml' },
      body: picture,
    });
    expect(raw.status).toBe(415);
    expect((await getPicture(room.meeting.tokens.participant)).status).toBe(404);
  });

  it('forgets the picture when the meeting reopens', async () => {
    expect((await putPicture(room.meeting.tokens.facilitator, picture)).status).toBe(204);
    expect(await room.command('close')).toBe(200);
    expect((await getPicture(room.meeting.tokens.participant)).status).toBe(200);
    expect(await room.command('reopen')).toBe(200);
    expect((await getPicture(room.meeting.tokens.participant)).status).toBe(404);
  });

  it('goes into the report and the export, and comes back with an import; a bad picture in an import is refused', async () => {
    expect((await putPicture(room.meeting.tokens.facilitator, picture)).status).toBe(204);
    const read = (path: string, token = room.meeting.tokens.participant) =>
      fetch(`${room.server.url}/api/meetings/${room.meeting.id}/${path}`, {
        headers: { authorization: `Bearer ${token}` },
      }).then((response) => response.text());
    const report = await read('report.md');
    expect(report).toContain('## Contributing-factors board');
    expect(report).toContain(
      `![The contributing-factors board](<data:image/svg+xml;charset=utf-8,${encodeURIComponent(picture)}>)`,
    );
    const exported = JSON.parse(await read('export.json')) as { boardPicture: string | null };
    expect(exported.boardPicture).toBe(picture);

    const importAs = (body: unknown) =>
      fetch(`${room.server.url}/api/meetings/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const imported = await importAs(exported);
    expect(imported.status).toBe(201);
    const copy = (await imported.json()) as { id: string; tokens: { observer: string } };
    const served = await fetch(`${room.server.url}/api/meetings/${copy.id}/board.svg`, {
      headers: { authorization: `Bearer ${copy.tokens.observer}` },
    });
    expect(await served.text()).toBe(picture);
    const refused = await importAs({ ...exported, boardPicture: '<svg><script>alert(1)</script></svg>' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^boardPicture: /);
  });
});
