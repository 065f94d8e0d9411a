import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/editor-messages/errors';
import { TARIFF_FILES } from '../../src/engine/index';
import { saveProblems } from '../../src/cms/save-check';
import { refusalText, saveProblemsIn, type SavedFile } from '../../src/cms/save-problems';
import { snapshotText } from '../../src/cms/snapshot-file';
import { snapshotFiles, type TariffSnapshot } from '../../src/cms/tariff-snapshot';
import { projectFiles } from '../../src/tariff-files/node';
import { shiftedDay } from '../helpers/days';
import { copyProject } from '../helpers/project-copy';
import { ringbackChange } from '../helpers/changes';

const change = ringbackChange;

describe('the tariff files /admin/ checks a save against in the browser', () => {
  const project = copyProject();
  const day = shiftedDay(60);
  mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
  writeFileSync(join(project.root, 'tariffs/changes/planned.yaml'), change(day));
  writeFileSync(join(project.root, 'tariffs/changes/README.md'), '说明\n');
  const snapshot = JSON.parse(snapshotText(project.root)) as TariffSnapshot;
  const files = snapshotFiles(snapshot);
  const disk = projectFiles(project.root);

  it('read as the disk reads them: the published files, each change file, the folder’s names', () => {
    for (const file of [...Object.values(TARIFF_FILES), 'tariffs/changes/planned.yaml'])
      expect(files.read(file), file).toBe(disk.read(file));
    expect(files.list('tariffs/changes')).toEqual(['README.md', 'planned.yaml']);
    // Only what check reads: no page, no other text of the folder.
    expect(Object.keys(snapshot.files).sort()).toEqual(
      [...Object.values(TARIFF_FILES), 'tariffs/changes/planned.yaml'].sort(),
    );
    expect(files.read('content/addons/ringback.mdx')).toBeUndefined();
    expect(files.list('content/addons')).toEqual([]);
  });

  it('give the answer the edit server gives from the disk, save by save', () => {
    const saves: SavedFile[][] = [
      [{ path: 'tariffs/changes/new.yaml', raw: change(shiftedDay(90), '130') }],
      [{ path: 'tariffs/changes/new.yaml', raw: change('2015-06-01') }],
      [{ path: 'tariffs/changes/new.yaml', raw: change(day, '130') }],
      [{ path: 'tariffs/changes/planned.yaml', raw: change(day, '130') }],
    ];
    const answers = saves.map((saved) => saveProblemsIn(files, saved).map(formatIssue));
    expect(answers).toEqual(saves.map((saved) => saveProblems(project.root, saved).map(formatIssue)));
    expect(answers.map((a) => a.length)).toEqual([0, 1, 1, 0]);
    expect(answers[1]?.[0]).toContain('change/date-too-early');
    expect(answers[2]?.[0]).toContain('change/twice');
  });

  it('a number list is refused by line, as check reads it; one of many problems names five and counts the rest', () => {
    const list = (rows: string[]) => ['number,carrier', ...rows, ''].join('\n');
    const save = (raw: string) => saveProblemsIn(files, [{ path: 'inventory/numbers.csv', raw }]);
    expect(save(list(['400-123-6688,联通', '4001237777,电信']))).toEqual([]);
    expect(refusalText(save(list(['400-123-6688,联通', '4001236688,移动'])))).toBe(
      '第 3 行：4001236688 已在第 2 行列出',
    );
    const many = refusalText(save(list(Array.from({ length: 8 }, (_, i) => `12${i},联通`))));
    expect(many.split('；')).toHaveLength(6);
    expect(many).toMatch(/^第 2 行：“120” 不是有效的 400 号码/u);
    expect(many.endsWith('……另有 3 个问题')).toBe(true);
  });

  it('a change file that is not UTF-8 is listed but not read: it refuses no save', () => {
    const other = copyProject();
    mkdirSync(join(other.root, 'tariffs/changes'), { recursive: true });
    writeFileSync(join(other.root, 'tariffs/changes/gbk.yaml'), Buffer.from([0x64, 0x61, 0xd5, 0xe2, 0x0a]));
    const read = JSON.parse(snapshotText(other.root)) as TariffSnapshot;
    expect(read.folders['tariffs/changes']).toEqual(['gbk.yaml']);
    expect(read.files['tariffs/changes/gbk.yaml']).toBeUndefined();
    const saved = [{ path: 'tariffs/changes/new.yaml', raw: change(shiftedDay(90), '130') }];
    expect(saveProblemsIn(snapshotFiles(read), saved)).toEqual([]);
  });
});
