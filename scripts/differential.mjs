#!/usr/bin/env node
// Differential check over a folder (e.g. a clone of a real repository, or a node_modules/site-packages tree):
// the scanner's per-file counts against the reference implementations in __tests__/differential
// (CPython `ast`/`tokenize` for Python, the TypeScript compiler for JS/TS). Prints, per language and metric,
// how many files agree and the first disagreements as file:line; exits 1 when any metric of any language
// agrees on fewer than 99% of files, 2 on a usage error.
//
//   node scripts/differential.mjs <folder> [--show N] [--min 99] [--json out.json]
//   node scripts/differential.mjs --generate <folder> [--files N] [--seed S]   (write the generated corpus)
//
// The scanner and the references are TypeScript; Node 20 cannot run .ts, so the modules they need are
// transpiled (no type check: that is `npm run typecheck`) into node_modules/.cache, where bare imports such
// as `typescript` still resolve.
import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheRoot = path.join(repoRoot, 'node_modules/.cache/readiness-gate-differential');
const ENTRIES = ['run-differential.ts', 'compare.ts', 'generate-corpus.ts'].map((name) => `__tests__/differential/${name}`);
const LANGUAGES = { py: 'python', js: 'javascript', jsx: 'javascript', mjs: 'javascript', cjs: 'javascript', ts: 'typescript', tsx: 'typescript', mts: 'typescript', cts: 'typescript' };
// The scan's own limits (src/scan/scan-repository.ts, src/cli): files it would never read are not compared.
const SIZE_CAP = 1024 * 1024;
const MINIFIED_LINE_LENGTH = 1000;
const SKIPPED_FOLDERS = new Set(['.git', '.hg', '.svn']);
/** Inside an installed package, the package's own layout decides what is test code. */
const PACKAGE_ROOT = /^(?:.*\/)?(?:node_modules\/(?:@[^/]+\/)?[^/]+|(?:site|dist)-packages)\//;

function usage(message) {
  console.error(`${message}\nusage: node scripts/differential.mjs <folder> [--show N] [--min 99] [--json out.json]\n` +
    '       node scripts/differential.mjs --generate <folder> [--files N] [--seed S]');
  process.exit(2);
}

function parseArguments(argv) {
  const options = { show: 10, min: 99 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? usage(`${arg} needs a value`);
    if (arg === '--show') options.show = Number(value());
    else if (arg === '--min') options.min = Number(value());
    else if (arg === '--json') options.json = value();
    else if (arg === '--generate') options.generate = value();
    else if (arg === '--files') options.files = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg.startsWith('-')) usage(`unknown option ${arg}`);
    else if (options.folder === undefined) options.folder = arg;
    else usage(`unexpected argument ${arg}`);
  }
  if (options.folder === undefined && options.generate === undefined) usage('no folder given');
  return options;
}

/** Transpiles `entries` and every relative import they reach; returns the cache path of each entry. */
function transpile(entries) {
  const pending = [...entries];
  const done = new Set();
  while (pending.length > 0) {
    const relative = pending.pop();
    if (done.has(relative)) continue;
    done.add(relative);
    const source = readFileSync(path.join(repoRoot, relative), 'utf8');
    const output = ts.transpileModule(source, {
      fileName: relative,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true, verbatimModuleSyntax: false },
    }).outputText;
    const target = path.join(cacheRoot, relative.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, output);
    for (const match of source.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)) {
      pending.push(path.posix.join(path.posix.dirname(relative), `${match[1]}.ts`));
    }
  }
  writeFileSync(path.join(cacheRoot, 'package.json'), '{"type":"module"}\n');
  copyFileSync(path.join(repoRoot, '__tests__/differential/python-reference.py'), path.join(cacheRoot, '__tests__/differential/python-reference.py'));
  return Object.fromEntries(entries.map((entry) => [path.basename(entry, '.ts'), pathToFileURL(path.join(cacheRoot, entry.replace(/\.ts$/, '.js'))).href]));
}

