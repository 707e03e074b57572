import { lazy } from 'react';

// Pages a meeting link rarely shows, each in its own chunk so that the room opens without them.

export const HomePage = lazy(() => import('./HomePage.tsx').then((module) => ({ default: module.HomePage })));

/** Shown once, to whoever has just started a meeting. */
export const MeetingLinksPage = lazy(() =>
  import('./MeetingLinksPage.tsx').then((module) => ({ default: module.MeetingLinksPage })),
);

export const NotFoundPage = lazy(() =>
  import('./NotFoundPage.tsx').then((module) => ({ default: module.NotFoundPage })),
);

export const BrokenLinkPage = lazy(() =>
  import('./BrokenLinkPage.tsx').then((module) => ({ default: module.BrokenLinkPage })),
);

/** Someone who has joined in this tab goes straight to the room, so the form waits until it is needed. */
export const JoinMeetingForm = lazy(() =>
  import('./JoinMeetingForm.tsx').then((module) => ({ default: module.JoinMeetingForm })),
);

export const LibraryPage = lazy(() =>
  import('../library/LibraryPage.tsx').then((module) => ({ default: module.LibraryPage })),
);

export const ActionsPage = lazy(() =>
  import('../library/ActionsPage.tsx').then((module) => ({ default: module.ActionsPage })),
);
