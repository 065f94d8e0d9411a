/**
 * An MDX page's body, read with the parser the build itself uses (satteri,
 * behind @astrojs/mdx), so `check` and the build agree on what parses. It
 * checks that the page compiles, that each data component is one the pages
 * know with props the data has, and that no price is typed in any text a
 * visitor reads (split over lines or tags, in full-width digits or Chinese
 * numerals). A body is content, not code: no import or export, no {…}
 * expression, only the safe HTML of ./safe-html with plain-text attributes,
 * and links and images that stay on ordinary addresses.
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import { type Tariff } from '../engine/index';
import { didYouMean, type Issue } from '../editor-messages/errors';
import { say } from '../editor-messages/messages';
import { allowed, COMPONENT_NAMES, COMPONENTS, KIND_WORDS } from './components';
import { SAFE_CLASS, SAFE_ELEMENTS, safeAttributes, safeImage, safeLink } from './safe-html';

/** One node of the parsed page, as much of it as the check reads. */
interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  url?: string;
  position?: { start: { line: number; column: number } };
}

/**
 * A link in prose to a plan's or add-on's page that this version does not
 * build (withdrawn, or never offered): what it names, or undefined when the
 * link is fine or points elsewhere.
 */
function deadLink(
  file: string,
  url: string,
  tariff: Tariff,
  kept: ReadonlySet<string>,
): { what: string; id: string } | undefined {
  const page = /^content\/(plans|addons|pages)\/([^/]+)\.mdx$/u.exec(file);
  if (page === null || /^[a-z]+:/iu.test(url) || url.startsWith('#')) return undefined;
  const here = page[1] === 'pages' ? `/${page[2] ?? ''}/` : `/${page[1] ?? ''}/${page[2] ?? ''}/`;
  const [folder, id, ...rest] = new URL(url, `http://site.test${here}`).pathname.split('/').filter(Boolean);
  if (rest.length > 0 || id === undefined) return undefined;
  if (folder === 'addons' && !tariff.addons.some((a) => a.id === id) && !kept.has(id)) return { what: '附加功能', id };
  if (folder === 'plans' && !tariff.plans.some((p) => p.id === id)) return { what: '套餐', id };
  return undefined;
}

/**
 * A price typed into text, after NFKC (full-width digits are digits): 100元,
 * 0.13 元, 50块, 50 RMB, ¥600, 人民币600, 五十元, an amount with two decimals
 * (100.00), or a number after 每年/每月/年费/月租 that is not a count (每年100).
 */
const TYPED_PRICE = new RegExp(
  [
    String.raw`(?:[¥￥]|RMB|CNY|人民币)\s*\d[\d,]*(?:\.\d+)?`,
    String.raw`\d[\d,]*(?:\.\d+)?\s*(?:元|块|RMB|CNY)`,
    String.raw`[零〇一二两三四五六七八九十百千万]+\s*(?:元|块)`,
    String.raw`(?<![\d.])\d[\d,]*\.\d{2}(?![\d.%])`,
    String.raw`(?:每年|每月|年费|月租|月费|功能费)\s*\d[\d,]*(?:\.\d+)?(?![\d.,]*\s*[个部天线层年月日分秒次条位项%])`,
  ].join('|'),
  'iu',
);

export function typedPrice(text: string): string | undefined {
  return TYPED_PRICE.exec(text.normalize('NFKC'))?.[0];
}

/** A node placed where its problem starts, when that is known more closely than the node's own start. */
const withStart = (node: Node, position: Node['position'] | undefined): Node =>
  position === undefined ? node : { ...node, position };

/**
 * Where a typed price begins in the source: in the text that holds it whole,
 * so the message points at the price, not at the start of its paragraph;
 * undefined when markup splits it ("**50** 元").
 */
