import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-files/check';
import { liveHistory, ROOT } from '../helpers/tariff';

describe('content/', () => {
  const { files, issues } = readContent(ROOT);

  it('reads every page', () => {
    expect(issues).toEqual([]);
    // One page per plan and add-on of any version (a withdrawn one keeps its page).
    const ids = (pick: (t: (typeof liveHistory.versions)[number]) => { id: string }[]) =>
      new Set(liveHistory.versions.flatMap((v) => pick(v).map((item) => item.id))).size;
    expect(files.filter((f) => f.folder === 'plans')).toHaveLength(ids((t) => t.plans));
    expect(files.filter((f) => f.folder === 'addons')).toHaveLength(ids((t) => t.addons));
  });

  it('types no price in any MDX page', () => {
    const typed = files.flatMap((f) =>
      f.body
        .replace(/<[A-Z][^>]*>/gu, '')
        .split('\n')
        .filter((line) => /\d+(\.\d+)?\s*(元|块)|[¥￥]\s*\d/u.test(line))
        .map((line) => `${f.file}: ${line}`),
    );
    expect(typed).toEqual([]);
  });
});
