/**
 * docs/editors-guide.md, the editors' guide, runs: every change file and page it
 * shows is written into a copy of this checkout and passes `check`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tariffAt } from '../../src/engine/index';
import { formatIssue } from '../../src/editor-messages/errors';
import { checkProject } from '../../src/project-check';
import { copyProject } from '../helpers/project-copy';
import { ROOT } from '../helpers/tariff';
import { MESSAGES } from '../../src/editor-messages/messages';
import { SAFE_ELEMENTS } from '../../src/content-files/safe-html';

const guide = readFileSync(join(ROOT, 'docs/editors-guide.md'), 'utf8');

/** Fenced YAML blocks that name their file on the first line ("# tariffs/changes/….yaml"). */
const changeFiles = [...guide.matchAll(/```yaml\n# (tariffs\/changes\/[^\n]+\.yaml)\n([\s\S]*?)```/gu)].map((m) => ({
  file: m[1] ?? '',
  text: m[2] ?? '',
}));
/** The add-on page the guide shows, written to the file it names. */
const page = /`(content\/addons\/[a-z-]+\.mdx)`[^`]*```mdx\n([\s\S]*?)```/u.exec(guide);

describe("the editors' guide", () => {
  it('shows a price change, a withdrawal, a new add-on and a new grade', () => {
    expect(changeFiles.map((c) => c.file)).toEqual([
      'tariffs/changes/2030-01-01-ringback.yaml',
      'tariffs/changes/2030-02-01-voice-storage.yaml',
      'tariffs/changes/2030-03-01-call-transfer.yaml',
      'tariffs/changes/2030-04-01-grade-200.yaml',
    ]);
    expect(page?.[1]).toBe('content/addons/call-transfer.mdx');
  });

  it('every example passes check, and each takes effect on its date', () => {
    const project = copyProject();
    mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
    for (const { file, text } of [...changeFiles, { file: page?.[1] ?? '', text: page?.[2] ?? '' }]) {
      mkdirSync(dirname(join(project.root, file)), { recursive: true });
      writeFileSync(join(project.root, file), text);
    }
    // As the guide says: the withdrawal needs no page edit (the add-on's page stays, so links to it live on),
    // before its date and after it.
    expect(
      checkProject(project.root, '2030-02-02')
        .issues.filter((i) => !i.warning)
        .map(formatIssue),
    ).toEqual([]);
    const { issues, history } = checkProject(project.root, '2029-12-01');
    expect(issues.filter((i) => !i.warning).map(formatIssue)).toEqual([]);
    const on = (date: string) => tariffAt(history?.versions ?? [], date);
    expect(on('2030-01-01')?.addons.find((a) => a.id === 'ringback')?.charges[0]?.amount).toBe('120');
    expect(on('2030-02-01')?.addons.some((a) => a.id === 'voice-storage')).toBe(false);
    expect(on('2030-03-01')?.addons.some((a) => a.id === 'call-transfer')).toBe(true);
    expect(on('2030-04-01')?.grades.some((g) => g.id === 'ordinary-200')).toBe(true);
  });
});

describe('the messages editors meet', () => {
  it('the guide lists every message code', () => {
    const missing = Object.keys(MESSAGES).filter((code) => !guide.includes(`\`${code}\``));
    expect(missing).toEqual([]);
  });

  it('every message is Chinese and says what to do', () => {
    for (const [code, { en, zh }] of Object.entries(MESSAGES)) {
      expect(en, code).toMatch(/[a-z]/u);
      // The Chinese is in the template (some take their words from what they name).
      expect(String(zh), code).toMatch(/[\u4e00-\u9fa5]/u);
    }
  });

  it('lists every HTML tag a page body may use (page/html-element points here)', () => {
    expect(SAFE_ELEMENTS.filter((e) => !guide.includes(`\`<${e}>\``))).toEqual([]);
  });
});
