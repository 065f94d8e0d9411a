/**
 * Checks content/ against its schemas and the tariff: every plan and add-on
 * has exactly one page, pages name ids that exist, components point at real
 * tariff ids, and no prose types a price (prices come from tariffs/).
 */
import { existsSync, readdirSync } from 'node:fs';
import { EncodingError, readUtf8 } from '../utf8-file';
import { join, relative } from 'node:path';
import { parseYamlText } from '../tariff-files/yaml-text';
import { type Tariff } from '../engine/index';
import { didYouMean, formatPath, type Issue } from '../editor-messages/errors';
import { say } from '../editor-messages/messages';
import { escapeControls, hiddenCharacterAt } from '../engine/control-chars';
import { describeZodIssue } from '../editor-messages/zod-issues';
import { CONTENT_FOLDERS, type ContentFolder } from './frontmatter';
import { checkMdx, typedPrice } from './body';
import { RESERVED_ADDRESSES } from './addresses';
import { SlugSchema } from '../engine/schemas/common';

interface ContentFile {
  file: string;
  folder: ContentFolder;
  slug: string;
  frontmatter: unknown;
  body: string;
  /** Line of the body's first line in the file, for messages. */
  bodyLine: number;
  /** The whole file, as the MDX parser reads it. */
  source: string;
}

/** The line of a frontmatter field ("description: …"), so its message lands on it. */
function frontmatterLine(entry: ContentFile, key: PropertyKey | undefined): { line: number; col: number } {
  const lines = entry.source.split(/\r?\n/u).slice(0, entry.bodyLine);
  const index = typeof key === 'string' ? lines.findIndex((l) => l.startsWith(`${key}:`)) : -1;
  return index === -1 ? { line: 1, col: 1 } : { line: index + 1, col: 1 };
}

export function readContent(root: string): { files: ContentFile[]; issues: Issue[] } {
  const files: ContentFile[] = [];
  const issues: Issue[] = [];
  for (const folder of Object.keys(CONTENT_FOLDERS) as ContentFolder[]) {
    const dir = join(root, 'content', folder);
    if (!existsSync(dir)) {
      issues.push({ file: relative(root, dir), path: '', ...say('file/folder-missing') });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const file = relative(root, join(dir, name));
      const hiddenInName = hiddenCharacterAt(name);
      if (hiddenInName !== undefined) {
        issues.push({ file: escapeControls(file), path: '', ...say('file/hidden-character-name', hiddenInName) });
        continue;
      }
      if (!name.endsWith('.mdx')) {
        if (!name.startsWith('.')) issues.push({ file, path: '', ...say('file/not-mdx') });
        continue;
      }
      let text: string;
      try {
        text = readUtf8(join(dir, name));
      } catch (error) {
        const line = error instanceof EncodingError ? error.line : 1;
        issues.push({ file, path: '', line, col: 1, ...say('file/encoding', { line }) });
        continue;
      }
      const hidden = hiddenCharacterAt(text);
      if (hidden !== undefined) {
        issues.push({ file, path: '', line: hidden.line, col: hidden.col, ...say('text/hidden-character', hidden) });
        continue;
      }
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u.exec(text);
      if (match === null) {
        issues.push({ file, path: 'frontmatter', line: 1, col: 1, ...say('page/no-frontmatter') });
        continue;
      }
      // The frontmatter starts on line 2, after the first ---.
      const parsed = parseYamlText(match[1] ?? '');
      if (!parsed.ok) {
        for (const problem of parsed.problems)
          issues.push({ file, path: 'frontmatter', ...problem, line: problem.line + 1 });
        continue;
      }
      const frontmatter = parsed.data;
      const bodyLine = match[0].split('\n').length;
      files.push({
        file,
        folder,
        slug: name.replace(/\.mdx$/u, ''),
        frontmatter,
        body: text.slice(match[0].length),
        bodyLine,
        source: text,
      });
    }
  }
  return { files, issues };
}

/** A topic page is built at /<file name>/: a name that is an address, not one the site uses, and the address written (if any) the same. */
function topicAddressIssues(entry: ContentFile, address: string | undefined): Issue[] {
  if (!SlugSchema.safeParse(entry.slug).success)
    return [{ file: entry.file, path: '', ...say('page/address-form', { name: `${entry.slug}.mdx` }) }];
  const at = { file: entry.file, path: 'frontmatter.address', ...frontmatterLine(entry, 'address') };
  if (address !== undefined && address !== entry.slug)
    return [{ ...at, ...say('page/address', { name: entry.slug, address }) }];
  if (RESERVED_ADDRESSES.has(entry.slug)) return [{ ...at, ...say('page/reserved-address', { address: entry.slug }) }];
  return [];
}

/**
 * `tariff` is the version the site is built with; `versions` every version:
 * a page may describe a plan or add-on of any version (a withdrawn add-on's
 * page stays, unbuilt), and every plan and add-on of the current and later
 * versions needs one.
 */
