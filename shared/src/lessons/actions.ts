import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { replaceText } from '../text/replaceText.ts';
import { type ActionCost, copyActionCost, isActionCost } from './actionCost.ts';
import { type ActionOwner, copyActionOwner, isActionOwner } from './actionOwner.ts';
import { type ActionStatus, isActionStatus } from './actionStatuses.ts';
import { type ActionType, isActionType } from './actionTypes.ts';
import { canCompleteAction, OWNER_NEEDED_MESSAGE } from './canCompleteAction.ts';
import { getCardsMap } from './cardFields.ts';
import { isDueDate } from './isDueDate.ts';
import { compareByOrder, orderAfterLast } from './orderBetween.ts';
import { getRecord, getTextField, readNullableString, readNumber, readTextField } from './readField.ts';

/** An action as plain data. */
export interface Action {
  readonly id: string;
  readonly title: string;
  /** exactly one owner; null until chosen */
  readonly owner: ActionOwner | null;
  /** YYYY-MM-DD */
  readonly dueDate: string | null;
  readonly type: ActionType | null;
  /** the lesson cards it answers, sorted; cards deleted since are left out */
  readonly lessonCardIds: readonly string[];
  readonly cost: ActionCost | null;
  readonly status: ActionStatus;
  readonly order: number;
  /** ms since the epoch */
  readonly createdAt: number;
}

export type ActionResult = { ok: true } | { ok: false; message: string };

/** The fields `updateAction` sets; a field left out is left alone. */
export interface ActionChanges {
  readonly owner?: ActionOwner | null;
  readonly dueDate?: string | null;
  readonly type?: ActionType | null;
  readonly cost?: ActionCost | null;
}

export interface AddActionInput {
  readonly id: string;
  readonly title: string;
  readonly now: number;
  readonly lessonCardIds?: readonly string[];
  /** defaults to after the last action */
  readonly order?: number;
}

const ActionField = {
  title: 'title',
  owner: 'owner',
  dueDate: 'dueDate',
  type: 'type',
  /** Y.Map<cardId, true>, so people linking lessons at the same time all keep their links */
  lessons: 'lessons',
  cost: 'cost',
  status: 'status',
  order: 'order',
  createdAt: 'createdAt',
} as const;

const GONE_MESSAGE = 'This action no longer exists';

function getActionsMap(doc: Y.Doc): Y.Map<unknown> {
  return getContentMap(doc, ContentRoot.actions);
}

/** Adds an open action with no owner yet; false when an action with that id already exists. */
export function addAction(doc: Y.Doc, input: AddActionInput): boolean {
  const actions = getActionsMap(doc);
  if (actions.has(input.id)) return false;
  doc.transact(() => {
    const order = input.order ?? orderAfterLast(readActions(doc).map((action) => action.order));
    const action = new Y.Map<unknown>();
    actions.set(input.id, action);
    action.set(ActionField.title, new Y.Text(input.title));
    action.set(ActionField.owner, null);
    action.set(ActionField.dueDate, null);
    action.set(ActionField.type, null);
    const lessons = new Y.Map<boolean>();
    action.set(ActionField.lessons, lessons);
    for (const cardId of input.lessonCardIds ?? []) lessons.set(cardId, true);
    action.set(ActionField.cost, null);
    action.set(ActionField.status, 'open');
    action.set(ActionField.order, order);
    action.set(ActionField.createdAt, input.now);
  });
  return true;
}

/** Every action, sorted. */
export function readActions(doc: Y.Doc): Action[] {
  const liveCards = new Set(getCardsMap(doc).keys());
  const actions: Action[] = [];
  for (const id of getActionsMap(doc).keys()) {
    const action = readActionWith(doc, id, liveCards);
    if (action) actions.push(action);
  }
  return actions.sort(compareByOrder);
}

export function readAction(doc: Y.Doc, id: string): Action | null {
  return readActionWith(doc, id, new Set(getCardsMap(doc).keys()));
}

function readActionWith(doc: Y.Doc, id: string, liveCards: ReadonlySet<string>): Action | null {
  const record = getRecord(getActionsMap(doc), id);
  if (!record) return null;
  const owner = record.get(ActionField.owner);
  const dueDate = readNullableString(record, ActionField.dueDate);
  const type = record.get(ActionField.type);
  const lessons = record.get(ActionField.lessons);
  const cost = record.get(ActionField.cost);
  const status = record.get(ActionField.status);
  return {
    id,
    title: readTextField(record, ActionField.title),
    owner: isActionOwner(owner) ? copyActionOwner(owner) : null,
    dueDate: isDueDate(dueDate) ? dueDate : null,
    type: isActionType(type) ? type : null,
    lessonCardIds: lessons instanceof Y.Map ? [...lessons.keys()].filter((cardId) => liveCards.has(cardId)).sort() : [],
    cost: isActionCost(cost) ? copyActionCost(cost) : null,
    status: isActionStatus(status) ? status : 'open',
    order: readNumber(record, ActionField.order),
    createdAt: readNumber(record, ActionField.createdAt),
  };
}

