/**
 * Every data component tag a page may hold in a version, with words an
 * editor reads: the CMS's 插入数据 form lists them, so an editor never types
 * a price or an id. Built from the component list the page check uses.
 */
import { allowed, COMPONENTS, SETTING_NAMES, type PropKind } from '../content-files/components';
import { gradeName, planName } from '../engine/labels';
import type { Tariff } from '../engine/tariff';

interface Snippet {
  /** The component's word ("价格"): the form groups snippets by it. */
  group: string;
  label: string;
  code: string;
}

function valueWords(kind: PropKind, tariff: Tariff, value: string): string {
  const plan = tariff.plans.find((p) => p.id === value);
  if ((kind === 'plan' || kind === 'priced') && plan) return planName(tariff, plan);
  const addon = tariff.addons.find((a) => a.id === value);
  if (kind === 'priced' && addon) return addon.name;
  if (kind === 'setting') return SETTING_NAMES[value as keyof typeof SETTING_NAMES];
  if (kind === 'note') return `${value}：${tariff.notes.find((n) => n.id === value)?.text.slice(0, 24) ?? ''}…`;
  if (kind === 'kind') return tariff.settings.kinds[value as 'monthly' | 'annual'].name;
  if (kind === 'topic') return value;
  const grade = tariff.grades.find((g) => g.id === value);
  return grade ? gradeName(grade) : value;
}

export function snippets(tariff: Tariff): Snippet[] {
  const out: Snippet[] = [];
  for (const [name, spec] of Object.entries(COMPONENTS)) {
    const required = Object.entries(spec.required);
    const [first] = required;
    if (first === undefined) {
      out.push({ group: spec.word, label: spec.word, code: `<${name} />` });
      for (const [prop, kind] of Object.entries(spec.optional))
        for (const value of allowed(kind, tariff, undefined))
          out.push({
            group: spec.word,
            label: `${spec.word} · ${valueWords(kind, tariff, value)}`,
            code: `<${name} ${prop}="${value}" />`,
          });
      continue;
    }
    const [prop, kind] = first;
    for (const value of allowed(kind, tariff, undefined)) {
      const words = valueWords(kind, tariff, value);
      out.push({ group: spec.word, label: `${spec.word} · ${words}`, code: `<${name} ${prop}="${value}" />` });
      // A charge of an add-on: each named by its label.
      if (name === 'Price' && spec.optional['charge'] === 'charge') {
        const addon = tariff.addons.find((a) => a.id === value);
        for (const charge of addon?.charges ?? [])
          out.push({
            group: spec.word,
            label: `${spec.word} · ${words} · ${charge.label}`,
            code: `<${name} ${prop}="${value}" charge="${charge.id}" />`,
          });
      }
    }
  }
  return out;
}
