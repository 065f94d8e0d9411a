import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-files/check';
import { ROOT } from '../helpers/tariff';

describe('content/', () => {
  const { files, issues } = readContent(ROOT);

  it('reads every page', () => {
    expect(issues).toEqual([]);
    expect(files.filter((f) => f.folder === 'plans')).toHaveLength(8);
    expect(files.filter((f) => f.folder === 'addons')).toHaveLength(21);
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