/** The action's title, for binding an editor; null when the action is gone. */
export function getActionTitleText(doc: Y.Doc, id: string): Y.Text | null {
  const record = getRecord(getActionsMap(doc), id);
  return record ? getTextField(record, ActionField.title) : null;
}

/** Replaces the title, touching only the span that changed; false when the action is gone. */
export function renameAction(doc: Y.Doc, id: string, title: string): boolean {
  const text = getActionTitleText(doc, id);
  if (!text) return false;
  replaceText(text, title);
  return true;
}

/** Sets owner, due date, type or cost after checking each; nothing is written unless all are valid. */
export function updateAction(doc: Y.Doc, id: string, changes: ActionChanges): ActionResult {
  const record = getRecord(getActionsMap(doc), id);
  if (!record) return { ok: false, message: GONE_MESSAGE };
  const { owner, dueDate, type, cost } = changes;
  if (owner !== undefined && owner !== null && !isActionOwner(owner)) {
    return { ok: false, message: 'An owner needs a name of 1 to 80 characters' };
  }
  if (owner === null && record.get(ActionField.status) === 'done') {
    return { ok: false, message: 'Reopen this action before taking its owner away' };
  }
  if (dueDate !== undefined && dueDate !== null && !isDueDate(dueDate)) {
    return { ok: false, message: 'A due date must be a day such as 2026-12-31' };
  }
  if (type !== undefined && type !== null && !isActionType(type)) {
    return { ok: false, message: 'The type must be prevent, mitigate, detect, learn or accept the risk' };
  }
  if (cost !== undefined && cost !== null && !isActionCost(cost)) {
    return { ok: false, message: 'A cost must be a number of hours above 0, or a size S, M or L' };
  }
  doc.transact(() => {
    if (owner !== undefined) record.set(ActionField.owner, owner === null ? null : copyActionOwner(owner));
    if (dueDate !== undefined) record.set(ActionField.dueDate, dueDate);
    if (type !== undefined) record.set(ActionField.type, type);
    if (cost !== undefined) record.set(ActionField.cost, cost === null ? null : copyActionCost(cost));
  });
  return { ok: true };
}

/** Moves an action along; refuses to mark an action done before it has an owner. */
export function setActionStatus(doc: Y.Doc, id: string, status: ActionStatus): ActionResult {
  const action = readAction(doc, id);
  const record = getRecord(getActionsMap(doc), id);
  if (!action || !record) return { ok: false, message: GONE_MESSAGE };
  if (status === 'done' && !canCompleteAction(action)) return { ok: false, message: OWNER_NEEDED_MESSAGE };
  doc.transact(() => record.set(ActionField.status, status));
  return { ok: true };
}

/** Records that the action answers a lesson card; false when either is gone. */
export function linkActionToLesson(doc: Y.Doc, actionId: string, cardId: string): boolean {
  const lessons = getLessonsMap(doc, actionId);
  if (!lessons || !getCardsMap(doc).has(cardId)) return false;
  doc.transact(() => lessons.set(cardId, true));
  return true;
}

export function unlinkActionFromLesson(doc: Y.Doc, actionId: string, cardId: string): boolean {
  const lessons = getLessonsMap(doc, actionId);
  if (!lessons) return false;
  doc.transact(() => lessons.delete(cardId));
  return true;
}

export function moveAction(doc: Y.Doc, id: string, order: number): boolean {
  const record = getRecord(getActionsMap(doc), id);
  if (!record) return false;
  doc.transact(() => record.set(ActionField.order, order));
  return true;
}

export function deleteAction(doc: Y.Doc, id: string): boolean {
  const actions = getActionsMap(doc);
  if (!actions.has(id)) return false;
  doc.transact(() => actions.delete(id));
  return true;
}

function getLessonsMap(doc: Y.Doc, actionId: string): Y.Map<unknown> | null {
  const record = getRecord(getActionsMap(doc), actionId);
  const lessons = record?.get(ActionField.lessons);
  return lessons instanceof Y.Map ? lessons : null;
}
