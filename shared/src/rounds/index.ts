export {
  type CheckIn,
  type CheckInInput,
  MAX_ROUND_NOTE_LENGTH,
  type ParseCheckInResult,
  parseCheckInInput,
  readCheckIns,
  writeCheckIn,
} from './checkIns.ts';
export {
  type CheckOut,
  type CheckOutInput,
  type ParseCheckOutResult,
  parseCheckOutInput,
  readCheckOuts,
  writeCheckOut,
} from './checkOuts.ts';
export { type MeetingPeople, markFacilitating, readMeetingPeople } from './meetingPeople.ts';
export { describeMood, isOneToFive, MOODS, type MoodValue, WORTH_RATINGS, type WorthRating } from './moods.ts';
export {
  EMPTY_ROUND_PROGRESS,
  MIN_RATINGS_TO_SHOW,
  type RoundProgress,
  readRoundProgress,
  writeRoundProgress,
} from './roundProgress.ts';
export {
  EMPTY_DISTRIBUTION,
  type RatingDistribution,
  type RatingSummary,
  summariseDistribution,
  summariseRatings,
} from './summariseRatings.ts';
