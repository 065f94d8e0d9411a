/**
 * npm run tariff -- check | classify NUMBER… [--json] | quote [--json]
 * The command-line face of the engine, for editors, sales staff and scripts.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { formatIssue } from '../engine/index';
import { checkProject } from '../project-check';
import { loadTariff } from '../tariff-files/node';
import { runClassify, runQuote } from './commands';

const USAGE = `usage:
  npm run tariff -- check                      validate tariffs/ and content/
  npm run tariff -- classify NUMBER… [--json]  grade 400 numbers
  npm run tariff -- quote [--json] < request.json
options:
  --root DIR   the project folder (default: this checkout)`;

function main(argv: string[]): number {
  const args = [...argv];
  const json = takeFlag(args, '--json');
  const rootIndex = args.indexOf('--root');
  let root = fileURLToPath(new URL('../..', import.meta.url));
  if (rootIndex !== -1) {
    const dir = args[rootIndex + 1];
    if (dir === undefined) return usage('--root needs a folder');
    root = resolve(dir);
    args.splice(rootIndex, 2);
  }
  const [command, ...rest] = args;

  if (command === 'check') {
    const { tariff, issues } = checkProject(root);
    for (const issue of issues) console.error(formatIssue(issue));
    if (issues.length > 0) {
      console.error(`\n${issues.length} problem${issues.length === 1 ? '' : 's'} found`);
      return 1;
    }
    console.log(
      `ok: tariffs/ and content/ are valid (${tariff?.plans.length} plans, ${tariff?.addons.length} add-ons, ${tariff?.grades.length} grades)`,
    );
    return 0;
  }
  if (command !== 'classify' && command !== 'quote')
    return usage(command === undefined ? 'a command is needed' : `unknown command "${command}"`);

  const loaded = loadTariff(root);
  if (!loaded.ok) {
    for (const issue of loaded.issues) console.error(formatIssue(issue));
    console.error('the tariff data is invalid; run: npm run tariff -- check');
    return 1;
  }
  if (command === 'classify') {
    if (rest.length === 0) return usage('classify needs at least one number');
    const unknownFlag = rest.find((a) => a.startsWith('--'));
    if (unknownFlag !== undefined) return usage(`unknown option "${unknownFlag}"`);
    console.log(runClassify(loaded.tariff, rest, json));
    return 0;
  }
  if (rest.length > 0) return usage(`quote reads its request from standard input; unexpected "${rest[0]}"`);
  const result = runQuote(loaded.tariff, readFileSync(0, 'utf8'), json);
  if (!result.ok) {
    console.error(result.error);
    return 2;
  }
  console.log(result.output);
  return 0;
}

function takeFlag(args: string[], flag: string): boolean {
  const index = args.indexOf(flag);
  if (index === -1) return false;
  args.splice(index, 1);
  return true;
}

function usage(problem: string): number {
  console.error(`${problem}\n\n${USAGE}`);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
