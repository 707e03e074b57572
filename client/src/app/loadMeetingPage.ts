import { type ComponentType, useEffect, useState } from 'react';
import type { MeetingPageProps } from '../meeting/MeetingPage.tsx';

type LoadedMeetingPage = ComponentType<MeetingPageProps>;

let loaded: LoadedMeetingPage | null = null;
let loading: Promise<LoadedMeetingPage> | null = null;

/** Fetches the meeting room's code (Yjs views and stages; the home page does without it), once. */
export function loadMeetingPage(): Promise<LoadedMeetingPage> {
  loading ??= import('../meeting/MeetingPage.tsx').then(
    (module) => {
      loaded = module.MeetingPage;
      return loaded;
    },
    (error: unknown) => {
      // Let a retry fetch it again.
      loading = null;
      throw error;
    },
  );
  return loading;
}

export type MeetingPageState =
  | { status: 'loading' }
  | { status: 'ready'; MeetingPage: LoadedMeetingPage }
  | { status: 'failed' };

/**
 * The meeting room's component once its code is here. Unlike `React.lazy` under Suspense, it never holds back a
 * room that is ready behind the fallback's minimum display time.
 */
export function useMeetingPage(): MeetingPageState {
  const [state, setState] = useState<MeetingPageState>(() =>
    loaded ? { status: 'ready', MeetingPage: loaded } : { status: 'loading' },
  );
  useEffect(() => {
    if (state.status !== 'loading') return;
    let current = true;
    loadMeetingPage().then(
      (MeetingPage) => current && setState({ status: 'ready', MeetingPage }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [state.status]);
  return state;
}