export function checkContent(root: string, tariff: Tariff, versions: readonly Tariff[] = [tariff]): Issue[] {
  const { files, issues } = readContent(root);
  const upcoming = versions.filter((v) => v.settings.effective >= tariff.settings.effective);
  const unique = (ids: string[]) => [...new Set(ids)];
  const planIds = unique(versions.flatMap((v) => v.plans.map((p) => p.id)));
  const addonIds = unique(versions.flatMap((v) => v.addons.map((a) => a.id)));
  const pagesFor = { plans: new Map<string, string>(), addons: new Map<string, string>() };
  // A withdrawn add-on's page is still built (with a notice): links to it stay alive after its date.
  const addonPages = new Set(files.filter((f) => f.folder === 'addons').map((f) => f.slug));
  const kept = (version: Tariff): ReadonlySet<string> =>
    new Set(
      versions
        .filter((v) => v.settings.effective <= version.settings.effective)
        .flatMap((v) => v.addons.map((a) => a.id))
        .filter((id) => addonPages.has(id)),
    );
  /** Pages whose frontmatter is broken: reported once, not again as "missing". */
  const broken = { plans: new Set<string>(), addons: new Set<string>(), pages: new Set<string>() };

  for (const entry of files) {
    // reportInput: the message quotes what was written.
    const parsed = CONTENT_FOLDERS[entry.folder].safeParse(entry.frontmatter, { reportInput: true });
    if (!parsed.success) {
      broken[entry.folder].add(entry.slug);
      for (const issue of parsed.error.issues) {
        issues.push({
          file: entry.file,
          path: formatPath(['frontmatter', ...issue.path]),
          ...frontmatterLine(entry, issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]),
          ...describeZodIssue(issue),
        });
      }
    } else if (entry.folder === 'pages') {
      issues.push(...topicAddressIssues(entry, (parsed.data as { address?: string }).address));
    } else {
      const field = entry.folder === 'plans' ? 'plan' : 'addon';
      const data = parsed.data as Record<string, string>;
      const id = data[field] ?? '';
      const known = entry.folder === 'plans' ? planIds : addonIds;
      if (!known.includes(id)) {
        issues.push({
          file: entry.file,
          path: `frontmatter.${field}`,
          ...frontmatterLine(entry, field),
          ...say('page/unknown-id', { what: field === 'plan' ? '套餐' : '附加功能', id, hint: didYouMean(id, known) }),
        });
      } else if (id !== entry.slug) {
        issues.push({
          file: entry.file,
          path: `frontmatter.${field}`,
          ...frontmatterLine(entry, field),
          ...say('page/file-name', { id }),
        });
      } else {
        const other = pagesFor[entry.folder].get(id);
        if (other !== undefined)
          issues.push({
            file: entry.file,
            path: `frontmatter.${field}`,
            ...frontmatterLine(entry, field),
            ...say('page/duplicate', { id, other }),
          });
        else pagesFor[entry.folder].set(id, entry.file);
      }
    }
    // Every frontmatter text is shown somewhere (<title>, <h1>, search, sharing): no typed price in any.
    for (const [field, value] of Object.entries((entry.frontmatter ?? {}) as Record<string, unknown>)) {
      if (typeof value === 'string' && typedPrice(value) !== undefined) {
        issues.push({
          file: entry.file,
          path: `frontmatter.${field}`,
          ...frontmatterLine(entry, field),
          ...say('page/typed-price', { price: typedPrice(value) ?? '' }),
        });
      }
    }
    // A page is built with the version it first appears in (today's, or a scheduled one): check it against that.
    const own = (entry.frontmatter as Record<string, unknown> | null)?.[entry.folder === 'plans' ? 'plan' : 'addon'];
    const builtWith = upcoming.find((v) => [...v.plans, ...v.addons].some((item) => item.id === own)) ?? tariff;
    const builds = (v: Tariff) => own === undefined || [...v.plans, ...v.addons].some((item) => item.id === own);
    const later = upcoming.filter((v) => v.settings.effective > builtWith.settings.effective && builds(v));
    issues.push(...checkMdx(entry.file, entry.source, builtWith, later, kept));
  }

  for (const id of unique(upcoming.flatMap((v) => v.plans.map((p) => p.id)))) {
    if (!pagesFor.plans.has(id) && !broken.plans.has(id))
      issues.push({ file: `content/plans/${id}.mdx`, path: '', ...say('page/missing', { what: '套餐', id }) });
  }
  for (const id of unique(upcoming.flatMap((v) => v.addons.map((a) => a.id)))) {
    if (!pagesFor.addons.has(id) && !broken.addons.has(id))
      issues.push({ file: `content/addons/${id}.mdx`, path: '', ...say('page/missing', { what: '附加功能', id }) });
  }
  return issues;
}
