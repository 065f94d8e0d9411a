/** Everything `npm run tariff -- check` and the build verify: tariffs/ and content/, every problem in one run. */
import { daysBetween, tariffAt, todayInShanghai, type Tariff, type TariffHistory } from './engine/index';
import { type Issue } from './editor-messages/errors';
import { projectFiles } from './tariff-files/node';
import { parseTariffFiles, locate, type ProjectFiles } from './tariff-files/read';
import { say } from './editor-messages/messages';
import { INVENTORY_FILE, parseInventory, type InventoryNumber } from './inventory/read';
import { checkQuotedAmounts, checkSources } from './tariff-files/sources';
import { broadPatterns, hashInText } from './tariff-files/text-checks';
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
    const found = (error as { line?: unknown }).line;
    const line = typeof found === 'number' ? found : 1;
    return { issues: [{ file: INVENTORY_FILE, path: '', line, col: 1, ...say('file/encoding', { line }) }] };
  }
  if (text === undefined) return { issues: [] };
  const parsed = parseInventory(text);
  return { numbers: parsed.numbers, issues: parsed.issues };
}

/**
 * Versions not yet in force that the site may carry: the estimator and 办理
 * pages hold each (to quote before and after a change), so their weight grows
 * with every one.
 */
const MAX_SCHEDULED_VERSIONS = 12;

/**
 * How far ahead a change may be dated: a date years away is a typing slip
 * (9999-12-31, 2207 for 2027) that would sit unseen in every build until then.
 */
const CHANGE_HORIZON_YEARS = 5;

/** Days ahead within which a scheduled change is called out: a static site needs a rebuild on that day. */
const CHANGE_WARNING_DAYS = 7;

/** A file named after another date than its `date:` ("2026-12-01-….yaml" of 2027-01-01): the name it could have. */
function expectedName(file: string, date: string): string | undefined {
  const name = file.split('/').at(-1) ?? file;
  if (!/^\d{4}-\d{2}-\d{2}/u.test(name) || name.startsWith(date)) return undefined;
  const rest = name.replace(/^\d{4}-\d{2}-\d{2}-?/u, '').replace(/\.yaml$/u, '');
  return `${date}${rest ? `-${rest}` : ''}.yaml`;
}

export function checkProject(root: string, date = todayInShanghai()): ProjectCheck {
  const files = projectFiles(root);
  const loaded = parseTariffFiles(files);
  const sources = [...checkSources(files.read, loaded.files), ...checkQuotedAmounts(loaded.files)];
  const hashes = loaded.files.flatMap(hashInText);
  const inventory = checkInventory(files);
  // One run lists every problem: the free numbers are checked even when the tariff is not valid.
  if (!loaded.ok) return { issues: [...loaded.issues, ...sources, ...hashes, ...inventory.issues] };
  const { history } = loaded;
  const tariff = tariffAt(history.versions, date);
  if (tariff === undefined) {
    return {
      history,
      issues: [{ file: 'tariffs/tariff.yaml', path: 'effective', ...say('change/none-in-force', { date }) }],
    };
  }
  const byFile = new Map(loaded.files.map((f) => [f.file, f]));
  const scheduledDates = [...new Set(history.changes.filter((c) => c.date > date).map((c) => c.date))];
  const overLimit = scheduledDates
    .slice(MAX_SCHEDULED_VERSIONS)
    .flatMap((extra) =>
      history.changes
        .filter((c) => c.date === extra)
        .map((c) =>
          locate(
            { file: c.file, path: 'date', ...say('change/too-many-scheduled', { limit: MAX_SCHEDULED_VERSIONS }) },
            byFile.get(c.file),
          ),
        ),
    );
  const horizon = `${String(Number(date.slice(0, 4)) + CHANGE_HORIZON_YEARS).padStart(4, '0')}${date.slice(4)}`;
  const tooLate = history.changes
    .filter((c) => c.date > horizon)
    .map((c) =>
      locate(
        {
          file: c.file,
          path: 'date',
          ...say('change/date-too-late', { years: CHANGE_HORIZON_YEARS, horizon, got: c.date }),
        },
        byFile.get(c.file),
      ),
    );
  const due = history.changes
    .filter((c) => c.date > date && daysBetween(date, c.date) <= CHANGE_WARNING_DAYS)
    .map((c) =>
      locate(
        {
          file: c.file,
          path: 'date',
          warning: true,
          ...say('change/due-soon', { days: daysBetween(date, c.date), date: c.date }),
        },
        byFile.get(c.file),
      ),
    );
  // The date inside the file is the one that counts; a name that says another is a hint, not an error:
  // changing a date in the CMS keeps the file's name.
  const misnamed = [...new Map(history.changes.map((c) => [c.file, c.date]))].flatMap(([file, changeDate]) => {
    const name = expectedName(file, changeDate);
    return name === undefined
      ? []
      : [
          locate(
            { file, path: 'date', warning: true, ...say('change/file-name', { date: changeDate, name }) },
            byFile.get(file),
          ),
        ];
  });
  return {
    tariff,
    history,
    ...(inventory.numbers ? { inventory: inventory.numbers } : {}),
    issues: [
      ...sources,
      ...checkContent(root, tariff, history.versions),
      ...inventory.issues,
      ...broadPatterns(history, loaded.files),
      ...hashes,
      ...overLimit,
      ...tooLate,
      ...due,
      ...misnamed,
    ],
  };
}
