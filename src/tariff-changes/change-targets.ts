/**
 * What an editor may change in a version, one entry per datum, for the CMS's
 * lists (/admin/): the path a change file names, its words ("彩铃功能 · 功能费"),
 * its current value and what kind of value it is. Generated from the version
 * itself, so a new add-on or field appears without a hand edit.
 */
import { wordWithMeaning } from '../engine/schemas/field-names';
import { describeDatum } from './apply-changes';
import { gradeName, planName } from '../engine/labels';
import { findAddon, findGrade } from '../engine/lookup';
import { isRecord } from '../engine/records';
import { isDecimalText } from '../engine/decimal-text';
import { isSetByChange, type Tariff } from '../engine/tariff';

export type TargetType = 'price' | 'text' | 'list' | 'number';

interface ChangeTarget {
  path: string;
  /** "彩铃功能 · 功能费（元/年，现为 100）" */
  label: string;
  type: TargetType;
}

interface WithdrawTarget {
  path: string;
  label: string;
}

/** Fields that are not data an editor changes: identities, sources, and what the structure hangs on. */
const FIXED = new Set(['id', 'kind', 'period', 'per', 'by', 'quantity', 'when', 'default', 'years', 'upTo']);
const isFixed = (key: string) => FIXED.has(key) || isSetByChange(key);

/** What the schemas say about field names: which hold money, which are lists of words. */
export interface FieldKinds {
  money: ReadonlySet<string>;
  lists: ReadonlySet<string>;
  /** A field's short Chinese name ("名称"). */
  meaning: (field: string) => string;
}

/** How a list element is named in a path: by id, by years (deals), by upTo (tiers), else by index. */
function elementName(element: unknown, index: number): string {
  if (isRecord(element)) {
    for (const key of ['id', 'years', 'upTo']) {
      const value = element[key];
      if (typeof value === 'string' || typeof value === 'number') return String(value);
    }
  }
  return String(index);
}

function typeOf(key: string, value: unknown, kinds: FieldKinds): TargetType | undefined {
  if (Array.isArray(value)) return kinds.lists.has(key) ? 'list' : undefined;
  if (typeof value === 'number') return 'number';
  if (typeof value !== 'string') return undefined;
  return kinds.money.has(key) && isDecimalText(value) ? 'price' : 'text';
}

/** A note by its opening words (its id is for the files, not for an editor's eye). */
function noteName(text: string): string {
  const chars = [...text];
  return `说明「${chars.slice(0, 14).join('')}${chars.length > 14 ? '…' : ''}」`;
}

/** A current value as the editor knows it: a grade or add-on by its name, not its id. */
function shown(tariff: Tariff, key: string, value: unknown): string {
  if (Array.isArray(value)) {
    const names = value.map((v) =>
      key === 'includes' ? (findAddon(tariff, String(v))?.name ?? String(v)) : String(v),
    );
    return names.join('、') || '（空）';
  }
  if (typeof value === 'string' && key === 'rate') return wordWithMeaning(value);
  const grade = key === 'maxGrade' && typeof value === 'string' ? findGrade(tariff, value) : undefined;
  return grade === undefined ? String(value) : gradeName(grade);
}

/** A field's words; a quantity another add-on needs by that add-on's name and the quantity's own label. */
function fieldName(tariff: Tariff, path: readonly string[], kinds: FieldKinds): string {
  const key = path.at(-1) ?? '';
  if (path.at(-2) === 'quantities' && path.at(-4) === 'needs') {
    const needed = findAddon(tariff, path.at(-3) ?? '');
    if (needed !== undefined) return `需要的${needed.name} · ${needed.quantities[key]?.label ?? key}`;
  }
  return kinds.meaning(key);
}

/** Every datum of `tariff` an editor may `set`, in the order of the files. */
export function changeTargets(tariff: Tariff, kinds: FieldKinds): ChangeTarget[] {
  const targets: ChangeTarget[] = [];
  // tier: which step of a tiered charge a price is ("第 2 档（至 1000）"), so two steps never read alike.
  const visit = (path: string[], value: unknown, context: string, tier = '') => {
    const key = path.at(-1) ?? '';
    if (isFixed(key)) return;
    // A charge or a quantity is named by its own label inside its item.
    const here = isRecord(value) && typeof value['label'] === 'string' ? `${context} · ${value['label']}` : context;
    if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) visit([...path, k], v, here, tier);
      return;
    }
    if (Array.isArray(value) && !kinds.lists.has(key)) {
      value.forEach((v, i) => {
        const upTo = elementName(v, i);
        const step = key === 'steps' ? `第 ${i + 1} 档（至 ${Number(upTo).toLocaleString('en-US')}）` : tier;
        visit([...path, elementName(v, i)], v, context, step);
      });
      return;
    }
    const type = typeOf(key, value, kinds);
    const joined = path.join('.');
    const described = type && describeDatum(tariff, joined);
    if (type === undefined || described === undefined) return;
    // Prices in the change log's words ("彩铃功能 · 功能费"); other fields by what they mean.
    const what =
      type === 'price'
        ? [described.what, tier].filter(Boolean).join(' · ')
        : `${context} · ${fieldName(tariff, path, kinds)}`;
    const current = shown(tariff, key, value);
    const unit = type === 'price' && described.unit ? `${described.unit}，` : '';
    targets.push({ path: joined, type, label: `${what}（${unit}现为 ${current}）` });
  };
  for (const plan of tariff.plans) visit(['plans', plan.id], plan, planName(tariff, plan));
  for (const grade of tariff.grades) visit(['grades', grade.id], grade, gradeName(grade));
  for (const addon of tariff.addons) visit(['addons', addon.id], addon, addon.name);
  for (const note of tariff.notes) visit(['notes', note.id], note, noteName(note.text));
  for (const [key, value] of Object.entries(tariff.settings)) {
    if (key !== 'kinds' && key !== 'name') visit(['settings', key], value, '资费设置');
  }
  for (const [key, value] of Object.entries(tariff.contact)) visit(['contact', key], value, '联系方式');
  return targets;
}

/** Every plan, grade, add-on and note that could stop being offered. */
export function withdrawTargets(tariff: Tariff): WithdrawTarget[] {
  return [
    ...tariff.plans.map((p) => ({ path: `plans.${p.id}`, label: `套餐：${planName(tariff, p)}` })),
    ...tariff.grades.map((g) => ({ path: `grades.${g.id}`, label: `号码等级：${gradeName(g)}` })),
    ...tariff.addons.map((a) => ({ path: `addons.${a.id}`, label: `附加功能：${a.name}` })),
    ...tariff.notes.map((n) => ({ path: `notes.${n.id}`, label: noteName(n.text) })),
  ];
}
