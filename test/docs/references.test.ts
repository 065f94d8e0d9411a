/**
 * What the documents name exists: every relative link, every project path in
 * backticks, every `npm run` script and every build setting. A doc that
 * outlives a rename fails here, not in a newcomer's hands.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/tariff';
import { MESSAGES } from '../../src/editor-messages/messages';

const DOCS = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** Code spans, fenced blocks excluded (they show files to write, not files that exist). */
const spans = (doc: string) =>
  [...doc.replace(/```[\s\S]*?```/gu, '').matchAll(/`([^`\n]+)`/gu)].map((m) => m[1] ?? '');

/** Paths that are examples or made at run time, not files of the checkout. */
const MADE_LATER =
  /^(?:dist|test\/output|inventory\/|public\/uploads|tariffs\/changes\/?$|tariffs\/changes\/\d{4}-|content\/[a-z]+\/[a-z-]+\.mdx$)|[*<>{}…]/u;
const PROJECT_PATH = /^(?:src|tools|scripts|test|docs|tariffs|content|deploy|public|schemas|inventory)\/[\w./@-]*$/u;

describe('the documents', () => {
  it('are found', () => {
    expect(DOCS.length).toBeGreaterThan(10);
  });

  it.each(DOCS)('%s: every relative link resolves to a file', (doc) => {
    // Fenced blocks and code spans show what to write (an MDX link is a site path), not files of the docs.
    const prose = text(doc)
      .replace(/```[\s\S]*?```/gu, '')
      .replace(/`[^`\n]*`/gu, '');
    const links = [...prose.matchAll(/\]\(([^)\s]+)\)/gu)].map((m) => m[1] ?? '');
    const broken = links
      .filter((l) => !/^(?:[a-z]+:|#)/iu.test(l))
      .map((l) => l.split('#')[0] ?? '')
      .filter((l) => !existsSync(join(ROOT, dirname(doc), l)));
    expect(broken).toEqual([]);
  });

  it.each(DOCS)('%s: every project path it names exists', (doc) => {
    const missing = spans(text(doc))
      .map((s) => s.trim().replace(/[,.;:，。]+$/u, ''))
      .filter((s) => PROJECT_PATH.test(s) && !MADE_LATER.test(s) && !Object.hasOwn(MESSAGES, s))
      .filter((s) => !existsSync(join(ROOT, s)));
    expect(missing).toEqual([]);
  });

  it.each(DOCS)('%s: every npm run script it names exists', (doc) => {
    const scripts = Object.keys((JSON.parse(text('package.json')) as { scripts: object }).scripts);
    const named = [...text(doc).matchAll(/npm run (?:--silent )?([a-z][\w:-]*)/gu)].map((m) => m[1] ?? '');
    expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
  });

  it.each(DOCS)('%s: every build setting it names is read by the code', (doc) => {
    const code = ['src/build-environment', 'src/integrations', 'scripts', 'tools', 'src/cms']
      .flatMap((dir) =>
        readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
          .filter((f) => /\.(?:ts|mjs)$/u.test(f))
          .map((f) => text(join(dir, f))),
      )
      .concat(text('astro.config.mjs'), text('.ci/run'), text('test/helpers/global-setup.ts'))
      .join('\n');
    const settings = spans(text(doc)).flatMap((s) =>
      [...s.matchAll(/\b((?:SITE|BASE|TARIFF|OUT|CMS|CHROME|FUZZ|PORT)[A-Z0-9_]*)\b/gu)].map((m) => m[1] ?? ''),
    );
    expect([...new Set(settings)].filter((name) => !code.includes(`'${name}'`) && !code.includes(name))).toEqual([]);
  });
});

// The layout of the docs: guides, reference, explanation; the README stays short.
describe('the README', () => {
  it('is read in five minutes: at most 120 lines', () => {
    expect(text('README.md').split('\n').length).toBeLessThanOrEqual(120);
  });
  it('links every document under docs/', () => {
    const readme = text('README.md');
    const unlinked = DOCS.filter((d) => d.startsWith('docs/') && !readme.includes(`(${relative('.', d)})`));
    expect(unlinked).toEqual([]);
  });
});
