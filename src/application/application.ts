/**
 * An application (办理申请) as the 办理 page builds it in the browser: the
 * engine's quote for the chosen number and plan, and the applicant's
 * details. Its reference code is derived from its content (reference.ts).
 * Nothing here leaves the browser; the page sends it only when the visitor
 * presses a send button.
 */
import type { Quote } from '../engine/index';
import type { Applicant } from './applicant';
import { referenceCode } from './reference';

/**
 * A field of the 办理 form no person sees or fills: the POST carries it only
 * when something filled it, and the receiver then keeps nothing.
 */
export const HONEYPOT_FIELD = 'website';

export interface Application {
  /** "SQ-" and 8 characters, derived from everything below but the date. */
  reference: string;
  /** The day the summary was made (Asia/Shanghai). */
  date: string;
  /** The tariff version quoted: its effective date. */
  tariffVersion: string;
  number: string;
  grade: string;
  rule: string;
  plan: { id: string; name: string };
  prepayYears: number;
  serviceYears: number;
  minutesPerMonth: number;
  /** Whether the prospect gave the minutes (in the link or the form), or the form's default stands in. */
  minutesGiven: boolean;
  invoice: boolean;
  /** The add-ons quoted, each with its quantities: with the fields above, the quote request to re-price it. */
  addons: Record<string, Record<string, number>>;
  quote: { lines: { label: string; detail: string; amount: string }[]; subtotal: string; tax: string; total: string };
  /** The quote as a link (the estimator's URL): no personal detail is in it. */
  quoteUrl: string;
  applicant: Applicant;
}

interface ApplicationInput {
  quote: Quote;
  number: string;
  rule: string;
  prepayYears: number;
  minutesPerMonth: number;
  minutesGiven: boolean;
  invoice: boolean;
  addons: Record<string, Record<string, number>>;
  quoteUrl: string;
  applicant: Applicant;
  date: string;
}

/** The application for a priced quote (a quote without a total cannot be applied for online). */
export function buildApplication(input: ApplicationInput): Application | undefined {
  const { quote } = input;
  if (quote.total === null || quote.subtotal === null || quote.tax === null) return undefined;
  const content: Omit<Application, 'reference' | 'date' | 'minutesGiven'> = {
    tariffVersion: quote.version,
    number: input.number,
    grade: quote.grade.name,
    rule: input.rule,
    plan: { id: quote.plan, name: quote.planName },
    prepayYears: input.prepayYears,
    serviceYears: quote.serviceYears,
    minutesPerMonth: input.minutesPerMonth,
    invoice: input.invoice,
    addons: input.addons,
    quote: {
      lines: quote.lines.map((l) => ({ label: l.label, detail: l.detail, amount: l.amount })),
      subtotal: quote.subtotal,
      tax: quote.tax,
      total: quote.total,
    },
    quoteUrl: input.quoteUrl,
    applicant: input.applicant,
  };
  return { reference: referenceCode(content), date: input.date, minutesGiven: input.minutesGiven, ...content };
}
