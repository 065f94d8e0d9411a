/**
 * Turning the raw contents of the tariffs/ files into a Tariff: each file
 * against its zod schema, then the references between them. Every problem is
 * reported with its file and path. Build side only (zod stays out of the
 * browser bundles).
 */
import type { z } from 'zod';
import { amount } from '../engine/money';
import { didYouMean, formatPath, type Issue } from '../editor-messages/errors';
import { say } from '../editor-messages/messages';
import { describeZodIssue } from '../editor-messages/zod-issues';
import { GradesFileSchema, type Grade } from '../engine/schemas/grade';
import { PlansFileSchema, type Plan } from '../engine/schemas/plan';
import { AddonsFileSchema, type Addon } from '../engine/schemas/addon';
import { TariffSettingsSchema, type TariffSettings } from '../engine/schemas/settings';
import { NotesFileSchema } from '../engine/schemas/notes';
import { TARIFF_FILES, type RawTariff, type Tariff, type TariffFileKey } from '../engine/tariff';

type ParseTariffResult = { ok: true; tariff: Tariff } | { ok: false; issues: Issue[] };

const GRADE_KIND_ORDER = { ordinary: 0, special: 1, super: 2 } as const;

/**
 * What a file's contents gave when validated, kept by the contents' object:
 * buildHistory shares the files a change leaves alone between versions and
 * never changes a shared one, so it passes one cache for the whole history.
 */
export type ParseCache = WeakMap<object, Map<z.ZodType, { data?: unknown; issues: Issue[] }>>;

/**
 * Validates every file, then the references between them; reports all
 * problems. `cache`: results by file object, for callers that never change
 * a file's object once validated (buildHistory).
 */
export function parseTariff(
  raw: RawTariff,
  files: Record<TariffFileKey, string> = TARIFF_FILES,
  cache?: ParseCache,
): ParseTariffResult {
  const issues: Issue[] = [];
  const settings = validate(TariffSettingsSchema, raw.tariff, files.tariff, issues, cache);
  const grades = validate(GradesFileSchema, raw.grades, files.grades, issues, cache)?.grades;
  const plans = validate(PlansFileSchema, raw.plans, files.plans, issues, cache)?.plans;
  const addons = validate(AddonsFileSchema, raw.addons, files.addons, issues, cache)?.addons;
  const notesFile = validate(NotesFileSchema, raw.notes, files.notes, issues, cache);

  // Every cross-reference check whose files passed their schema runs, so one
  // run reports every problem (a typo in one file hides nothing in another).
  const report = (file: string, path: (string | number)[], message: Said) =>
    issues.push({ file, path: formatPath(path), ...message });
  if (grades) checkGrades(grades, (p, m) => report(files.grades, ['grades', ...p], m));
  if (plans && grades && settings)
    checkPlans(plans, grades, settings, (p, m) => report(files.plans, ['plans', ...p], m));
  if (addons) checkAddons(addons, (p, m) => report(files.addons, ['addons', ...p], m));
  if (settings && addons) checkSettings(settings, addons, (p, m) => report(files.tariff, p, m));
  if (notesFile) {
    checkUnique(
      notesFile.notes.map((n) => n.id),
      (i, m) => report(files.notes, ['notes', i, 'id'], m),
    );
  }
  if (!settings || !grades || !plans || !addons || !notesFile || issues.length > 0) return { ok: false, issues };

  return {
    ok: true,
    tariff: {
      settings,
      grades: [...grades].sort(compareGrades),
      plans: [...plans].sort((a, b) => amount(a.yearly).comparedTo(amount(b.yearly))),
      addons,
      notes: notesFile.notes,
      contact: notesFile.contact,
    },
  };
}

function compareGrades(a: Grade, b: Grade): number {
  const byKind = GRADE_KIND_ORDER[a.kind] - GRADE_KIND_ORDER[b.kind];
  if (byKind !== 0 || a.kind !== 'ordinary') return byKind;
  return amount(a.monthlyMinimum ?? 0).comparedTo(amount(b.monthlyMinimum ?? 0));
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  issues: Issue[],
  cache?: ParseCache,
): z.output<S> | undefined {
  const byObject = typeof data === 'object' && data !== null ? cache : undefined;
  const known = byObject?.get(data as object)?.get(schema);
  if (known !== undefined) {
    issues.push(...known.issues);
    return known.data as z.output<S> | undefined;
  }
  // reportInput: a missing field is told apart from a wrong one by its input.
  const result = schema.safeParse(data, { reportInput: true });
  const found = result.success
    ? { data: result.data, issues: [] }
    : {
        issues: result.error.issues.map((issue) => ({
          file,
          path: formatPath(issue.path),
          ...describeZodIssue(issue),
        })),
      };
  if (byObject !== undefined) {
    const schemas = byObject.get(data as object) ?? new Map<z.ZodType, { data?: unknown; issues: Issue[] }>();
    schemas.set(schema, found);
    byObject.set(data as object, schemas);
  }
  issues.push(...found.issues);
  return found.data as z.output<S> | undefined;
}

type Said = ReturnType<typeof say>;
type Report = (path: (string | number)[], message: Said) => void;

function checkUnique(ids: string[], report: (index: number, message: Said) => void, what = '编号'): void {
  const seen = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) report(i, say('ref/duplicate', { what, id, other: `第 ${first + 1} 项` }));
    else seen.set(id, i);
  });
}

