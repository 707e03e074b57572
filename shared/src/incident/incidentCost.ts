/** What an incident's cost is counted in. */
export const CostUnit = {
  money: 'money',
  personHours: 'person-hours',
} as const;

export type CostUnit = (typeof CostUnit)[keyof typeof CostUnit];

/** The estimated cost of the incident, which the actions stage weighs each action's cost against. */
export interface IncidentCost {
  readonly amount: number;
  readonly unit: CostUnit;
  /** ISO 4217 code such as 'EUR'; only for money, and optional there. */
  readonly currency?: string;
  /**
   * What an hour of the people doing the work costs, in the same money; only for money, and optional there. With it,
   * the actions' estimated hours are weighed against the incident's cost in money.
   */
  readonly hourlyRate?: number;
}

/** The highest hourly rate accepted. */
export const MAX_HOURLY_RATE = 100_000;

/** The largest amount accepted, so a slip of the keyboard does not turn into a 1e21 estimate. */
export const MAX_COST_AMOUNT = 1e12;

/** Checks and normalizes a cost (currency upper-cased, dropped for person-hours), with a plain-English message on refusal. */
export function parseIncidentCost(value: unknown): { ok: true; cost: IncidentCost } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, message: 'The cost needs an amount and a unit' };
  const { amount, unit, currency, hourlyRate } = value as Record<string, unknown>;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0 || amount > MAX_COST_AMOUNT) {
    return { ok: false, message: 'The cost must be a number of zero or more' };
  }
  if (unit === CostUnit.personHours) return { ok: true, cost: { amount, unit } };
  if (unit !== CostUnit.money) return { ok: false, message: 'The cost is counted in money or in person-hours' };
  let rate: { hourlyRate?: number } = {};
  if (hourlyRate !== undefined && hourlyRate !== null) {
    if (
      typeof hourlyRate !== 'number' ||
      !Number.isFinite(hourlyRate) ||
      hourlyRate <= 0 ||
      hourlyRate > MAX_HOURLY_RATE
    ) {
      return { ok: false, message: 'The hourly rate must be a number above zero, up to 100,000' };
    }
    rate = { hourlyRate };
  }
  if (currency === undefined || currency === null || currency === '')
    return { ok: true, cost: { amount, unit, ...rate } };
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (!isCurrencyCode(code))
    return { ok: false, message: 'The currency must be a three-letter code such as EUR or USD' };
  return { ok: true, cost: { amount, unit, currency: code, ...rate } };
}

/** The cost as people read it: '€12,000', '12,000 (no currency)', '40 person-hours'. */
export function formatIncidentCost(cost: IncidentCost, locale = 'en-GB'): string {
  if (cost.unit === CostUnit.personHours) {
    const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(cost.amount);
    return `${hours} ${cost.amount === 1 ? 'person-hour' : 'person-hours'}`;
  }
  const money = formatMoney(cost.amount, cost.currency, locale);
  return cost.currency === undefined ? `${money} (no currency)` : money;
}

/** An amount of money as people read it: '€1,600', or '1,600' without a currency. */
export function formatMoney(amount: number, currency: string | undefined, locale = 'en-GB'): string {
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  if (currency === undefined) {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits }).format(amount);
  }
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: fractionDigits,
  }).format(amount);
}

/** The meeting's hourly rate as people read it ('€95 an hour'); null when the cost has none. */
export function formatHourlyRate(cost: IncidentCost, locale = 'en-GB'): string | null {
  if (cost.unit !== CostUnit.money || cost.hourlyRate === undefined) return null;
  return `${formatMoney(cost.hourlyRate, cost.currency, locale)} an hour`;
}

let currencyCodes: ReadonlySet<string> | null = null;

function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  // Intl formats any three letters as a currency, so only the codes the runtime lists count as real.
  currencyCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return currencyCodes.has(code);
}
