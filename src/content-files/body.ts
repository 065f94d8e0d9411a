/**
 * An MDX page's body, read with the parser the build itself uses (satteri,
 * behind @astrojs/mdx), so `check` and the build agree on what parses. It
 * checks that the page compiles, that each data component is one the pages
 * know with props the data has, and that no price is typed in any text a
 * visitor reads (split over lines or tags, in full-width digits or Chinese
 * numerals, or hidden in an expression or an export).
 */
import { mdxToJs, mdxToMdast } from 'satteri';
import { didYouMean, type Issue, type Tariff } from '../engine/index';

/** One node of the parsed page, as much of it as the check reads. */
interface Node {
  type: string;
  value?: unknown;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/**
 * A price typed into text, after NFKC (full-width digits are digits): 100元,
 * 0.13 元, 50块, 50 RMB, ¥600, 人民币600, 五十元.
 */
const TYPED_PRICE =
  /(?:[¥￥]|RMB|CNY|人民币)\s*\d|\d[\d,]*(?:\.\d+)?\s*(?:元|块|RMB|CNY)|[零〇一二两三四五六七八九十百千万]+\s*(?:元|块)/iu;

export function typedPrice(text: string): string | undefined {
  return TYPED_PRICE.exec(text.normalize('NFKC'))?.[0];
}

type PropKind = 'plan' | 'priced' | 'charge' | 'setting' | 'note' | 'topic' | 'kind';

/** The data components, their props (required first) and what each prop names. */
const COMPONENTS: Record<string, { required: Record<string, PropKind>; optional: Record<string, PropKind> }> = {
  Price: { required: { of: 'priced' }, optional: { charge: 'charge' } },
  Rate: { required: { of: 'plan' }, optional: {} },
  Deals: { required: { of: 'plan' }, optional: {} },
  GradeLimit: { required: { of: 'plan' }, optional: {} },
  Setting: { required: { name: 'setting' }, optional: {} },
  Note: { required: { id: 'note' }, optional: {} },
  Notes: { required: { topic: 'topic' }, optional: {} },
  PlanTable: { required: {}, optional: { kind: 'kind' } },
  GradeTable: { required: {}, optional: {} },
  AddonTable: { required: {}, optional: {} },
  ContactCard: { required: {}, optional: {} },
  Reading: { required: {}, optional: {} },
};
export const COMPONENT_NAMES = Object.keys(COMPONENTS);
const SETTINGS = ['taxRate', 'vipThreshold', 'consultPhone'];
const TOPICS = ['plans', 'grades', 'addons', 'process', 'reseller'];

/** A prop's value when it is a plain string: "x", or {"x"} / {'x'}. */
function literal(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'value' in value) {
    const match = /^\s*(["'])([^"'\\]*)\1\s*$/u.exec(String((value as { value: unknown }).value));
    return match?.[2];
  }
  return undefined;
}

function allowed(kind: PropKind, tariff: Tariff, of: string | undefined): string[] {
  switch (kind) {
    case 'plan':
      return tariff.plans.map((p) => p.id);
    case 'priced':
      return [...tariff.plans, ...tariff.addons].map((p) => p.id);
    case 'charge':
      return tariff.addons.find((a) => a.id === of)?.charges.map((c) => c.id) ?? [];
    case 'setting':
      return SETTINGS;
    case 'note':
      return tariff.notes.map((n) => n.id);
    case 'topic':
      return TOPICS;
    case 'kind':
      return ['monthly', 'annual'];
  }
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

/** The blocks whose text is read as one: paragraphs, headings, table cells, and the like. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'link', 'emphasis', 'strong', 'blockquote']);

export function checkMdx(file: string, source: string, tariff: Tariff): Issue[] {
  const issues: Issue[] = [];
  const at = (node: Node | undefined, message: string): Issue => ({
    file,
    path: '',
    line: node?.position?.start.line ?? 1,
    col: node?.position?.start.column ?? 1,
    message,
  });
  try {
    mdxToJs(source);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const match = /^(\d+):(\d+):\s*(.*)$/su.exec(text);
    issues.push({
      file,
      path: '',
      line: Number(match?.[1] ?? 1),
      col: Number(match?.[2] ?? 1),
      message: `the page does not compile as MDX: ${(match?.[3] ?? text).split('\n')[0]}`,
    });
    return issues;
  }
  const tree = mdxToMdast(source) as Node;

  const visit = (node: Node, inBlock: boolean) => {
    const isElement = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
    if (isElement && node.name && /^[A-Z]/u.test(node.name)) checkComponent(node);
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const price = typedPrice(String(node.value ?? ''));
      if (price !== undefined)
        issues.push(
          at(
            node,
            `typed price "${price}" in code: prices come from tariffs/ through a component such as <Price of="…" />`,
          ),
        );
    }
    const block = TEXT_BLOCKS.has(node.type) && !inBlock;
    if (block || (node.type === 'text' && !inBlock)) {
      const price = typedPrice(textOf(node));
      if (price !== undefined) {
        issues.push(
          at(
            node,
            `typed price "${price}": show prices with a component such as <Price of="…" /> so they come from tariffs/`,
          ),
        );
      }
    }
    for (const child of node.children ?? []) visit(child, inBlock || block);
  };

  const checkComponent = (node: Node) => {
    const name = node.name ?? '';
    const spec = COMPONENTS[name];
    if (spec === undefined) {
      issues.push(
        at(
          node,
          `<${name}>: no such component${didYouMean(name, COMPONENT_NAMES).replaceAll('"', '')}; the components are ${COMPONENT_NAMES.join(', ')}`,
        ),
      );
      return;
    }
    const props = new Map<string, unknown>();
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        issues.push(at(node, `<${name}>: write each prop as name="value"`));
        continue;
      }
      props.set(attribute.name, attribute.value);
    }
    const known = { ...spec.required, ...spec.optional };
    for (const prop of props.keys()) {
      if (!(prop in known)) {
        issues.push(at(node, `<${name} ${prop}>: no such prop${didYouMean(prop, Object.keys(known))}`));
      }
    }
    for (const prop of Object.keys(spec.required)) {
      if (!props.has(prop)) issues.push(at(node, `<${name}>: the prop ${prop}="…" is needed`));
    }
    for (const [prop, kind] of Object.entries(known)) {
      if (!props.has(prop)) continue;
      const value = literal(props.get(prop));
      if (value === undefined) {
        issues.push(at(node, `<${name} ${prop}>: write the value as text in quotes, such as ${prop}="…"`));
        continue;
      }
      const options = allowed(kind, tariff, literal(props.get('of')));
      if (!options.includes(value)) {
        const what =
          kind === 'plan' && tariff.addons.some((a) => a.id === value)
            ? `"${value}" is an add-on; <${name}> takes a plan`
            : `no ${kind === 'priced' ? 'plan or add-on' : kind} "${value}"${didYouMean(value, options)}`;
        issues.push(at(node, `<${name} ${prop}="${value}">: ${what}`));
      }
    }
  };

  visit(tree, false);
  return issues;
}