function hasLongLine(text) {
  return text.split('\n').some((line) => line.length > MINIFIED_LINE_LENGTH);
}

/** Code files under `root` the scan would read, with the path their test-ness is judged by. */
function listCodeFiles(root) {
  const files = [];
  const skipped = { 'too-large': 0, minified: 0, binary: 0 };
  const walk = (folder) => {
    for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
      const relative = folder === '' ? entry.name : `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        // Our own transpiled copy (node_modules/.cache) is not part of any project being measured.
        if (!SKIPPED_FOLDERS.has(entry.name) && path.join(root, relative) !== cacheRoot) walk(relative);
        continue;
      }
      if (!entry.isFile()) continue;
      const language = LANGUAGES[entry.name.slice(entry.name.lastIndexOf('.') + 1).toLowerCase()];
      if (language === undefined || entry.name.lastIndexOf('.') <= 0) continue;
      const absolute = path.join(root, relative);
      if (lstatSync(absolute).size > SIZE_CAP) { skipped['too-large']++; continue; }
      const bytes = readFileSync(absolute);
      if (bytes.subarray(0, 8000).includes(0) && bytes[0] !== 0xff && bytes[0] !== 0xfe) { skipped.binary++; continue; }
      if (language === 'javascript' && hasLongLine(bytes.toString('utf8'))) { skipped.minified++; continue; }
      const classifyAs = relative.replace(PACKAGE_ROOT, '');
      files.push(classifyAs === relative ? { path: relative, language } : { path: relative, language, classifyAs });
    }
  };
  walk('');
  return { files, skipped };
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const modules = transpile(ENTRIES);
  if (options.generate !== undefined) {
    const { corpusSize, writeCorpus } = await import(modules['generate-corpus']);
    const { files, seed } = corpusSize({ DIFFERENTIAL_FILES: options.files, DIFFERENTIAL_SEED: options.seed });
    const python = writeCorpus(path.join(options.generate, 'python'), 'python', files, seed);
    const javascript = writeCorpus(path.join(options.generate, 'javascript'), 'javascript', files, seed);
    console.log(`wrote ${python.length + javascript.length} files (seed ${seed}) under ${options.generate}`);
    if (options.folder === undefined) return;
  }
  const root = path.resolve(options.folder);
  const { runDifferential } = await import(modules['run-differential']);
  const { compareFiles, formatDisagreement, formatRows, percent } = await import(modules.compare);
  const { files, skipped } = listCodeFiles(root);
  const started = performance.now();
  const result = runDifferential(root, files);
  const comparison = compareFiles(result.compared);
  console.log(`${root}: ${files.length} code files (not read, as the scan would not: ${JSON.stringify(skipped)}), ` +
    `compared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (result.pythonMissing) console.log(`Python files not compared: ${result.pythonMissing}`);
  const unparsedByLanguage = {};
  for (const file of comparison.unparsed) unparsedByLanguage[file.language] = (unparsedByLanguage[file.language] ?? 0) + 1;
  console.log(`files the reference parser rejects (left out): ${JSON.stringify(unparsedByLanguage)}\n`);
  console.log(formatRows(comparison.rows));
  if (comparison.disagreements.length > 0) {
    console.log(`\n${comparison.disagreements.length} disagreements; the first ${Math.min(options.show, comparison.disagreements.length)}:`);
    for (const disagreement of comparison.disagreements.slice(0, options.show)) console.log(`  ${formatDisagreement(disagreement)}`);
  }
  if (options.json) writeFileSync(options.json, JSON.stringify(comparison, null, 2));
  const below = comparison.rows.filter((row) => percent(row.agreeing, row.files) < options.min);
  if (below.length > 0) {
    console.log(`\nbelow ${options.min}%: ${below.map((row) => `${row.language} ${row.metric}`).join(', ')}`);
    process.exit(1);
  }
}

await main();
