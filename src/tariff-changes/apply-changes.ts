/**
 * Builds the tariff's history: the published tariff, then one version per
 * date of the dated change files, each change applied over the version
 * before it and the result validated like the published tariff. A datum a
 * change touches no longer carries its published source quote: its item's
 * source becomes the change (date and note), so the site never shows a quote
 * beside a price it no longer states. Build side only (uses the schemas).
 */
import { didYouMean, formatPath, type Issue } from '../editor-messages/errors';
import { say, type MessageCode } from '../editor-messages/messages';
import { describeZodIssue } from '../editor-messages/zod-issues';
import { FIELD_MEANINGS } from '../engine/schemas/field-names';
import { isIsoDate } from '../engine/dates';
import { planName } from '../engine/labels';
import { findPlan } from '../engine/lookup';
import { parseTariff, type ParseCache } from './parse-tariff';
import { ChangeFileSchema, type ChangeFile, type ChangeOperation } from '../engine/schemas/change';
import type { ChangeSource } from '../engine/schemas/common';
import { isSetByChange, TARIFF_FILES, type RawTariff, type Tariff, type TariffFileKey } from '../engine/tariff';
import type { ChangedDatum, TariffChange, TariffHistory } from '../engine/versions';
import { isRecord, own, type Json } from '../engine/records';
import {
  addedLabel,
  COLLECTION_NAMES,
  contactLabel,
  isCollection,
  type Collection,
  itemLabel,
  settingLabel,
  withdrawnLabel,
} from './change-labels';

export interface ChangeFileInput {
  /** "tariffs/changes/2027-01-01-ringback.yaml" */
  file: string;
  data: unknown;
}

type HistoryResult = { ok: true; history: TariffHistory } | { ok: false; issues: Issue[] };

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);
type Said = { code: MessageCode; message: string };

/** Which source field vouches for a settings field. */
const SETTINGS_SOURCES: Record<string, string> = {
  taxRate: 'taxSource',
  vipThreshold: 'vipSource',
  consultPhone: 'consultSource',
};
/** The raw data of one version: the files' contents, freely changeable copies. */
function rawCopy(raw: RawTariff): RawTariff {
  return structuredClone(raw);
}

/**
 * The next version's raw data, copied on write: of the files a date's
 * changes write, the small ones (tariff.yaml, whose effective date moves
 * each version, and the contact's notes.yaml) are copied whole, and in a
 * collection only its list and the items the changes name; every other file
 * and item is the previous version's own object, shared unchanged. A long
 * history costs what its changes touch, not its length times the tariff, and
 * parseTariff's cache skips the files left alone.
 */
function nextRaw(raw: RawTariff, entries: readonly { change: ChangeFile }[]): RawTariff {
  const next = { ...raw, tariff: structuredClone(raw.tariff) };
  const items = new Map<Collection, Set<string>>();
  for (const { change } of entries) {
    for (const op of change.changes) {
      const [root = '', id = ''] = ('add' in op ? `${op.add}.` : 'set' in op ? op.set : op.withdraw).split('.');
      if (root === 'contact' && next.notes === raw.notes) next.notes = structuredClone(raw.notes);
      if (isCollection(root)) items.set(root, (items.get(root) ?? new Set()).add(id));
    }
  }
  for (const [root, ids] of items) {
    const file = recordIn(next[root]);
    const list = listIn(next, root).map((item) =>
      isRecord(item) && typeof item['id'] === 'string' && ids.has(item['id']) ? structuredClone(item) : item,
    );
    next[root] = { ...file, [root]: list };
  }
  return next;
}

// A version's raw data has the shapes its schemas require: the published
// files are validated before any change applies, and each version after.
// These read it without a check at every turn.
/** A collection's list ("addons" → the add-ons). */
function listIn(raw: RawTariff, root: Collection): unknown[] {
  const file = raw[root];
  const list = isRecord(file) ? file[root] : undefined;
  return Array.isArray(list) ? list : [];
}
/** An object of the raw data (the settings, the contact). */
const recordIn = (value: unknown): Json => (isRecord(value) ? value : {});

/** Where a datum sits: an element of a list (a plan, a tier), or a field of an object. */
type Slot = { list: unknown[]; index: number } | { record: Json; key: string };

