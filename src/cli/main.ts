/**
 * npm run tariff -- check | classify [NUMBER… | -] [--json] | quote [--json]
 * The command-line face of the engine, for editors, sales staff and scripts.
 */
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoDate, tariffAt, todayInShanghai } from '../engine/index';
import { formatIssues } from '../editor-messages/errors';
import { loadTariff } from '../tariff-files/node';
import { runChanges, runClassify, runQuote, streamClassify } from './commands';
import { changeImpacts, impactText } from './impact';
import { echo } from './terminal';
import { bufferedWriter, endQuietlyOnClosedPipe, print, printError } from './output';
import { cappedLines, InputTooLarge, MAX_CLASSIFY_LINE, MAX_REQUEST_BYTES, readCapped } from './input';

const USAGE = `usage:
  npm run tariff -- check                          validate tariffs/ and content/
  npm run tariff -- classify NUMBER… [--json]      grade 400 numbers
  npm run tariff -- classify [-] [--json] < list   grade numbers from standard input, one a line
  npm run tariff -- quote [--json] < request.json  quote a request
  npm run tariff -- changes [--json]               the change log, newest first
  npm run tariff -- changes --impact               what each change does to every plan's yearly total
options:
  --date=YYYY-MM-DD  quote and classify with the tariff in force that day (default: today, Asia/Shanghai)
  --root=DIR         the project folder (default: this checkout)
  --json             machine-readable output`;

const OPTIONS = {
  json: { type: 'boolean' },
  impact: { type: 'boolean' },
  date: { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function main(argv: string[]): Promise<number> {
  // Not strict: an unknown option is reported below, or (for classify) judged as an input like any other.
  const { values, tokens } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionals: string[] = [];
  const unknown: string[] = [];
  /** What classify judges: its positionals and any argument that is not one of our options, as typed. */
  const inputs: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (positionals.length > 0 && token.value !== '-') inputs.push(token.value);
      positionals.push(token.value);
    } else if (token.kind === 'option' && !(token.name in OPTIONS)) {
      unknown.push(token.rawName);
      inputs.push(argv[token.index] ?? token.rawName);
    }
  }
  if (values.help === true) {
    print(USAGE);
    return 0;
  }
  if (typeof values.root === 'boolean') return usage('--root needs a folder: --root=DIR');
  const root = values.root === undefined ? fileURLToPath(new URL('../..', import.meta.url)) : resolve(values.root);
  const json = values.json === true;
  const [command, ...rest] = positionals;

  if (command !== 'classify' && unknown.length > 0) return usage(`unknown option "${echo(unknown[0] ?? '')}"`);
  if (command === 'check') {
    // Loaded here: the page checks bring the MDX parser, which classify and quote never need.
    const { checkProject } = await import('../project-check');
    const { tariff, issues } = checkProject(root);
    const errors = issues.filter((i) => !i.warning).length;
    const failed = errors > 0 || tariff === undefined;
    // The status is decided before the first line: a reader that stops early (| head -1) does not turn it into 0.
    process.exitCode = failed ? 1 : 0;
    for (const line of formatIssues(issues)) printError(line);
    if (failed) {
      printError(`\n共 ${errors} 个问题：请按上面的提示修改，再运行 npm run tariff -- check`);
      return 1;
    }
    print(
      `检查通过：tariffs/ 和 content/ 没有问题（${tariff.plans.length} 个套餐、${tariff.addons.length} 个附加功能、${tariff.grades.length} 个号码等级）`,
    );
    return 0;
  }
  if (command !== 'classify' && command !== 'quote' && command !== 'changes') {
    return usage(command === undefined ? 'a command is needed' : `unknown command "${echo(command)}"`);
  }

  const loaded = loadTariff(root);
  if (!loaded.ok) {
    process.exitCode = 1;
    for (const line of formatIssues(loaded.issues)) printError(line);
    printError('资费数据有误：请运行 npm run tariff -- check 查看');
    return 1;
  }
  const { versions, changes } = loaded.history;
  if (command === 'changes') {
    if (values.impact === true) {
      const impacts = changeImpacts(versions, [...changes].reverse());
      print(json ? JSON.stringify(impacts, null, 2) : impactText(impacts, versions) || '还没有资费变更', json);
      return 0;
    }
    print(runChanges(changes, versions, json), json);
    return 0;
  }
  if (typeof values.date === 'boolean') return usage('--date needs a date: --date=YYYY-MM-DD');
  const date = values.date ?? todayInShanghai();
  if (!isIsoDate(date)) return usage(`--date: "${echo(date)}" is not a real date written YYYY-MM-DD`);
  if (command === 'classify') {
    const tariff = tariffAt(versions, date);
    if (tariff === undefined)
      return usage(
        `--date: no tariff is in force on ${date} (the first is of ${versions[0]?.settings.effective ?? ''})`,
      );
    // Options that are not ours ("---", "--foo") are inputs: judged (invalid), the batch goes on.
    if (inputs.length > 0) {
      print(runClassify(tariff, inputs, json), json);
      return 0;
    }
    const lines = cappedLines(process.stdin, MAX_CLASSIFY_LINE);
    const out = bufferedWriter(process.stdout, json);
    try {
      const count = await streamClassify(tariff, lines, json, out.write);
      await out.flush();
      return count === 0 ? usage('classify needs numbers: as arguments, or one a line on standard input') : 0;
    } catch (error) {
      if (!(error instanceof InputTooLarge)) throw error;
      await out.flush();
      printError(`classify: ${error.message}`);
      return 2;
    }
  }
  if (rest.length > 0) return usage(`quote reads its request from standard input; unexpected "${echo(rest[0] ?? '')}"`);
  let request: string;
  try {
    request = await readCapped(process.stdin, MAX_REQUEST_BYTES);
  } catch (error) {
    if (!(error instanceof InputTooLarge)) throw error;
    printError(`request: ${error.message}`);
    return 2;
  }
  const result = runQuote(versions, request, json, values.date);
  if (!result.ok) {
    printError(result.error);
    return 2;
  }
  print(result.output, json);
  return 0;
}

function usage(problem: string): number {
  printError(`${problem}\n\n${USAGE}`);
  return 2;
}

endQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
