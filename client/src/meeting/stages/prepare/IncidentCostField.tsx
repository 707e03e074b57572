import { CostUnit, formatHourlyRate, formatIncidentCost, type IncidentCost, setIncidentCost } from '@debrief/shared';
import { type FocusEvent, useState } from 'react';
import type * as Y from 'yjs';
import { useFollowingDraft } from '../../../incident/useFollowingDraft.ts';
import { Icon } from '../../../ui/Icon.tsx';
import { type CostDraft, draftFromCost, readCostDraft } from './costDraft.ts';

interface Props {
  readonly doc: Y.Doc;
  readonly cost: IncidentCost | null;
  readonly readOnly: boolean;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

const COMMON_CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'NOK', 'DKK', 'PLN', 'CAD', 'AUD', 'JPY', 'INR', 'BRL'];

const EURO_REGIONS = [
  'AT',
  'BE',
  'DE',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'NL',
  'PT',
  'SI',
  'SK',
];
const REGION_CURRENCIES: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  CH: 'CHF',
  SE: 'SEK',
  NO: 'NOK',
  DK: 'DKK',
  PL: 'PLN',
  CA: 'CAD',
  AU: 'AUD',
  JP: 'JPY',
  IN: 'INR',
  BR: 'BRL',
};

/** A first guess at this person's currency from their browser's region; empty when unsure. */
function localCurrency(): string {
  try {
    const region = new Intl.Locale(navigator.language || 'en').maximize().region ?? '';
    return REGION_CURRENCIES[region] ?? (EURO_REGIONS.includes(region) ? 'EUR' : '');
  } catch {
    return '';
  }
}

/** '€18,500', or '€18,500, at €95 an hour' with the meeting's hourly rate. */
function describeCost(cost: IncidentCost): string {
  const rate = formatHourlyRate(cost);
  return rate ? `${formatIncidentCost(cost)}, at ${rate}` : formatIncidentCost(cost);
}

/** The estimated cost in money or person-hours, saved when the person leaves the fields; actions are weighed against it. */
export function IncidentCostField({ doc, cost, readOnly, onFocus, onBlur }: Props) {
  const costKey = JSON.stringify(cost);
  const { draft, setDraft, focusProps } = useFollowingDraft<CostDraft>(costKey, () =>
    draftFromCost(cost, localCurrency()),
  );
  const [error, setError] = useState<string | null>(null);

  if (readOnly) {
    return (
      <div className="field">
        <span className="field-label">Estimated cost</span>
        <p className={cost ? 'read-only-value' : 'read-only-value read-only-value--empty'}>
          {cost ? describeCost(cost) : 'Not estimated yet'}
        </p>
      </div>
    );
  }

  const save = (next: CostDraft) => {
    const reading = readCostDraft(next);
    if (!reading.ok) {
      setError(reading.message);
      return;
    }
    if (JSON.stringify(reading.cost) === costKey) {
      setError(null);
      return;
    }
    const result = setIncidentCost(doc, reading.cost);
    setError(result.ok ? null : result.message);
  };

  const update = (patch: Partial<CostDraft>) => {
    setDraft({ ...draft, ...patch });
    setError(null);
  };

  return (
    <fieldset
      className="cost-field"
      aria-describedby={error ? 'prepare-cost-hint prepare-cost-error' : 'prepare-cost-hint'}
      onFocus={() => {
        focusProps.onFocus();
        onFocus();
      }}
      onBlur={(event: FocusEvent<HTMLFieldSetElement>) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        save(draft);
        focusProps.onBlur(event);
        onBlur();
      }}
    >
      <legend className="field-label">Estimated cost</legend>
      <p id="prepare-cost-hint" className="field-hint">
        A rough figure is enough: lost revenue, refunds, or the hours people spent. The actions stage weighs each
        action’s cost against it.
      </p>
      <div className="cost-field__inputs">
        <input
          id="prepare-cost-amount"
          className="input cost-field__amount"
          type="text"
          inputMode="decimal"
          value={draft.amount}
          placeholder={draft.unit === CostUnit.money ? '12,000' : '40'}
          aria-label="Estimated cost amount"
          aria-invalid={error ? true : undefined}
          onChange={(event) => update({ amount: event.currentTarget.value })}
          onKeyDown={(event) => {
            if (event.key === 'Enter') save(draft);
          }}
        />
        <select
          className="input cost-field__unit"
          value={draft.unit}
          aria-label="Counted in"
          onChange={(event) => {
            const next = { ...draft, unit: event.currentTarget.value as CostUnit };
            setDraft(next);
            if (next.amount.trim() !== '') save(next);
          }}
        >
          <option value={CostUnit.money}>Money</option>
          <option value={CostUnit.personHours}>Person-hours</option>
        </select>
        {draft.unit === CostUnit.money && (
          <>
            <input
              className="input cost-field__currency"
              type="text"
              list="prepare-cost-currencies"
              maxLength={3}
              autoCapitalize="characters"
              value={draft.currency}
              placeholder="EUR"
              aria-label="Currency (three-letter code)"
              onChange={(event) => update({ currency: event.currentTarget.value.toUpperCase() })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') save(draft);
              }}
            />
            <datalist id="prepare-cost-currencies">
              {COMMON_CURRENCIES.map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
          </>
        )}
      </div>
      {draft.unit === CostUnit.money && (
        <div className="cost-field__rate">
          <label className="field-label" htmlFor="prepare-cost-rate">
            Hourly rate of the people doing the work (optional)
          </label>
          <input
            id="prepare-cost-rate"
            className="input cost-field__amount"
            type="text"
            inputMode="decimal"
            value={draft.hourlyRate}
            placeholder="95"
            aria-describedby="prepare-cost-rate-hint"
            onChange={(event) => update({ hourlyRate: event.currentTarget.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save(draft);
            }}
          />
          <p id="prepare-cost-rate-hint" className="field-hint">
            With it, the actions’ estimated hours are weighed against the incident’s cost in money.
          </p>
        </div>
      )}
      {error ? (
        <p id="prepare-cost-error" className="field-error" role="alert">
          <Icon name="alert" />
          {error}
        </p>
      ) : (
        cost && <p className="cost-field__saved">Saved as {describeCost(cost)}</p>
      )}
    </fieldset>
  );
}
