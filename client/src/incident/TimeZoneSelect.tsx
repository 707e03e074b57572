import { useMemo } from 'react';
import { describeTimeZoneChoice, listTimeZoneChoices } from './timeZones.ts';

interface Props {
  readonly id: string;
  readonly value: string;
  readonly browserZone: string;
  readonly onChange: (timeZone: string) => void;
  readonly 'aria-label': string;
  readonly disabled?: boolean;
  readonly className?: string;
}

/** A list of common IANA zones, this device's first, always including the zone already chosen. */
export function TimeZoneSelect({ id, value, browserZone, onChange, disabled, className, 'aria-label': label }: Props) {
  const options = useMemo(() => {
    const now = Date.now();
    return listTimeZoneChoices(browserZone, [value]).map((zone) => ({
      zone,
      label: describeTimeZoneChoice(zone, browserZone, now),
    }));
  }, [browserZone, value]);

  return (
    <select
      id={id}
      className={className ?? 'input zoned__zone'}
      value={value}
      aria-label={label}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.value)}
    >
      {options.map(({ zone, label: text }) => (
        <option key={zone} value={zone}>
          {text}
        </option>
      ))}
    </select>
  );
}
