import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_RECORDS_ROOT, defaultBoardLimits } from './boardSchema.ts';
import { checkBoardUpdate } from './checkBoardUpdate.ts';

function geo(id: string, extra: Record<string, unknown> = {}) {
  return { id, typeName: 'shape', type: 'geo', x: 0, y: 0, props: { w: 10, h: 10 }, meta: {}, ...extra };
}

/** The update a client sends when it makes `change` to a board that already holds `base`. */
function updateFrom(base: Y.Doc, change: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(client);
  change(client);
  return Y.encodeStateAsUpdate(client, before);
}

function records(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(BOARD_RECORDS_ROOT);
}

describe('checkBoardUpdate', () => {
  it('refuses a list written into the records, as a client that treats them as an array would send', () => {
    const server = new Y.Doc();
    const update = updateFrom(server, (doc) => {
      doc.getArray(BOARD_RECORDS_ROOT).push([geo('shape:a')]);
    });
    expect(checkBoardUpdate(server, update)).toEqual({ ok: false, reason: 'The board keeps only its records' });
  });

  it('accepts known shapes, pages, the document and arrow bindings', () => {
    const server = new Y.Doc();
    const update = updateFrom(server, (doc) => {
      records(doc).set('shape:a', geo('shape:a'));
      records(doc).set('page:page', { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} });
      records(doc).set('document:document', { id: 'document:document', typeName: 'document', name: '', meta: {} });
      records(doc).set('binding:b', { id: 'binding:b', typeName: 'binding', type: 'arrow', props: {}, meta: {} });
    });
    expect(checkBoardUpdate(server, update)).toEqual({ ok: true });
    expect(records(server).size).toBe(4);
  });

  it('accepts deleting a record', () => {
    const server = new Y.Doc();
    Y.applyUpdate(
      server,
      updateFrom(server, (doc) => records(doc).set('shape:a', geo('shape:a'))),
    );
    expect(
      checkBoardUpdate(
        server,
        updateFrom(server, (doc) => records(doc).delete('shape:a')),
      ),
    ).toEqual({ ok: true });
  });

  it.each([
    ['an asset', { id: 'asset:a', typeName: 'asset', type: 'image', props: { src: 'https://x' } }, 'asset:a'],
    ['an unknown record type', { id: 'user:a', typeName: 'user', name: 'x' }, 'user:a'],
    ['an image shape', geo('shape:a', { type: 'image' }), 'shape:a'],
    ['an embed shape', geo('shape:a', { type: 'embed' }), 'shape:a'],
    ['a record under another id', geo('shape:b'), 'shape:a'],
    ['a record that is not an object', 'hello', 'shape:a'],
    ['a record whose id does not match its type', { ...geo('page:a'), typeName: 'shape' }, 'page:a'],
  ])('refuses %s', (_name, record, key) => {
    const server = new Y.Doc();
    expect(
      checkBoardUpdate(
        server,
        updateFrom(server, (doc) => records(doc).set(key, record)),
      ).ok,
    ).toBe(false);
  });

  it('refuses a nested Yjs type and other roots', () => {
    const nested = new Y.Doc();
    expect(
      checkBoardUpdate(
        nested,
        updateFrom(nested, (doc) => records(doc).set('shape:a', new Y.Map())),
      ).ok,
    ).toBe(false);
    const other = new Y.Doc();
    expect(
      checkBoardUpdate(
        other,
        updateFrom(other, (doc) => doc.getMap('else').set('a', 1)),
      ).ok,
    ).toBe(false);
  });

  it('refuses an oversize record and oversize rich text', () => {
    const server = new Y.Doc();
    const big = geo('shape:a', { props: { w: 1, h: 1, label: 'x'.repeat(defaultBoardLimits.maxRecordChars) } });
    expect(
      checkBoardUpdate(
        server,
        updateFrom(server, (doc) => records(doc).set('shape:a', big)),
      ).ok,
    ).toBe(false);
    const richText = { type: 'doc', content: [{ type: 'text', text: 'y'.repeat(5000) }] };
    const note = geo('shape:b', { type: 'note', props: { richText } });
    const check = checkBoardUpdate(
      new Y.Doc(),
      updateFrom(new Y.Doc(), (doc) => records(doc).set('shape:b', note)),
    );
    expect(check).toEqual({ ok: false, reason: 'The text of that shape is too long' });
  });

  it('refuses going past the number of records', () => {
    const limits = { ...defaultBoardLimits, maxRecords: 3 };
    const server = new Y.Doc();
    const three = updateFrom(server, (doc) => {
      for (const id of ['shape:a', 'shape:b', 'shape:c']) records(doc).set(id, geo(id));
    });
    expect(checkBoardUpdate(server, three, limits).ok).toBe(true);
    const fourth = updateFrom(server, (doc) => records(doc).set('shape:d', geo('shape:d')));
    expect(checkBoardUpdate(server, fourth, limits).ok).toBe(false);
  });

  it('refuses an update that waits for changes the server never saw', () => {
    const client = new Y.Doc();
    records(client).set('shape:a', geo('shape:a'));
    const before = Y.encodeStateVector(client);
    records(client).set('shape:b', geo('shape:b', { type: 'image' }));
    const later = Y.encodeStateAsUpdate(client, before);
    expect(checkBoardUpdate(new Y.Doc(), later).ok).toBe(false);
  });

  it('refuses a malformed update', () => {
    expect(checkBoardUpdate(new Y.Doc(), new Uint8Array([1, 2, 3, 250])).ok).toBe(false);
  });
});
