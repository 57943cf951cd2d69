import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** The real CLI in-process, with captured output. */
export async function cli(argv: string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => (stderr += text),
    cwd,
    color: false,
  });
  return { status, stdout, stderr };
}

export interface PlantedSecret {
  /** A file outside every repository under test. */
  file: string;
  folder: string;
  /** Its unique content: no output may ever hold it. */
  text: string;
}

/** A secret file in a folder of its own, as an attacker would hope to find on a runner. */
export function plantSecret(): PlantedSecret {
  const folder = mkdtempSync(path.join(tmpdir(), 'readiness-secret-'));
  created.push(folder);
  const text = `PLANTED-SECRET-${randomBytes(12).toString('hex')}`;
  const file = path.join(folder, 'secret.txt');
  // Lines a collector would report if it ever read this file: a TODO, a generic catch, a test.
  writeFileSync(file, `# TODO ${text}\ntry:\n    pass\nexcept Exception:\n    pass\ndef test_${text.replace(/-/g, '_')}():\n    pass\n`);
  writeFileSync(path.join(folder, 'readiness.yml'), `rules:\n  ${text}: 1\n`);
  return { file, folder, text };
}

/** Every output format of one repository, for leak checks. */
export async function allFormats(root: string, extra: string[] = []): Promise<Record<string, CliRun>> {
  const runs: Record<string, CliRun> = {};
  for (const format of ['text', 'json', 'markdown', 'sarif']) runs[format] = await cli(['check', root, '--format', format, ...extra]);
  return runs;
}

export function expectNoSecret(runs: Record<string, CliRun>, secret: PlantedSecret): void {
  for (const [format, run] of Object.entries(runs)) {
    expect(`${run.stdout}\n${run.stderr}`, `${format} output`).not.toContain(secret.text);
  }
}

/** Text of a Markdown document outside code spans and fenced blocks, where escaping has to hold. */
export function markdownOutsideCode(markdown: string): string {
  const outside: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const opening = /^ {0,3}(`{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening !== undefined && opening.length >= fence.length && line.trim() === opening) fence = undefined;
      continue;
    }
    if (opening !== undefined) {
      fence = opening;
      continue;
    }
    // Link destinations the report builds (percent-encoded paths under the blob URL) are not rendered text.
    outside.push(withoutCodeSpans(line).replace(/\]\(https:\/\/github\.com\/[^)\s]*\)/g, '](link)'));
  }
  return outside.join('\n');
}

function withoutCodeSpans(line: string): string {
  let result = '';
  let index = 0;
  while (index < line.length) {
    const run = /`+/.exec(line.slice(index));
    if (run === null) break;
    const start = index + run.index;
    const closing = new RegExp(`(?<!\`)${run[0]}(?!\`)`).exec(line.slice(start + run[0].length));
    if (closing === null) {
      result += line.slice(index, start + run[0].length);
      index = start + run[0].length;
      continue;
    }
    result += `${line.slice(index, start)}[code]`;
    index = start + run[0].length + closing.index + run[0].length;
  }
  return result + line.slice(index);
}

/** Repository text that would ping, link, embed, close a <details> or add a table row if rendered raw. */
export const HOSTILE_MARKDOWN =
  '@octocat @acme/admins #1234 acme/app#7 GH-9 <img src=x onerror=alert(1)> </details><details><summary>ok ' +
  '![x](https://evil.example/x.png) [click](https://evil.example) https://evil.example/raw www.evil.example | evil | cell |';

/** Fails when any part of HOSTILE_MARKDOWN kept its meaning in `markdown` (outside code, where it would render). */
export function expectInertMarkdown(markdown: string): void {
  const outside = markdownOutsideCode(markdown);
  for (const hazard of ['@octocat', '@acme/admins', '#1234', 'app#7', 'GH-9', '<img', '<summary>ok', '](https://evil', '://evil', 'www.evil']) {
    expect(outside, hazard).not.toContain(hazard);
  }
  expect(outside).not.toMatch(/(?<!\\)\| evil/);
  const opened = outside.split('<details').length;
  expect(outside.split('</details>').length, 'every </details> closes one the report opened').toBeLessThanOrEqual(opened);
}
