/**
 * The phone layout's contact bar (src/layouts/Base.astro) carries the quote
 * the page holds: one rule, used by every widget. Without JavaScript (and on
 * content pages) its link is the plain /apply/; a widget that holds a quote
 * points it at that quote, or at the phone number where 办理 cannot go online;
 * on /apply/ itself it leads to the form on the page, never reloading it.
 * Under its label it shows the page's answer when there is one (the quote's
 * total, the cheapest plan's), so on a phone the figure stays in view.
 */
import { yuan } from '../presentation/format';

type BarTarget = { kind: 'apply'; href: string } | { kind: 'phone'; href: string } | { kind: 'form' };

/** The anchor of the applicant's form on /apply/ (ApplicantForm's heading). */
const FORM_ANCHOR = '#applicant-title';

export function syncContactBar(target: BarTarget, answer?: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-apply-link]')) {
    link.href = target.kind === 'form' ? FORM_ANCHOR : target.href;
    link.textContent = target.kind === 'phone' ? '电话办理' : '在线办理';
    if (answer !== undefined) {
      const line = document.createElement('span');
      line.className = 'sub';
      line.dataset['testid'] = 'bar-answer';
      line.textContent = answer;
      link.append(line);
    }
  }
}

/** The bar's answer: a quote's total, or the cheapest plan's when every plan is quoted ("最省 1,440.00 元"). */
export function barAnswer(kind: 'total' | 'cheapest', total: string | null | undefined): string | undefined {
  if (total === null || total === undefined) return undefined;
  return `${kind === 'total' ? '合计' : '最省'} ${yuan(total)} 元`;
}
