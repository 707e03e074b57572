/**
 * Runs `callback` once before the next paint, or within `fallbackMs` when the page is hidden and frames stop,
 * so a burst of document changes costs one re-read. Returns a function that cancels it.
 */
export function onNextFrame(callback: () => void, fallbackMs = 200): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    callback();
  };
  const frame = window.requestAnimationFrame(run);
  const timer = window.setTimeout(run, fallbackMs);
  return () => {
    done = true;
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}
