/**
 * `npm run tariff -- changes --impact`: what each dated change does to a
 * prospect's bill, before it goes live. For every plan, at a few typical
 * monthly minutes, the one-year total (an ordinary number, no invoice) with
 * the add-ons the change touches, under the version before the change and
 * the version it starts, and the difference. All amounts come from the engine.
 */
import { amount, planName, quote, toFenString, type Quote, type Tariff, type TariffChange } from '../engine/index';
import { yuan } from '../presentation/format';

/** Typical minutes a month: none, light, medium and heavy use. */
const IMPACT_MINUTES = [0, 300, 1000, 3000] as const;

interface ImpactRow {
  plan: string;
  minutes: number;
  before: string | null;
  after: string | null;
  /** after − before, signed ("+20.00"), or a word when one side has no total. */
  difference: string;
}

interface ChangeImpact {
  change: TariffChange;
  addons: string[];
  rows: ImpactRow[];
}

/** The add-on ids a change touches, that both versions still offer. */
function touchedAddons(change: TariffChange, before: Tariff, after: Tariff): string[] {
  const ids = change.items.flatMap((item) => {
    const [root, id] = item.path.split('.');
    return root === 'addons' && id !== undefined ? [id] : [];
  });
  return [...new Set(ids)].filter(
    (id) => before.addons.some((a) => a.id === id) && after.addons.some((a) => a.id === id),
  );
}

function totalOf(tariff: Tariff, plan: string, minutes: number, addons: string[]): Quote | undefined {
  if (!tariff.plans.some((p) => p.id === plan)) return undefined;
  const result = quote(tariff, {
    plan,
    minutesPerMonth: minutes,
    prepayYears: tariff.settings.prepayYears.min,
    addons: Object.fromEntries(addons.map((id) => [id, {}])),
  });
  return result.ok && 'quote' in result ? result.quote : undefined;
}

function difference(before: Quote | undefined, after: Quote | undefined): string {
  if (before === undefined) return '新增套餐';
  if (after === undefined) return '停止提供';
  if (!after.eligible) return '不再可选';
  if (before.total === null || after.total === null) return '来电咨询';
  const delta = amount(after.total).minus(before.total);
  return `${delta.isNegative() ? '' : '+'}${toFenString(delta)}`;
}

export function changeImpacts(versions: readonly Tariff[], changes: readonly TariffChange[]): ChangeImpact[] {
  // By date, once: a history of thousands of versions is not searched again for each change.
  const indexOf = new Map(versions.map((v, i) => [v.settings.effective, i]));
  return changes.map((change) => {
    const index = indexOf.get(change.date) ?? -1;
    const before = versions[index - 1];
    const after = versions[index];
    if (before === undefined || after === undefined) return { change, addons: [], rows: [] };
    const addons = touchedAddons(change, before, after);
    const plans = [...new Set([...before.plans, ...after.plans].map((p) => p.id))];
    const rows = plans.flatMap((plan) =>
      IMPACT_MINUTES.map((minutes) => {
        const was = totalOf(before, plan, minutes, addons);
        const now = totalOf(after, plan, minutes, addons);
        return {
          plan: (now ?? was)?.planName ?? plan,
          minutes,
          before: was?.total ?? null,
          after: now?.total ?? null,
          difference: difference(was, now),
        };
      }),
    );
    return { change, addons, rows };
  });
}

/** "1,080.00 元": figures as the site writes them, with their unit. */
const yuanText = (value: string | null) => (value === null ? '—' : `${yuan(value)} 元`);

/** "+100.00 元" for a signed difference; a word ("停止提供") as it is. */
const differenceText = (difference: string) =>
  /^[+-]\d/u.test(difference) ? `${difference.charAt(0)}${yuan(difference.slice(1))} 元` : difference;

/** Why a plan's total does not move with a change to an add-on's yearly fee: its kind waives those fees. */
function unchangedReason(versions: readonly Tariff[], name: string): string {
  for (const version of versions) {
    const plan = version.plans.find((p) => planName(version, p) === name);
    const kind = plan === undefined ? undefined : version.settings.kinds[plan.kind];
    if (kind?.waivesAddonYearlyFees) return `（${kind.name}赠送附加功能年费）`;
  }
  return '';
}

/** The impacts as text: a heading per change, then one line per plan and minutes that changes. */
export function impactText(impacts: readonly ChangeImpact[], versions: readonly Tariff[]): string {
  // Each add-on's name as the first version that offers it says it, gathered once.
  const names = new Map<string, string>();
  for (const version of versions)
    for (const addon of version.addons) if (!names.has(addon.id)) names.set(addon.id, addon.name);
  const nameOf = (id: string) => names.get(id) ?? id;
  const indexOf = new Map(versions.map((v, i) => [v.settings.effective, i]));
  return impacts
    .map(({ change, addons, rows }) => {
      const index = indexOf.get(change.date) ?? -1;
      const [before, after] = [versions[index - 1], versions[index]];
      const offered = (v: Tariff | undefined, id: string) => v?.addons.some((a) => a.id === id) ?? false;
      const withdrawn = (before?.addons ?? []).filter((a) => !offered(after, a.id)).map((a) => a.name);
      const added = (after?.addons ?? []).filter((a) => !offered(before, a.id)).map((a) => a.name);
      const changed = rows.filter((r) => r.difference !== '+0.00' && r.difference !== '来电咨询');
      const head = [
        `${change.date} ${change.note}（${change.file}）`,
        ...change.items.map((i) => `  · ${i.what}`),
        ...withdrawn.map((name) => `  ${name}：自 ${change.date} 起停止受理，不能再办理，报价中不再含这项功能`),
        ...added.map((name) => `  ${name}：自 ${change.date} 起可以办理`),
      ];
      if (addons.length === 0 && changed.length === 0) return head.join('\n');
      const basis = `  按一年、普通号码、不开发票计${addons.length > 0 ? `，含附加功能：${addons.map(nameOf).join('、')}` : ''}`;
      if (changed.length === 0) return [...head, basis, '  各套餐的合计都不变'].join('\n');
      const lines = changed.map(
        (r) =>
          `  ${r.plan.padEnd(14)} 每月 ${String(r.minutes).padStart(4)} 分钟  ${yuanText(r.before).padStart(13)} → ${yuanText(r.after).padStart(13)}  ${differenceText(r.difference)}`,
      );
      const moved = new Set(changed.map((r) => r.plan));
      const still = [...new Set(rows.map((r) => r.plan))].filter((plan) => !moved.has(plan));
      // Plans left out of the lines, grouped by why (annual plans waive add-on yearly fees).
      const byReason = new Map<string, string[]>();
      for (const plan of still) {
        const reason = unchangedReason(
          [after, before].filter((v) => v !== undefined),
          plan,
        );
        byReason.set(reason, [...(byReason.get(reason) ?? []), plan]);
      }
      const same = [...byReason].map(([reason, plans]) => `  合计不变：${plans.join('、')}${reason}`);
      return [...head, basis, ...lines, ...same].join('\n');
    })
    .join('\n\n');
}
