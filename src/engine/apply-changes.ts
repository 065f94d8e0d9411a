/**
 * Builds the tariff's history: the published tariff, then one version per
 * date of the dated change files, each change applied over the version
 * before it and the result validated like the published tariff. A datum a
 * change touches no longer carries its published source quote: its item's
 * source becomes the change (date and note), so the site never shows a quote
 * beside a price it no longer states. Build side only (uses the schemas).
 */
import { didYouMean, formatIssue, formatPath, type Issue } from './errors';
import { isIsoDate } from './dates';
import { gradeName, planName } from './labels';
import { findAddon, findGrade, findPlan } from './lookup';
import { parseTariff } from './parse-tariff';
import { PERIOD_UNITS } from './plan-terms';
import { ChangeFileSchema, type ChangeFile, type ChangeOperation } from './schemas/change';
import type { ChangeSource } from './schemas/common';
import { TARIFF_FILES, type RawTariff, type Tariff, type TariffFileKey } from './tariff';
import type { ChangedDatum, TariffChange, TariffHistory } from './versions';

export interface ChangeFileInput {
  /** "tariffs/changes/2027-01-01-ringback.yaml" */
  file: string;
  data: unknown;
}

export type HistoryResult = { ok: true; history: TariffHistory } | { ok: false; issues: Issue[] };

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COLLECTION_NAMES = { plans: '套餐', grades: '号码等级', addons: '附加功能', notes: '说明' } as const;
/** Which source field vouches for a settings field. */
const SETTINGS_SOURCES: Record<string, string> = {
  taxRate: 'taxSource',
  vipThreshold: 'vipSource',
  consultPhone: 'consultSource',
};
const SETTINGS_LABELS: Record<string, [string, string?]> = {
  taxRate: ['发票税率'],
  vipThreshold: ['大客户专属服务门槛', '元'],
  consultPhone: ['咨询热线'],
  prepayYears: ['可预存年数'],
};
const CONTACT_LABELS: Record<string, string> = {
  hotline: '全国统一热线',
  businessLine: '业务热线',
  address: '地址',
  complaintsQQ: '投诉建议 QQ',
};

/** The raw data of one version: the files' contents, freely changeable copies. */
function rawCopy(raw: RawTariff): RawTariff {
  return structuredClone(raw);
}

interface Located {
  /** The object or array holding the datum, and its key there. */
  parent: Json | unknown[];
  key: string | number;
  /** The object whose `source` (or settings' source field) vouches for the datum. */
  holder: Json;
  sourceKey: string;
  /** Objects on the way with a quote of their own (a charge's source). */
  alsoSourced?: Json[];
  /** The path with items named by id, for conflicts and messages. */
  canonical: string;
  what: string;
  unit?: string;
}

/** The element of an item's list a path segment names: by id, by years (deals), by upTo (tiers), or by index. */
function elementIndex(list: unknown[], segment: string): number {
  const byKey = list.findIndex(
    (e) => isRecord(e) && (e['id'] === segment || String(e['years']) === segment || String(e['upTo']) === segment),
  );
  if (byKey !== -1) return byKey;
  return /^\d+$/u.test(segment) && Number(segment) < list.length ? Number(segment) : -1;
}

function labelFor(previous: Tariff, root: string, id: string, rest: string[]): { what: string; unit?: string } {
  if (root === 'plans') {
    const plan = findPlan(previous, id);
    const name = plan ? planName(previous, plan) : id;
    const field = rest[0] ?? '';
    const fields: Record<string, [string, string?]> = {
      yearly: [plan ? previous.settings.kinds[plan.kind].yearlyLabel : '年金额', '元/年'],
      rate: ['每分钟资费', '元/分钟'],
      deals: [rest[2] === 'discount' ? `存${rest[1] ?? ''}年优惠` : '预存优惠', '元'],
      maxGrade: ['可选号码'],
      maxMonthlyMinimum: ['可选号码的月最低消费上限', '元/月'],
    };
    const [label, unit] = fields[field] ?? [field];
    return { what: `${name} · ${label}`, ...(unit && rest.at(-1) !== 'years' ? { unit } : {}) };
  }
  if (root === 'addons') {
    const addon = findAddon(previous, id);
    const name = addon?.name ?? id;
    if (rest[0] === 'charges' && addon) {
      const charge = addon.charges.find((c) => c.id === rest[1]);
      if (charge) {
        const money = rest.at(-1) === 'amount';
        return { what: `${name} · ${charge.label}`, ...(money ? { unit: PERIOD_UNITS[charge.period] } : {}) };
      }
    }
    return { what: `${name} · ${rest.join('.') || '全部'}` };
  }
  if (root === 'grades') {
    const grade = findGrade(previous, id);
    const name = grade ? gradeName(grade) : id;
    const field = rest[0] === 'patterns' ? '尾号规则' : rest[0] === 'monthlyMinimum' ? '月最低消费' : rest.join('.');
    return { what: `${name} · ${field}`, ...(rest[0] === 'monthlyMinimum' ? { unit: '元/月' } : {}) };
  }
  return { what: `${COLLECTION_NAMES.notes} ${id}` };
}

