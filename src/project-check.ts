/** Everything `npm run tariff -- check` and the build verify: tariffs/ and content/, every problem in one run. */
import {
  daysBetween,
  patternShare,
  tariffAt,
  todayInShanghai,
  type Issue,
  type Tariff,
  type TariffHistory,
} from './engine/index';
import { projectFiles } from './tariff-files/node';
import { parseTariffFiles, type ProjectFiles } from './tariff-files/read';
import { INVENTORY_FILE, parseInventory, type InventoryNumber } from './inventory/read';
import { checkQuotedAmounts, checkSources } from './tariff-files/sources';
import { checkContent } from './content-files/check';

export interface ProjectCheck {
  /** The version in force on `date`, and the whole history. */
  tariff?: Tariff;
  history?: TariffHistory;
  /** The reseller's free numbers (inventory/numbers.csv), when the file exists. */
  inventory?: InventoryNumber[];
  issues: Issue[];
}

function checkInventory(files: ProjectFiles): { numbers?: InventoryNumber[]; issues: Issue[] } {
  let text: string | undefined;
  try {
    text = files.read(INVENTORY_FILE);
  } catch (error) {
    return {
      issues: [{ file: INVENTORY_FILE, path: '', message: error instanceof Error ? error.message : String(error) }],
    };
  }
  if (text === undefined) return { issues: [] };
  const parsed = parseInventory(text);
  return { numbers: parsed.numbers, issues: parsed.issues };
}

/** Days ahead within which a scheduled change is called out: a static site needs a rebuild on that day. */
export const CHANGE_WARNING_DAYS = 7;

export function checkProject(root: string, date = todayInShanghai()): ProjectCheck {
  const files = projectFiles(root);
  const loaded = parseTariffFiles(files);
  const sources = [...checkSources(files.read, loaded.files), ...checkQuotedAmounts(loaded.files)];
  if (!loaded.ok) return { issues: [...loaded.issues, ...sources] };
  const { history } = loaded;
  const tariff = tariffAt(history.versions, date);
  if (tariff === undefined) {
    return {
      history,
      issues: [{ file: 'tariffs/tariff.yaml', path: 'effective', message: `no version is in force on ${date}` }],
    };
  }
  const due = history.changes
    .filter((c) => c.date > date && daysBetween(date, c.date) <= CHANGE_WARNING_DAYS)
    .map((c) => ({
      file: c.file,
      path: 'date',
      warning: true,
      message: `takes effect in ${daysBetween(date, c.date)} day(s), on ${c.date}: make sure the site is rebuilt that day (see README, "Scheduled changes")`,
    }));
  const inventory = checkInventory(files);
  return {
    tariff,
    history,
    ...(inventory.numbers ? { inventory: inventory.numbers } : {}),
    issues: [
      ...sources,
      ...checkContent(root, tariff, history.versions),
      ...inventory.issues,
      ...broadPatterns(history),
      ...due,
    ],
  };
}

/** A tail pattern that catches this share of all numbers or more is almost surely a slip ("AB" for "ABAB"). */
export const BROAD_PATTERN_SHARE = 0.05;

function broadPatterns(history: TariffHistory): Issue[] {
  const seen = new Set<string>();
  return history.versions.flatMap((version) =>
    version.grades.flatMap((grade) =>
      grade.patterns.flatMap((pattern) => {
        const share = patternShare(pattern);
        if (share < BROAD_PATTERN_SHARE || seen.has(pattern)) return [];
        seen.add(pattern);
        const percent = Math.round(share * 1000) / 10;
        return [
          {
            file: 'tariffs/grades.yaml',
            path: `grades.${grade.id}.patterns`,
            warning: true,
            message: `tail pattern "${pattern}" catches ${percent}% of all numbers into ${grade.name}; patterns are read at the end of the number (is it complete?)`,
          },
        ];
      }),
    ),
  );
}
