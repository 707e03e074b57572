import * as Y from 'yjs';
import { ContentRoot, getContentMap } from '../doc/docSchema.ts';
import { isLessonPrompt, type LessonPrompt } from './lessonPrompts.ts';

/** Field names of a card's Y.Map in `ContentRoot.cards`. */
export const CardField = {
  prompt: 'prompt',
  text: 'text',
  authorId: 'authorId',
  authorName: 'authorName',
  anonymous: 'anonymous',
  groupId: 'groupId',
  order: 'order',
  createdAt: 'createdAt',
} as const;

/** Field names of a group's Y.Map in `ContentRoot.cardGroups`. */
export const CardGroupField = {
  title: 'title',
  prompt: 'prompt',
  order: 'order',
} as const;

export function getCardsMap(doc: Y.Doc): Y.Map<unknown> {
  return getContentMap(doc, ContentRoot.cards);
}

export function getCardGroupsMap(doc: Y.Doc): Y.Map<unknown> {
  return getContentMap(doc, ContentRoot.cardGroups);
}

/** Each group's prompt by group id, to tell whether a card's group still holds it. */
export function readGroupPrompts(doc: Y.Doc): Map<string, LessonPrompt> {
  const prompts = new Map<string, LessonPrompt>();
  for (const [id, group] of getCardGroupsMap(doc).entries()) {
    const prompt = group instanceof Y.Map ? group.get(CardGroupField.prompt) : undefined;
    if (isLessonPrompt(prompt)) prompts.set(id, prompt);
  }
  return prompts;
}
