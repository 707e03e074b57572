import { CostUnit, type IncidentCost, parseIncidentCost } from '@debrief/shared';

/** What the cost fields hold while someone types. */
export interface CostDraft {
  readonly amount: string;
  readonly unit: CostUnit;
  /** Three-letter code, only for money; may be empty. */
  readonly currency: string;
  /** What an hour of the people's work costs, only for money; may be empty. */
  readonly hourlyRate: string;
}

const amountFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The fields showing a stored cost; an empty amount in `defaultCurrency` when there is none. */
export function draftFromCost(cost: IncidentCost | null, defaultCurrency = ''): CostDraft {
  if (!cost) return { amount: '', unit: CostUnit.money, currency: defaultCurrency, hourlyRate: '' };
  return {
    amount: amountFormat.format(cost.amount),
    unit: cost.unit,
    currency: cost.unit === CostUnit.money ? (cost.currency ?? '') : defaultCurrency,
    hourlyRate: cost.hourlyRate === undefined ? '' : amountFormat.format(cost.hourlyRate),
  };
}

/** Reads the fields: the cost to store, null to clear it (no amount), or why it cannot be stored. */
export function readCostDraft(
  draft: CostDraft,
): { ok: true; cost: IncidentCost | null } | { ok: false; message: string } {
  const text = draft.amount.trim();
  if (text === '') return { ok: true, cost: null };
  const amount = readAmount(text);
  if (amount === null) return { ok: false, message: 'Write the amount as a number, such as 12000 or 12,000.50' };
  const currency = draft.unit === CostUnit.money ? draft.currency.trim() : undefined;
  const rateText = draft.unit === CostUnit.money ? draft.hourlyRate.trim() : '';
  const hourlyRate = rateText === '' ? undefined : readAmount(rateText);
  if (hourlyRate === null) return { ok: false, message: 'Write the hourly rate as a number, such as 95' };
  const parsed = parseIncidentCost({
    amount,
    unit: draft.unit,
    currency: currency === '' ? undefined : currency,
    hourlyRate,
  });
  return parsed.ok ? { ok: true, cost: parsed.cost } : { ok: false, message: parsed.message };
}

/** '12000', '12,000', '12 000', '12,000.50', '12.5', '12,5', '€ 12k' is not a number: null. */
export function readAmount(text: string): number | null {
  let value = text.replace(/[\s\u00a0\u202f_']/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(value)) value = value.replaceAll(',', '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(value)) value = value.replaceAll('.', '').replace(',', '.');
  else if (/^\d+,\d+$/.test(value)) value = value.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(value)) return null;
  const amount = Number(value);
  return Number.isFinite(amount) ? amount : null;
}
