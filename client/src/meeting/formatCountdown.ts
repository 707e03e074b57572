/** "08:42" while time is left, "+1:05 over" once the timebox has run out; whole seconds, rounded towards zero left. */
export function formatCountdown(remainingMs: number): string {
  if (remainingMs >= 0) return formatDuration(Math.ceil(remainingMs / 1000), true);
  return `+${formatDuration(Math.floor(-remainingMs / 1000), false)} over`;
}

function formatDuration(totalSeconds: number, padMinutes: boolean): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`;
  return `${padMinutes ? String(minutes).padStart(2, '0') : minutes}:${seconds}`;
}