function checkGrades(grades: Grade[], report: Report): void {
  checkUnique(
    grades.map((g) => g.id),
    (i, m) => report([i, 'id'], m),
  );
  const defaults = grades.filter((g) => g.default);
  if (defaults.length !== 1) report([], say('grade/default-count', { found: defaults.length }));
  grades.forEach((g, i) => {
    if (g.default && g.kind !== 'ordinary') report([i, 'default'], say('grade/default-kind'));
  });
  const patternOwner = new Map<string, string>();
  grades.forEach((g, i) =>
    g.patterns.forEach((p, j) => {
      const owner = patternOwner.get(p);
      if (owner !== undefined) report([i, 'patterns', j], say('grade/pattern-taken', { pattern: p, owner }));
      else patternOwner.set(p, g.id);
    }),
  );
  const minimums = new Map<string, string>();
  grades.forEach((g, i) => {
    if (g.monthlyMinimum === undefined) return;
    const key = amount(g.monthlyMinimum).toFixed();
    const owner = minimums.get(key);
    if (owner !== undefined) report([i, 'monthlyMinimum'], say('grade/minimum-taken', { owner }));
    else minimums.set(key, g.id);
  });
}

function checkPlans(plans: Plan[], grades: Grade[], settings: TariffSettings, report: Report): void {
  checkUnique(
    plans.map((p) => p.id),
    (i, m) => report([i, 'id'], m),
  );
  const gradeIds = grades.map((g) => g.id);
  plans.forEach((plan, i) => {
    if (plan.maxGrade !== undefined && !gradeIds.includes(plan.maxGrade)) {
      report(
        [i, 'maxGrade'],
        say('ref/unknown', { what: '号码等级', id: plan.maxGrade, hint: didYouMean(plan.maxGrade, gradeIds) }),
      );
    }
    if (plan.kind === 'monthly' && !amount(plan.yearly).times(100).mod(12).isZero()) {
      report([i, 'yearly'], say('plan/monthly-fen'));
    }
    checkUnique(
      plan.deals.map((d) => String(d.years)),
      (j, m) => report([i, 'deals', j, 'years'], m),
      '预存年数',
    );
    plan.deals.forEach((deal, j) => {
      const { min, max } = settings.prepayYears;
      if (deal.years < min || deal.years > max) {
        report([i, 'deals', j, 'years'], say('plan/prepay-years', { min, max }));
      }
      if (deal.discount !== undefined && amount(deal.discount).greaterThan(amount(plan.yearly).times(deal.years))) {
        report([i, 'deals', j, 'discount'], say('plan/discount-too-large'));
      }
    });
  });
}

function checkAddons(addons: Addon[], report: Report): void {
  checkUnique(
    addons.map((a) => a.id),
    (i, m) => report([i, 'id'], m),
  );
  const ids = addons.map((a) => a.id);
  const byId = new Map(addons.map((a) => [a.id, a]));
  addons.forEach((addon, i) => {
    const declared = Object.keys(addon.quantities);
    const checkQuantity = (name: string, path: (string | number)[]) => {
      if (!declared.includes(name)) {
        report([i, ...path], say('ref/no-quantity', { id: addon.id, name, hint: didYouMean(name, declared) }));
      }
    };
    checkUnique(
      addon.charges.map((c) => c.id),
      (j, m) => report([i, 'charges', j, 'id'], m),
    );
    addon.charges.forEach((charge, j) => {
      if (charge.per !== undefined) checkQuantity(charge.per, ['charges', j, 'per']);
      if (charge.tiers !== undefined) checkQuantity(charge.tiers.by, ['charges', j, 'tiers', 'by']);
      if (charge.when !== undefined) checkQuantity(charge.when.quantity, ['charges', j, 'when', 'quantity']);
    });
    addon.needs.forEach((need, j) => {
      const target = byId.get(need.id);
      if (target === undefined) {
        report(
          [i, 'needs', j, 'id'],
          say('ref/unknown', { what: '附加功能', id: need.id, hint: didYouMean(need.id, ids) }),
        );
        return;
      }
      if (need.id === addon.id) report([i, 'needs', j, 'id'], say('ref/self', { relation: '需要' }));
      for (const [name, value] of Object.entries(need.quantities ?? {})) {
        const spec = target.quantities[name];
        if (spec === undefined)
          report(
            [i, 'needs', j, 'quantities', name],
            say('ref/no-quantity', { id: need.id, name, hint: didYouMean(name, Object.keys(target.quantities)) }),
          );
        else if (value < spec.min)
          report([i, 'needs', j, 'quantities', name], say('ref/quantity-min', { min: spec.min }));
      }
    });
    addon.includes.forEach((included, j) => {
      if (!byId.has(included))
        report(
          [i, 'includes', j],
          say('ref/unknown', { what: '附加功能', id: included, hint: didYouMean(included, ids) }),
        );
      else if (included === addon.id) report([i, 'includes', j], say('ref/self', { relation: '包含' }));
    });
  });
  addons.forEach((addon, i) => {
    if (needsReach(addon.id, addon.id, byId, new Set())) report([i, 'needs'], say('ref/cycle', { name: addon.name }));
  });
}

function needsReach(from: string, target: string, byId: Map<string, Addon>, seen: Set<string>): boolean {
  for (const need of byId.get(from)?.needs ?? []) {
    if (need.id === target) return true;
    if (seen.has(need.id)) continue;
    seen.add(need.id);
    if (needsReach(need.id, target, byId, seen)) return true;
  }
  return false;
}

function checkSettings(settings: TariffSettings, addons: Addon[], report: Report): void {
  const ids = addons.map((a) => a.id);
  for (const kind of ['monthly', 'annual'] as const) {
    settings.kinds[kind].waiverExcept.forEach((id, j) => {
      if (!ids.includes(id))
        report(
          ['kinds', kind, 'waiverExcept', j],
          say('ref/unknown', { what: '附加功能', id, hint: didYouMean(id, ids) }),
        );
    });
  }
}
