import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/editor-messages/errors';
import { saveProblems as issuesOf, type SavedFile } from '../../src/cms/save-check';
import { shiftedDay } from '../helpers/days';
import { copyProject } from '../helpers/project-copy';
import { ringbackChange } from '../helpers/changes';

/** What the CMS would show for a save, as check prints it. */
const saveProblems = (root: string, saved: SavedFile[]) => issuesOf(root, saved).map(formatIssue);

const change = ringbackChange;

describe('a change file the CMS is about to save, checked first', () => {
  const project = copyProject();
  const day = shiftedDay(60);
  mkdirSync(join(project.root, 'tariffs/changes'), { recursive: true });
  writeFileSync(join(project.root, 'tariffs/changes/planned.yaml'), change(day));

  it('a file check passes on may be saved; files elsewhere are not its business', () => {
    expect(
      saveProblems(project.root, [{ path: 'tariffs/changes/new.yaml', raw: change(shiftedDay(90), '130') }]),
    ).toEqual([]);
    expect(saveProblems(project.root, [{ path: 'content/addons/ringback.mdx', raw: '---\n---\n' }])).toEqual([]);
  });

  it('names what check would refuse: a date before the published tariff, the same datum twice on a day', () => {
    expect(saveProblems(project.root, [{ path: 'tariffs/changes/new.yaml', raw: change('2015-06-01') }])).toEqual([
      'tariffs/changes/new.yaml:1:7: 错误 change/date-too-early：变更日期必须晚于已发布资费的日期 2016-04-10；这里写的是 2015-06-01',
    ]);
    const [twice = ''] = saveProblems(project.root, [{ path: 'tariffs/changes/new.yaml', raw: change(day, '130') }]);
    expect(twice).toContain('change/twice');
    expect(twice).toContain('同一天的同一项只能修改一次');
  });

  it('an edit of a saved file is checked instead of it, not beside it; a note of spaces is refused', () => {
    // The planned file itself, saved again with another amount: no clash with its own old text.
    expect(saveProblems(project.root, [{ path: 'tariffs/changes/planned.yaml', raw: change(day, '130') }])).toEqual([]);
    const blank = change(shiftedDay(90)).replace(/^note: .*$/mu, 'note: "  "');
    expect(saveProblems(project.root, [{ path: 'tariffs/changes/new.yaml', raw: blank }]).length).toBe(1);
  });

  it('problems that were there before the save are not the save’s', () => {
    const other = copyProject();
    mkdirSync(join(other.root, 'tariffs/changes'), { recursive: true });
    writeFileSync(join(other.root, 'tariffs/changes/old.yaml'), change('2015-06-01'));
    expect(
      saveProblems(other.root, [{ path: 'tariffs/changes/new.yaml', raw: change(shiftedDay(90), '130') }]),
    ).toEqual([]);
  });
});
