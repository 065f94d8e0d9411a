/**
 * Every datum in tariffs/ quotes the published page it came from
 * (tariffs/source.txt). This check keeps those quotes true, so every price can
 * be traced back; white space is compared loosely because the page uses
 * several kinds of spaces.
 */
import { amount } from '../engine/index';
import { formatPath, type Issue } from '../editor-messages/errors';
import { say } from '../editor-messages/messages';
import { locate, type ReadText, type YamlFile } from './read';
import { isDecimalText } from '../engine/index';
import { isRecord, type Json } from '../engine/records';

const SOURCE_FILE = 'tariffs/source.txt';
const fold = (text: string) => text.replace(/\s+/gu, ' ').trim();

export function checkSources(read: ReadText, files: YamlFile[]): Issue[] {
  let text: string | undefined;
  try {
    text = read(SOURCE_FILE);
  } catch (error) {
    const found = (error as { line?: unknown }).line;
    const line = typeof found === 'number' ? found : 1;
    return [{ file: SOURCE_FILE, path: '', line, col: 1, ...say('file/encoding', { line }) }];
  }
  if (text === undefined) return [{ file: SOURCE_FILE, path: '', ...say('source/missing') }];
  const source = fold(text);
  const issues: Issue[] = [];
  for (const yaml of files) {
    visit(yaml.data, [], (path, quote) => {
      if (!source.includes(fold(quote))) {
        const issue = {
          file: yaml.file,
          path: formatPath(path),
          ...say('source/not-on-page', { quote: quote.slice(0, 60) }),
        };
        issues.push(locate(issue, yaml));
      }
    });
  }
  return issues;
}

/** Calls `found` for the text of every `source`-like object ({ section, text }). */
function visit(
  value: unknown,
  path: (string | number)[],
  found: (path: (string | number)[], text: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => visit(item, [...path, i], found));
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record['section'] === 'string' && typeof record['text'] === 'string') {
    found([...path, 'text'], record['text']);
    return;
  }
  for (const [key, item] of Object.entries(record)) visit(item, [...path, key], found);
}

/** Every number written in a quote ("1.彩铃功能费 100元/年" → 1, 100), as exact decimals. */
function numbersIn(text: string): string[] {
  return [...text.replaceAll(/(\d),(\d{3})/gu, '$1$2').matchAll(/\d+(?:\.\d+)?/gu)].map((m) => amount(m[0]).toFixed());
}

const quoteOf = (item: Json): string | undefined => {
  const source = item['source'];
  return isRecord(source) && typeof source['text'] === 'string' ? source['text'] : undefined;
};

/**
 * A price beside its 原文 quote must be a number the quote states: editing a
 * price in the published files (rather than as a dated change) would show a
 * quote that contradicts the price next to it.
 */
export function checkQuotedAmounts(files: YamlFile[]): Issue[] {
  const issues: Issue[] = [];
  const expect = (yaml: YamlFile, path: (string | number)[], value: unknown, quote: string | undefined, scale = 1) => {
    if (quote === undefined || !isDecimalText(value)) return;
    const shown = amount(value).times(scale).toFixed();
    if (numbersIn(quote).includes(shown)) return;
    const issue = {
      file: yaml.file,
      path: formatPath(path),
      ...say('source/price-changed', { value, quote: fold(quote).slice(0, 60) }),
    };
    issues.push(locate(issue, yaml));
  };
  for (const yaml of files) {
    const data: unknown = yaml.data;
    if (!isRecord(data)) continue;
    if (yaml.file === 'tariffs/plans.yaml' && Array.isArray(data['plans'])) {
      data['plans'].forEach((plan: unknown, i) => {
        if (!isRecord(plan)) return;
        expect(yaml, ['plans', i, 'yearly'], plan['yearly'], quoteOf(plan));
        if (Array.isArray(plan['deals'])) {
          plan['deals'].forEach((deal: unknown, j) => {
            if (isRecord(deal)) expect(yaml, ['plans', i, 'deals', j, 'discount'], deal['discount'], quoteOf(plan));
          });
        }
      });
    }
    if (yaml.file === 'tariffs/addons.yaml' && Array.isArray(data['addons'])) {
      data['addons'].forEach((addon: unknown, i) => {
        if (!isRecord(addon) || !Array.isArray(addon['charges'])) return;
        addon['charges'].forEach((charge: unknown, j) => {
          if (!isRecord(charge)) return;
          // A charge's own quote, where it has one, is the one its price must match.
          const quote = 'source' in charge ? quoteOf(charge) : quoteOf(addon);
          expect(yaml, ['addons', i, 'charges', j, 'amount'], charge['amount'], quote);
          const tiers = charge['tiers'];
          if (isRecord(tiers) && Array.isArray(tiers['steps'])) {
            tiers['steps'].forEach((step: unknown, k) => {
              if (isRecord(step))
                expect(yaml, ['addons', i, 'charges', j, 'tiers', 'steps', k, 'amount'], step['amount'], quote);
            });
          }
        });
      });
    }
    if (yaml.file === 'tariffs/tariff.yaml') {
      const text = (key: string) => (isRecord(data[key]) ? quoteOf({ source: data[key] }) : undefined);
      expect(yaml, ['taxRate'], data['taxRate'], text('taxSource'), 100);
      expect(yaml, ['vipThreshold'], data['vipThreshold'], text('vipSource'));
    }
  }
  return issues;
}
