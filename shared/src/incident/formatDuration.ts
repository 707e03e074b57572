const MINUTE_MS = 60_000;
const MINUTES_PER_DAY = 1440;

/**
 * A duration as people say it: '45 s', '12 min', '2 h 15 min', '2 h', '1 d 3 h'. Under an hour it is precise
 * to the minute, under a day to the minute, from a day on to the hour (each rounded to the nearest).
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  if (ms < 0) return `-${formatDuration(-ms)}`;
  if (ms < 59_500) return `${Math.round(ms / 1000)} s`;
  const minutes = Math.round(ms / MINUTE_MS);
  if (minutes < 60) return `${minutes} min`;
  if (minutes < MINUTES_PER_DAY) return joinUnits(Math.floor(minutes / 60), 'h', minutes % 60, 'min');
  const hours = Math.round(minutes / 60);
  return joinUnits(Math.floor(hours / 24), 'd', hours % 24, 'h');
}

function joinUnits(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major} ${majorUnit}` : `${major} ${majorUnit} ${minor} ${minorUnit}`;
}
