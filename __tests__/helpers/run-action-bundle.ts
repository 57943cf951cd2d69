import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { parse } from 'yaml';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export const FAKE_TOKEN = 'ghs_e2eFakeToken0123456789abcdefABCDEF';

/** A real push payload from GitHub's published webhook examples. */
export function pushPayload(): Record<string, unknown> {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const push = index.find((event) => event.name === 'push');
  if (!push?.examples[0]) throw new Error('no push example in @octokit/webhooks-examples');
  return push.examples[0];
}

/** INPUT_* for every input in action.yml with its default, as the runner sets them (hyphens kept). */
export function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(path.join(repoRoot, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default === '${{ github.token }}' ? FAKE_TOKEN : (input.default ?? '');
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT's `name<<DELIMITER ... DELIMITER` blocks, as the runner does. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!match) continue;
    const [, name, delimiter] = match as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? '');
    outputs[name] = value.join('\n');
  }
  return outputs;
}

export interface RunOptions {
  event?: { name: string; payload: Record<string, unknown> };
  /** Extra environment, e.g. GITHUB_API_URL of a fake GitHub, GITHUB_SHA of the checkout. */
  env?: Record<string, string>;
}

/** Spawns without blocking: a fake GitHub serving the child lives in this same process. */
function spawnNode(args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs `node dist/index.js` in `workspace` with the runner's environment and files. */
export async function runActionBundle(
  workspace: string,
  inputs: Record<string, string> = {},
  options: RunOptions = {},
): Promise<BundleRun> {
  const event = options.event ?? { name: 'push', payload: pushPayload() };
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'readiness-runner-'));
  scratch.push(runnerTemp);
  const files = {
    GITHUB_EVENT_PATH: path.join(runnerTemp, 'event.json'),
    GITHUB_OUTPUT: path.join(runnerTemp, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(runnerTemp, 'summary.md'),
    GITHUB_STATE: path.join(runnerTemp, 'state.txt'),
    GITHUB_ENV: path.join(runnerTemp, 'env.txt'),
  };
  writeFileSync(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload));
  for (const file of [files.GITHUB_OUTPUT, files.GITHUB_STEP_SUMMARY, files.GITHUB_STATE, files.GITHUB_ENV]) {
    writeFileSync(file, '');
  }
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('INPUT_') && !key.startsWith('GITHUB_')),
  );
  const result = await spawnNode([path.join(repoRoot, 'dist/index.js')], {
    cwd: workspace,
    env: {
      ...inherited,
      ...defaultInputs(),
      ...inputs,
      ...files,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: event.name,
      GITHUB_WORKSPACE: workspace,
      GITHUB_REPOSITORY: 'Codertocat/Hello-World',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'http://127.0.0.1:9',
      GITHUB_SHA: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
      GITHUB_REF: 'refs/heads/main',
      RUNNER_TEMP: runnerTemp,
      ...options.env,
    },
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}
