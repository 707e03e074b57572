export {
  ACTION_SIZE_HOURS,
  ACTION_SIZES,
  type ActionCost,
  type ActionSize,
  actionCostHours,
  isActionCost,
  MAX_ACTION_HOURS,
} from './actionCost.ts';
export { type ActionOwner, isActionOwner, MAX_OWNER_NAME_LENGTH } from './actionOwner.ts';
export { ACTION_STATUSES, type ActionStatus, actionStatusLabels, isActionStatus } from './actionStatuses.ts';
export {
  type Action,
  type ActionChanges,
  type ActionResult,
  type AddActionInput,
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
export { ACTION_TYPES, type ActionType, actionTypeLabels, isActionType } from './actionTypes.ts';
export { canCompleteAction, OWNER_NEEDED_MESSAGE } from './canCompleteAction.ts';
export {
  type CardGroup,
  type GroupCardsInput,
  groupCards,
  moveCardGroup,
  readCardGroups,
  renameCardGroup,
  setCardGroup,
  ungroupCards,
} from './cardGroups.ts';
export { type CreateActionFromParkingLotResult, createActionFromParkingLot } from './createActionFromParkingLot.ts';
export { type Ballot, decideVote, type MyVotes, summariseMyVotes, type VoteDecision } from './decideVote.ts';
export { isDueDate } from './isDueDate.ts';
export {
  type AddCardInput,
  addCard,
  type CardAuthor,
  deleteCard,
  editCard,
  getCardText,
  type LessonCard,
  MAX_CARD_TEXT_LENGTH,
  moveCard,
  readCard,
  readCardIds,
  readCards,
} from './lessonCards.ts';
export {
  byLessonPrompt,
  isLessonPrompt,
  LESSON_PROMPTS,
  type LessonPrompt,
  lessonPromptLabels,
} from './lessonPrompts.ts';
export { getLessonSummaryText, readLessonSummary, replaceLessonSummary } from './lessonSummary.ts';
export {
  type AnonymousCardInput,
  type AnonymousCardResponse,
  MAX_CARD_ID_LENGTH,
  MAX_VOTER_KEY_LENGTH,
  MIN_VOTER_KEY_LENGTH,
  type ParseResult,
  PersonalHeader,
  parseAnonymousCardInput,
  parsePersonalHeaders,
  parseVoteInput,
  type VoteInput,
  type VoteResponse,
} from './lessonsApi.ts';
export { compareByOrder, orderAfterLast, orderBetween } from './orderBetween.ts';
export {
  actionListWarnings,
  OverreactionKind,
  type OverreactionWarning,
  overreactionKindLabels,
  overreactionWarnings,
} from './overreactionWarnings.ts';
export {
  type AddParkingLotItemInput,
  addParkingLotItem,
  deleteParkingLotItem,
  editParkingLotItem,
  getParkingLotText,
  moveParkingLotItem,
  type ParkingLotItem,
  readParkingLot,
} from './parkingLot.ts';
export {
  type ActionCostSummary,
  type IncidentCostEstimate,
  summariseActionCosts,
} from './summariseActionCosts.ts';
export { readAllVoteTotals, readVoteTotals, writeVoteTotal } from './voteTotals.ts';
