import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAction,
  deleteAction,
  getActionTitleText,
  linkActionToLesson,
  moveAction,
  readAction,
  readActions,
  renameAction,
  setActionStatus,
  unlinkActionFromLesson,
  updateAction,
} from './actions.ts';
import { canCompleteAction } from './canCompleteAction.ts';
import { isDueDate } from './isDueDate.ts';
import { addCard, deleteCard } from './lessonCards.ts';

const owner = { kind: 'participant', participantId: 'p-ana', name: 'Ana' } as const;

function docWithAction(): Y.Doc {
  const doc = new Y.Doc();
  addCard(doc, { id: 'c1', prompt: 'slowed', text: 'Paging took 20 minutes', author: null, now: 1 });
  addCard(doc, { id: 'c2', prompt: 'learned', text: 'Failover is manual', author: null, now: 1 });
  addAction(doc, { id: 'a1', title: 'Automate failover', now: 500, lessonCardIds: ['c2'] });
  return doc;
}

describe('actions', () => {
  it('adds an open action with no owner, read back as plain data', () => {
    expect(readActions(docWithAction())).toEqual([
      {
        id: 'a1',
        title: 'Automate failover',
        owner: null,
        dueDate: null,
        type: null,
        lessonCardIds: ['c2'],
        cost: null,
        status: 'open',
        order: 1,
        createdAt: 500,
      },
    ]);
    const doc = docWithAction();
    expect(addAction(doc, { id: 'a1', title: 'Again', now: 1 })).toBe(false);
    expect(addAction(doc, { id: 'a2', title: 'Page the database team', now: 600 })).toBe(true);
    expect(readActions(doc).map((action) => [action.id, action.order])).toEqual([
      ['a1', 1],
      ['a2', 2],
    ]);
  });

  it('sets owner, due date, type and cost, all checked first', () => {
    const doc = docWithAction();
    expect(
      updateAction(doc, 'a1', {
        owner: { ...owner, name: '  Ana  ' },
        dueDate: '2026-12-31',
        type: 'prevent',
        cost: { unit: 'size', size: 'M' },
      }),
    ).toEqual({ ok: true });
    expect(readAction(doc, 'a1')).toMatchObject({
      owner,
      dueDate: '2026-12-31',
      type: 'prevent',
      cost: { unit: 'size', size: 'M' },
    });
    expect(updateAction(doc, 'a1', { owner: { kind: 'named', name: 'Sam from DBA' } })).toEqual({ ok: true });
    expect(readAction(doc, 'a1')?.owner).toEqual({ kind: 'named', name: 'Sam from DBA' });
    expect(updateAction(doc, 'a1', { cost: { unit: 'hours', hours: 6 }, dueDate: null })).toEqual({ ok: true });
    expect(readAction(doc, 'a1')).toMatchObject({ cost: { unit: 'hours', hours: 6 }, dueDate: null, type: 'prevent' });
  });

  it.each<[string, Parameters<typeof updateAction>[2], RegExp]>([
    ['an owner without a name', { owner: { kind: 'named', name: ' ' } }, /owner/],
    ['a participant owner without an id', { owner: { kind: 'participant', participantId: '', name: 'A' } }, /owner/],
    ['a due date that does not exist', { dueDate: '2026-02-30' }, /due date/],
    ['a due date with a time', { dueDate: '2026-12-31T10:00' }, /due date/],
    ['an unknown type', { type: 'blame' as never }, /type/],
    ['zero hours', { cost: { unit: 'hours', hours: 0 } }, /cost/],
    ['an unknown size', { cost: { unit: 'size', size: 'XL' as never } }, /cost/],
  ])('refuses %s and writes nothing', (_case, changes, message) => {
    const doc = docWithAction();
    const before = readAction(doc, 'a1');
    const result = updateAction(doc, 'a1', { type: 'detect', ...changes });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
    expect(readAction(doc, 'a1')).toEqual(before);
  });

  it('cannot be marked done without an owner', () => {
    const doc = docWithAction();
    expect(canCompleteAction({ owner: null })).toBe(false);
    expect(canCompleteAction({ owner })).toBe(true);
    expect(setActionStatus(doc, 'a1', 'done')).toEqual({
      ok: false,
      message: 'Give this action an owner before marking it done',
    });
    expect(readAction(doc, 'a1')?.status).toBe('open');
    expect(setActionStatus(doc, 'a1', 'in-progress')).toEqual({ ok: true });
    expect(setActionStatus(doc, 'a1', 'wont-do')).toEqual({ ok: true });
    updateAction(doc, 'a1', { owner });
    expect(setActionStatus(doc, 'a1', 'done')).toEqual({ ok: true });
    expect(readAction(doc, 'a1')?.status).toBe('done');
    expect(updateAction(doc, 'a1', { owner: null })).toMatchObject({ ok: false, message: /Reopen/ });
    expect(setActionStatus(doc, 'gone', 'open')).toEqual({ ok: false, message: 'This action no longer exists' });
  });

  it('links the lessons it answers, concurrently, and forgets deleted cards', () => {
    const a = docWithAction();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(linkActionToLesson(a, 'a1', 'c1')).toBe(true);
    expect(unlinkActionFromLesson(b, 'a1', 'c2')).toBe(true);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readAction(a, 'a1')?.lessonCardIds).toEqual(['c1']);
    expect(readAction(b, 'a1')?.lessonCardIds).toEqual(['c1']);
    expect(linkActionToLesson(a, 'a1', 'gone')).toBe(false);
    expect(linkActionToLesson(a, 'gone', 'c1')).toBe(false);
    deleteCard(a, 'c1');
    expect(readAction(a, 'a1')?.lessonCardIds).toEqual([]);
  });

  it('renames, reorders and deletes', () => {
    const doc = docWithAction();
    addAction(doc, { id: 'a2', title: 'Second', now: 1 });
    expect(renameAction(doc, 'a1', 'Automate database failover')).toBe(true);
    expect(getActionTitleText(doc, 'a1')?.toString()).toBe('Automate database failover');
    expect(moveAction(doc, 'a2', 0)).toBe(true);
    expect(readActions(doc).map((action) => action.id)).toEqual(['a2', 'a1']);
    expect(deleteAction(doc, 'a2')).toBe(true);
    expect(deleteAction(doc, 'a2')).toBe(false);
    expect(renameAction(doc, 'a2', 'x')).toBe(false);
    expect(moveAction(doc, 'a2', 1)).toBe(false);
    expect(getActionTitleText(doc, 'a2')).toBeNull();
  });
});

describe('isDueDate', () => {
  it('accepts real days written YYYY-MM-DD only', () => {
    for (const day of ['2026-12-31', '2028-02-29', '2000-02-29']) expect(isDueDate(day)).toBe(true);
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-1-5', '31/12/2026', 20261231]) {
      expect(isDueDate(day)).toBe(false);
    }
  });
});