function locate(raw: RawTariff, previous: Tariff, path: string): Located | string {
  const segments = path.split('.');
  const [root = '', ...rest] = segments;
  let parent: Json | unknown[];
  let holder: Json;
  let sourceKey = 'source';
  let walk: string[];
  let what: string;
  let unit: string | undefined;
  let canonical: string[];
  if (root === 'settings') {
    if (!isRecord(raw.tariff)) return 'tariffs/tariff.yaml is not readable';
    holder = raw.tariff;
    parent = raw.tariff;
    walk = rest;
    canonical = ['settings'];
    const field = rest[0] ?? '';
    if (field === 'effective' || field.endsWith('Source') || field === 'source') {
      return `"${field}" is set by the change itself (its date and note)`;
    }
    if (field === 'kinds' && isRecord(raw.tariff['kinds']) && isRecord(raw.tariff['kinds'][rest[1] ?? ''])) {
      holder = raw.tariff['kinds'][rest[1] ?? ''] as Json;
    } else {
      sourceKey = SETTINGS_SOURCES[field] ?? 'source';
    }
    const [label, settingUnit] = SETTINGS_LABELS[field] ?? [rest.join('.')];
    what = label;
    unit = settingUnit;
  } else if (root === 'contact') {
    const notes = raw.notes;
    if (!isRecord(notes) || !isRecord(notes['contact'])) return 'tariffs/notes.yaml has no contact';
    holder = notes['contact'];
    parent = holder;
    walk = rest;
    canonical = ['contact'];
    what = CONTACT_LABELS[rest[0] ?? ''] ?? rest.join('.');
  } else if (root in COLLECTION_NAMES) {
    const file = raw[root as TariffFileKey];
    const list = isRecord(file) ? file[root] : undefined;
    if (!Array.isArray(list)) return `tariffs/${root}.yaml has no list "${root}"`;
    const id = rest[0] ?? '';
    const index = list.findIndex((item) => isRecord(item) && item['id'] === id);
    const ids = list.flatMap((item) => (isRecord(item) && typeof item['id'] === 'string' ? [item['id']] : []));
    if (index === -1) return `no ${root.replace(/s$/u, '')} "${id}" in this version${didYouMean(id, ids)}`;
    holder = list[index] as Json;
    parent = list;
    walk = [String(index), ...rest.slice(1)];
    canonical = [root, id];
    ({ what, unit } = labelFor(previous, root, id, rest.slice(1)));
    if (walk.length === 1) return { parent, key: index, holder, sourceKey, canonical: canonical.join('.'), what };
    parent = holder;
    walk = rest.slice(1);
  } else {
    return `a path starts with plans, grades, addons, notes, settings or contact (got "${root}")`;
  }

  const alsoSourced: Json[] = [];
  for (let i = 0; i < walk.length - 1; i++) {
    const segment = walk[i] ?? '';
    const next: unknown = Array.isArray(parent) ? parent[elementIndex(parent, segment)] : parent[segment];
    if (!isRecord(next) && !Array.isArray(next))
      return `"${canonical.concat(walk.slice(0, i + 1)).join('.')}" does not exist`;
    canonical.push(segment);
    // A charge with a quote of its own: that quote no longer holds either.
    if (isRecord(next) && isRecord(next['source']) && next !== holder) alsoSourced.push(next);
    parent = next;
  }
  const last = walk.at(-1) ?? '';
  canonical.push(last);
  const key = Array.isArray(parent) ? elementIndex(parent, last) : last;
  if (key === -1) return `"${canonical.join('.')}" does not exist`;
  return {
    parent,
    key,
    holder,
    sourceKey,
    alsoSourced,
    canonical: canonical.join('.'),
    what,
    ...(unit ? { unit } : {}),
  };
}

const readAt = (parent: Json | unknown[], key: string | number): unknown =>
  Array.isArray(parent) ? parent[key as number] : parent[key as string];