function typedPriceStart(block: Node): Node['position'] | undefined {
  if (block.type === 'text' && typeof block.value === 'string' && block.position !== undefined) {
    // NFKC keeps the length of what a price is written with (full-width digits and ¥ are one unit each).
    const found = TYPED_PRICE.exec(block.value.normalize('NFKC'));
    if (found === null) return undefined;
    const before = block.value.slice(0, found.index).split('\n');
    const { line, column } = block.position.start;
    return {
      start:
        before.length === 1
          ? { line, column: column + found.index }
          : { line: line + before.length - 1, column: (before.at(-1)?.length ?? 0) + 1 },
    };
  }
  for (const child of block.children ?? []) {
    const start = typedPriceStart(child);
    if (start !== undefined) return start;
  }
  return undefined;
}

/**
 * A component tag the parser ran past: the last "<Name" before the error
 * with no ">" after it. The parser's own words ("to create a link in MDX …")
 * would point the editor the wrong way.
 */
function unclosedTag(source: string, line: number): { name: string; line: number; col: number } | undefined {
  const lines = source.split(/\r?\n/u);
  // The parser stops at the tag or past it: look at everything up to the end of that line.
  const before = lines.slice(0, line).join('\n');
  const open = [...before.matchAll(/<([A-Z][A-Za-z]*)\b/gu)].at(-1);
  if (open === undefined || open.index === undefined) return undefined;
  const rest = source.slice(open.index);
  const close = rest.indexOf('>');
  const nextOpen = rest.slice(1).search(/<|\n\s*\n/u);
  if (close !== -1 && (nextOpen === -1 || close < nextOpen + 1)) return undefined;
  const upTo = source.slice(0, open.index).split('\n');
  return { name: open[1] ?? '', line: upTo.length, col: (upTo.at(-1)?.length ?? 0) + 1 };
}