interface Located {
  /** The list or object holding the datum, and the datum's place there. */
  slot: Slot;
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

function locate(raw: RawTariff, previous: Tariff, path: string): Located | Said {
  const segments = path.split('.');
  const forbidden = segments.find((s) => FORBIDDEN_SEGMENTS.has(s));
  if (forbidden !== undefined) return say('change/not-found', { path, hint: '' });
  const [root = '', ...rest] = segments;
  let parent: Json | unknown[];
  let holder: Json;
  let sourceKey = 'source';
  let walk: string[];
  let what: string;
  let unit: string | undefined;
  let canonical: string[];
  if (root === 'settings') {
    holder = recordIn(raw.tariff);
    parent = holder;
    walk = rest;
    canonical = ['settings'];
    const field = rest[0] ?? '';
    if (isSetByChange(field)) {
      return say('change/set-by-change', { field });
    }
    const kind = field === 'kinds' ? own(recordIn(holder['kinds']), rest[1] ?? '') : undefined;
    if (isRecord(kind)) {
      holder = kind;
    } else {
      sourceKey = own(SETTINGS_SOURCES, field) ?? 'source';
    }
    ({ what, unit } = settingLabel(previous, rest));
  } else if (root === 'contact') {
    holder = recordIn(recordIn(raw.notes)['contact']);
    parent = holder;
    walk = rest;
    canonical = ['contact'];
    what = contactLabel(rest);
  } else if (isCollection(root)) {
    const list = listIn(raw, root);
    const id = rest[0] ?? '';
    const index = list.findIndex((item) => isRecord(item) && item['id'] === id);
    const ids = list.flatMap((item) => (isRecord(item) && typeof item['id'] === 'string' ? [item['id']] : []));
    if (index === -1)
      return say('change/unknown-id', {
        what: COLLECTION_NAMES[root],
        id,
        hint: didYouMean(id, ids),
      });
    const item: unknown = list[index];
    if (!isRecord(item)) return say('file/missing');
    holder = item;
    canonical = [root, id];
    ({ what, unit } = itemLabel(previous, root, id, rest.slice(1)));
    if (rest.length === 1) return { slot: { list, index }, holder, sourceKey, canonical: canonical.join('.'), what };
    parent = holder;
    walk = rest.slice(1);
  } else {
    return say('change/unknown-root', { got: root });
  }

  const alsoSourced: Json[] = [];
  for (let i = 0; i < walk.length - 1; i++) {
    const segment = walk[i] ?? '';
    const next: unknown = Array.isArray(parent) ? parent[elementIndex(parent, segment)] : own(parent, segment);
    if (next === undefined) return notFound([...canonical, segment].join('.'), parent);
    // A value with more path after it ("addons.ringback.name.first"): nothing there has a name.
    if (!isRecord(next) && !Array.isArray(next))
      return notFound([...canonical, segment, walk[i + 1] ?? ''].join('.'), []);
    canonical.push(segment);
    // A charge with a quote of its own: that quote no longer holds either.
    if (isRecord(next) && isRecord(next['source']) && next !== holder) alsoSourced.push(next);
    parent = next;
  }
  const last = walk.at(-1) ?? '';
  canonical.push(last);
  let slot: Slot;
  if (Array.isArray(parent)) {
    const index = elementIndex(parent, last);
    if (index === -1) return notFound(canonical.join('.'), parent);
    slot = { list: parent, index };
  } else {
    // A field not yet set (an optional one, such as contact.applyEmail) must at least be a field the files know.
    if (!Object.hasOwn(parent, last) && !Object.hasOwn(FIELD_MEANINGS, last))
      return notFound(canonical.join('.'), parent);
    slot = { record: parent, key: last };
  }
  return {
    slot,
    holder,
    sourceKey,
    alsoSourced,
    canonical: canonical.join('.'),
    what,
    ...(unit ? { unit } : {}),
  };
}

/**
 * What a path names in a version, in the words of the change log
 * ("彩铃功能 · 功能费", unit "元/年"), or undefined when it names nothing there.
 * The version stands in for its raw files: a parsed tariff has their shape.
 */
export function describeDatum(tariff: Tariff, path: string): { what: string; unit?: string } | undefined {
  const raw: RawTariff = {
    tariff: tariff.settings,
    plans: { plans: tariff.plans },
    grades: { grades: tariff.grades },
    addons: { addons: tariff.addons },
    notes: { notes: tariff.notes, contact: tariff.contact },
  };
  const at = locate(raw, tariff, path);
  return 'code' in at ? undefined : { what: at.what, ...(at.unit ? { unit: at.unit } : {}) };
}

const readAt = (slot: Slot): unknown => ('list' in slot ? slot.list[slot.index] : own(slot.record, slot.key));

/** A path whose last part names nothing there, with the names that are there as a hint. */
function notFound(path: string, parent: Json | unknown[]): Said {
  const last = path.split('.').at(-1) ?? '';
  const names = Array.isArray(parent)
    ? parent.flatMap((e) => (isRecord(e) && typeof e['id'] === 'string' ? [e['id']] : []))
    : Object.keys(parent).filter((name) => !isSetByChange(name));
  const hint = didYouMean(last, names) || (names.length > 0 ? `（这里有：${names.slice(0, 8).join('、')}）` : '');
  return say('change/not-found', { path, hint });
}

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
        const what = describeDatum(previous, canonical)?.what;
        issues.push({
          file,
          path,
          ...say('change/twice', {
            path: what ? `${what}（${canonical}）` : canonical,
            date: change.date,
            other: where,
          }),
        });
        return false;
      }
    }
    touched.set(canonical, `${file} 的${changeOrdinal(path)}`);
    return true;
  };
  change.changes.forEach((op: ChangeOperation, i) => {
    if ('add' in op) {
      const list = listIn(raw, op.add);
      const id = typeof op.item['id'] === 'string' ? op.item['id'] : '';
      if (list.some((item) => isRecord(item) && item['id'] === id)) {
        issues.push({
          file,
          path: `changes[${i}].item.id`,
          ...say('change/already-exists', { id, what: COLLECTION_NAMES[op.add] }),
        });
        return;
      }
      if (!claim(`${op.add}.${id}`, `changes[${i}]`)) return;
      list.push({ ...op.item, source: record });
      items.push({ op: 'add', path: `${op.add}.${id}`, what: addedLabel(op.add, op.item) });
      return;
    }
    const path = 'set' in op ? op.set : op.withdraw;
    const field = 'set' in op ? `changes[${i}].set` : `changes[${i}].withdraw`;
    const at = locate(raw, previous, path);
    if ('code' in at) {
      // An item another file withdrew on this date is gone from this version: that is the conflict to name.
      const item = path.split('.').slice(0, 2).join('.');
      if (touched.has(item)) claim(item, field);
      else issues.push({ file, path: field, ...at });
      return;
    }
    if (!claim(at.canonical, field)) return;
    const old = readAt(at.slot);
    if ('withdraw' in op) {
      const segments = at.canonical.split('.');
      if (segments.length !== 2 || !('list' in at.slot)) {
        issues.push({ file, path: field, ...say('change/withdraw-whole') });
        return;
      }
      at.slot.list.splice(at.slot.index, 1);
      items.push({ op: 'withdraw', path: at.canonical, what: withdrawnLabel(previous, segments, old) });
      return;
    }
    // A set lands on a value (or a list of values such as patterns), never on a group of fields.
    if (isRecord(old)) {
      issues.push({ file, path: field, ...say('change/not-a-datum', { path: at.canonical }) });
      return;
    }
    if ('list' in at.slot) at.slot.list[at.slot.index] = op.to;
    else at.slot.record[at.slot.key] = op.to;
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

/** Add-ons and plans of a version's raw data that still name a withdrawn item, by their Chinese names. */
function stillNeeded(raw: RawTariff, previous: Tariff, path: string): string[] {
  const [root, id] = path.split('.');
  const listOf = (key: 'addons' | 'plans') => listIn(raw, key).filter(isRecord);
  const named = (item: Json) => (typeof item['name'] === 'string' ? item['name'] : String(item['id']));
  if (root === 'addons') {
    const by = listOf('addons')
      .filter(
        (a) =>
          (Array.isArray(a['needs']) && a['needs'].some((n) => isRecord(n) && n['id'] === id)) ||
          (Array.isArray(a['includes']) && a['includes'].includes(id)),
      )
      .map(named);
    for (const settings of Object.values(recordIn(recordIn(raw.tariff)['kinds']))) {
      if (isRecord(settings) && Array.isArray(settings['waiverExcept']) && settings['waiverExcept'].includes(id))
        by.push(`${typeof settings['name'] === 'string' ? settings['name'] : ''}的功能费规则`);
    }
    return by;
  }
  if (root === 'grades')
    return listOf('plans')
      .filter((p) => p['maxGrade'] === id)
      .map((p) => {
        const plan = findPlan(previous, String(p['id']));
        return plan ? planName(previous, plan) : String(p['id']);
      });
  return [];
}

/** The operation of a date's changes that an invalid datum comes from, and where in its file to point. */
function blame(
  problem: Issue,
  raw: RawTariff,
  entries: { file: string; change: ChangeFile }[],
): { file: string; path: string } | undefined {
  const segments = [...problem.path.matchAll(/([^.[\]]+)|\[(\d+)\]/gu)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''),
  );
  const [root, index, ...rest] = segments;
  let prefix: string;
  if (problem.file === TARIFF_FILES.tariff) prefix = `settings.${String(root)}`;
  else if (root === 'contact') prefix = `contact.${String(index)}`;
  else {
    if (!isCollection(root)) return undefined;
    const item: unknown = typeof index === 'number' ? listIn(raw, root)[index] : undefined;
    if (!isRecord(item) || typeof item['id'] !== 'string') return undefined;
    prefix = `${String(root)}.${item['id']}`;
  }
  for (const { file, change } of entries) {
    for (const [i, op] of change.changes.entries()) {
      if ('add' in op && `${op.add}.${String(op.item['id'])}` === prefix)
        return { file, path: formatPath([`changes`, i, 'item', ...rest]) };
      if ('set' in op && (op.set === prefix || op.set.startsWith(`${prefix}.`)))
        return { file, path: `changes[${i}].to` };
    }
  }
  return undefined;
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
    const result = ChangeFileSchema.safeParse(data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        issues.push({ file, path: formatPath(issue.path), ...describeZodIssue(issue) });
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
        ...say('change/date-too-early', { published: published.settings.effective, got: change.date }),
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
  // Each version's files as validated, by object: the files a date leaves alone are not validated again.
  const cache: ParseCache = new WeakMap();
  for (const [date, entries] of byDate) {
    const previous: Tariff = versions.at(-1) ?? published;
    const next = nextRaw(raw, entries);
    const touched = new Map<string, string>();
    const before = issues.length;
    const applied = entries.map(({ file, change }) => ({
      file,
      change,
      items: applyFile(next, previous, change, file, touched, issues),
    }));
    // A withdrawal that what remains still names: said once, at the withdrawal, by name.
    for (const { file, items, change } of applied) {
      for (const item of items) {
        if (item.op !== 'withdraw') continue;
        const by = stillNeeded(next, previous, item.path);
        const index = change.changes.findIndex((op) => 'withdraw' in op && op.withdraw === item.path);
        const name = item.what.split('：').at(-1) ?? item.path;
        if (by.length > 0)
          issues.push({
            file,
            path: `changes[${index}].withdraw`,
            ...say('change/withdraw-needed', { name, by: by.join('、') }),
          });
      }
    }
    if (issues.length > before) continue;
    recordIn(next.tariff)['effective'] = date;
    const parsed = parseTariff(next, names, cache);
    if (!parsed.ok) {
      for (const problem of parsed.issues) {
        const at = blame(problem, next, entries);
        issues.push(
          at === undefined
            ? {
                file: entries[0]?.file ?? '',
                path: 'changes',
                ...say('change/invalid-result', { date, what: problem.path, problem: problem.message }),
              }
            : { ...at, code: problem.code, message: problem.message },
        );
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

/** "changes[0].set" → "第 1 项变更": where in a change file, in the editors' words. */
function changeOrdinal(path: string): string {
  const index = /^changes\[(\d+)\]/u.exec(path)?.[1];
  return index === undefined ? ` ${path}` : `第 ${Number(index) + 1} 项变更`;
}
