import { type ComponentType, useEffect, useState } from 'react';

export type LazyComponent<P> = ComponentType<P> & {
  /** Fetches the code now (on hover or focus, say), so that the component shows at once when it is rendered. */
  readonly preload: () => void;
};

/**
 * A component whose code is fetched the first time it renders, or when `preload` is called: for parts of a page
 * that are used only sometimes (one role's tools, a form behind a button). Until the code is here it renders
 * nothing, and, unlike `React.lazy` under Suspense, it never holds back the rest of the page; once here, it
 * renders at once. If the fetch fails it says so, with a button to try again.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;

  const fetchCode = () => {
    loading ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (error: unknown) => {
        // Let a retry fetch it again.
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  // biome-ignore lint/correctness/noComponentHookFactories: like React.lazy, called once per component at a module's top level
  function Lazy(props: P) {
    const [state, setState] = useState<'loading' | 'ready' | 'failed'>(loaded ? 'ready' : 'loading');
    const show = () =>
      fetchCode().then(
        () => setState('ready'),
        () => setState('failed'),
      );

    // Also when the code arrived between this component's first render and this effect (a `preload` in flight):
    // without a state change nothing would render it again, and it would stay empty.
    useEffect(() => {
      let current = true;
      fetchCode().then(
        () => current && setState('ready'),
        () => current && setState('failed'),
      );
      return () => {
        current = false;
      };
    }, []);

    const Component = loaded;
    if (Component) return <Component {...props} />;
    if (state !== 'failed') return null;
    return (
      <div className="lazy-failed" role="alert">
        <p>This part could not be loaded. Check your connection and try again.</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setState('loading');
            void show();
          }}
        >
          Try again
        </button>
      </div>
    );
  }

  return Object.assign(Lazy, {
    preload: () => {
      fetchCode().catch(() => undefined);
    },
  });
}
