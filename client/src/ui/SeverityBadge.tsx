import { type Severity, severityLabels } from '@debrief/shared';

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <span className={`badge badge--severity badge--${severity.toLowerCase()}`} title="Severity of the incident">
      {severityLabels[severity]}
    </span>
  );
}