/** A prop's value when it is a plain string: "x", or {"x"} / {'x'}. */
function literal(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'value' in value) {
    const match = /^\s*(["'])([^"'\\]*)\1\s*$/u.exec(String((value as { value: unknown }).value));
    return match?.[2];
  }
  return undefined;
}

/** The text a visitor reads in a node: its own text and that of plain HTML elements in it, not data components'. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (
    (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
    COMPONENT_NAMES.includes(node.name ?? '')
  )
    return ' ';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(textOf).join('');
}

/** An MDX comment ({ followed by a block comment }): the only expression a body may hold. */
function isComment(value: unknown): boolean {
  return /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/u.test(String(value ?? ''));
}

/** The blocks whose text is read as one: paragraphs, headings, table cells, and the like. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'link', 'emphasis', 'strong', 'blockquote']);

/**
 * `tariff` is the version the page is first built with; `later` the versions
 * after it that build it too: a link must hold in each (a withdrawal must not
 * leave a link to a page no longer built).
 */
/**
 * `kept(version)`: the withdrawn add-ons whose pages that version's site still
 * builds (with a notice): a link to one stays alive.
 */
export function checkMdx(
  file: string,
  source: string,
  tariff: Tariff,
  later: readonly Tariff[] = [],
  kept: (version: Tariff) => ReadonlySet<string> = () => new Set(),
): Issue[] {
  const issues: Issue[] = [];
  const at = (node: Node | undefined, said: ReturnType<typeof say>): Issue => ({
    file,
    path: '',
    line: node?.position?.start.line ?? 1,
    col: node?.position?.start.column ?? 1,
    ...said,
  });
  try {
    mdxToJs(source);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/su.exec(text);
    const line = Number(match?.[1] ?? 1);
    const col = Number(match?.[2] ?? 1);
    const tag = unclosedTag(source, line);
    issues.push(
      tag === undefined
        ? { file, path: '', line, col, ...say('page/not-mdx', { detail: (match?.[3] ?? text).split('\n')[0] ?? '' }) }
        : { file, path: '', line: tag.line, col: tag.col, ...say('page/unclosed-tag', { name: tag.name }) },
    );
    return issues;
  }
  const tree = mdxToMdast(source) as Node;

  const visit = (node: Node, inBlock: boolean) => {
    const isElement = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    if (isElement && node.name && /^[A-Z]/u.test(node.name)) checkComponent(node);
    else if (isElement) checkHtml(node);
    // A body is content: no code runs from it, at build time or in the browser.
    if (node.type === 'mdxjsEsm') issues.push(at(node, say('page/code')));
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !isComment(node.value))
      issues.push(at(node, say('page/expression')));
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string' && !safeLink(node.url))
      issues.push(at(node, say('page/unsafe-link', { url: node.url })));
    if ((node.type === 'image' || node.type === 'imageReference') && !safeImage(String(node.url ?? '')))
      issues.push(at(node, say('page/image', { url: String(node.url ?? '') })));
    if (node.type === 'link' && typeof node.url === 'string') {
      for (const version of [tariff, ...later]) {
        const dead = deadLink(file, node.url, version, kept(version));
        if (dead === undefined) continue;
        const from = version === tariff ? '' : `自 ${version.settings.effective} 起，`;
        issues.push(at(node, say('page/dead-link', { url: node.url, from, ...dead })));
        break;
      }
    }
    const block = TEXT_BLOCKS.has(node.type) && !inBlock;
    if (block || (node.type === 'text' && !inBlock)) {
      const price = typedPrice(textOf(node));
      if (price !== undefined) {
        issues.push(at(withStart(node, typedPriceStart(node)), say('page/typed-price', { price })));
      }
    }
    for (const child of node.children ?? []) visit(child, inBlock || block);
  };

  /** A lowercase element: one of the safe list, with safe attributes written as plain text. */
  const checkHtml = (node: Node) => {
    const name = node.name ?? '<>';
    if (!SAFE_ELEMENTS.includes(name)) {
      issues.push(at(node, say('page/html-element', { name, examples: '<strong>、<br>、<ul>、<table>、<span>' })));
      return;
    }
    const list = safeAttributes(name).join('、');
    for (const attribute of node.attributes ?? []) {
      const prop = attribute.type === 'mdxJsxAttribute' ? (attribute.name ?? '') : '{…}';
      const value = attribute.value;
      const safe =
        safeAttributes(name).includes(prop) &&
        (typeof value === 'string' || (value === null && prop === 'open')) &&
        (prop !== 'href' || safeLink(String(value))) &&
        (prop !== 'class' || SAFE_CLASS.test(String(value)));
      if (!safe) issues.push(at(node, say('page/html-attribute', { name, attribute: prop, list })));
    }
  };

  const checkComponent = (node: Node) => {
    const name = node.name ?? '';
    const spec = COMPONENTS[name];
    if (spec === undefined) {
      issues.push(
        at(
          node,
          say('page/unknown-component', {
            name,
            hint: didYouMean(name, COMPONENT_NAMES),
            list: COMPONENT_NAMES.map((c) => `<${c}>`).join('、'),
          }),
        ),
      );
      return;
    }
    const props = new Map<string, unknown>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        issues.push(at(node, say('page/prop-syntax', { name })));
        continue;
      }
      props.set(attribute.name, attribute.value);
    }
    const known = { ...spec.required, ...spec.optional };
    for (const prop of props.keys()) {
      if (!(prop in known)) {
        issues.push(at(node, say('page/unknown-prop', { name, prop, hint: didYouMean(prop, Object.keys(known)) })));
      }
    }
    for (const prop of Object.keys(spec.required)) {
      if (!props.has(prop)) issues.push(at(node, say('page/missing-prop', { name, prop })));
    }
    for (const [prop, kind] of Object.entries(known)) {
      if (!props.has(prop)) continue;
      const value = literal(props.get(prop));
      if (value === undefined) {
        issues.push(at(node, say('page/prop-literal', { name, prop })));
        continue;
      }
      const options = allowed(kind, tariff, literal(props.get('of')));
      if (!options.includes(value)) {
        const detail =
          kind === 'plan' && tariff.addons.some((a) => a.id === value)
            ? `“${value}” 是附加功能，<${name}> 要写套餐的编号`
            : `没有${KIND_WORDS[kind]} “${value}”${didYouMean(value, options)}`;
        issues.push(at(node, say('page/unknown-value', { name, prop, value, detail })));
      }
    }
  };

  visit(tree, false);
  return issues;
}