/** Applies one change file's operations; reports each that cannot apply. */
function applyFile(
  raw: RawTariff,
  previous: Tariff,
  change: ChangeFile,
  file: string,
  touched: Map<string, string>,
  issues: Issue[],
): ChangedDatum[] {
  const record: ChangeSource = { changed: change.date, note: change.note };
  const items: ChangedDatum[] = [];
  const claim = (canonical: string, path: string) => {
    for (const [other, where] of touched) {
      if (other === canonical || other.startsWith(`${canonical}.`) || canonical.startsWith(`${other}.`)) {
        issues.push({ file, path, message: `"${canonical}" is changed twice on ${change.date} (also in ${where})` });
        return false;
      }
    }
    touched.set(canonical, `${file}: ${path}`);
    return true;
  };
  change.changes.forEach((op: ChangeOperation, i) => {
    if ('add' in op) {
      const fileData = raw[op.add];
      const list = isRecord(fileData) ? fileData[op.add] : undefined;
      const id = typeof op.item['id'] === 'string' ? op.item['id'] : '';
      if (!Array.isArray(list)) return;
      if (list.some((item) => isRecord(item) && item['id'] === id)) {
        issues.push({ file, path: `changes[${i}].item.id`, message: `"${id}" already exists in ${op.add}` });
        return;
      }
      if (!claim(`${op.add}.${id}`, `changes[${i}]`)) return;
      list.push({ ...op.item, source: record });
      const name = typeof op.item['name'] === 'string' ? op.item['name'] : id;
      items.push({ op: 'add', path: `${op.add}.${id}`, what: `新增${COLLECTION_NAMES[op.add]}：${name}` });
      return;
    }
    const path = 'set' in op ? op.set : op.withdraw;
    const field = 'set' in op ? `changes[${i}].set` : `changes[${i}].withdraw`;
    const at = locate(raw, previous, path);
    if (typeof at === 'string') {
      issues.push({ file, path: field, message: at });
      return;
    }
    if (!claim(at.canonical, field)) return;
    const old = readAt(at.parent, at.key);
    if ('withdraw' in op) {
      const segments = at.canonical.split('.');
      if (segments.length !== 2 || !Array.isArray(at.parent)) {
        issues.push({
          file,
          path: field,
          message: 'withdraw names a whole plan, grade, add-on or note: "addons.voice-storage"',
        });
        return;
      }
      at.parent.splice(at.key as number, 1);
      const name = isRecord(old) && typeof old['name'] === 'string' ? old['name'] : (segments[1] ?? '');
      items.push({
        op: 'withdraw',
        path: at.canonical,
        what: `停止提供${COLLECTION_NAMES[segments[0] as keyof typeof COLLECTION_NAMES] ?? ''}：${name}`,
      });
      return;
    }
    if (Array.isArray(at.parent)) at.parent[at.key as number] = op.to;
    else at.parent[at.key as string] = op.to;
    at.holder[at.sourceKey] = record;
    for (const sourced of at.alsoSourced ?? []) sourced['source'] = record;
    items.push({
      op: 'set',
      path: at.canonical,
      what: at.what,
      ...(at.unit ? { unit: at.unit } : {}),
      old,
      new: op.to,
    });
  });
  return items;
}

export function buildHistory(
  base: RawTariff,
  changeFiles: ChangeFileInput[],
  names: Record<TariffFileKey, string> = TARIFF_FILES,
): HistoryResult {
  const parsedBase = parseTariff(base, names);
  const issues: Issue[] = [];
  const changes: { file: string; change: ChangeFile }[] = [];
  for (const { file, data } of changeFiles) {
    const result = ChangeFileSchema.safeParse(data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, path: formatPath(issue.path), message: issue.message });
      }
      continue;
    }
    changes.push({ file, change: result.data });
  }
  if (!parsedBase.ok) return { ok: false, issues: [...parsedBase.issues, ...issues] };
  const published = parsedBase.tariff;
  for (const { file, change } of changes) {
    if (!isIsoDate(change.date) || change.date <= published.settings.effective) {
      issues.push({
        file,
        path: 'date',
        message: `a change must take effect after the published tariff (${published.settings.effective}); got ${change.date}`,
      });
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const byDate = new Map<string, { file: string; change: ChangeFile }[]>();
  for (const entry of [...changes].sort(
    (a, b) => a.change.date.localeCompare(b.change.date) || a.file.localeCompare(b.file),
  )) {
    byDate.set(entry.change.date, [...(byDate.get(entry.change.date) ?? []), entry]);
  }

  const versions: Tariff[] = [published];
  const log: TariffChange[] = [];
  let raw = rawCopy(base);
  for (const [date, entries] of byDate) {
    const previous = versions.at(-1) ?? published;
    const next = rawCopy(raw);
    const touched = new Map<string, string>();
    const before = issues.length;
    const applied = entries.map(({ file, change }) => ({
      file,
      change,
      items: applyFile(next, previous, change, file, touched, issues),
    }));
    if (issues.length > before) continue;
    if (isRecord(next.tariff)) next.tariff['effective'] = date;
    const parsed = parseTariff(next, names);
    if (!parsed.ok) {
      const first = entries[0]?.file ?? '';
      for (const problem of parsed.issues) {
        issues.push({
          file: first,
          path: 'changes',
          message: `after the changes of ${date}, the tariff is invalid: ${formatIssue(problem)}`,
        });
      }
      continue;
    }
    versions.push(parsed.tariff);
    raw = next;
    for (const { file, change, items } of applied) log.push({ date, note: change.note, file, items });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, history: { versions, changes: log } };
}
