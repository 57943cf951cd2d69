// The shipped bundle (dist/index.js) run as the runner runs it, on hostile repositories and rule files.
// Rebuild dist first: npm run build.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github/index.js';
import { makePullRequestFixture, pullRequestPayload } from '../helpers/pull-request-fixture.js';
import { FAKE_TOKEN, pushPayload, runActionBundle, type BundleRun } from '../helpers/run-action-bundle.js';
import { git, makeTempRepo } from '../helpers/temp-repo.js';
import { expectInertMarkdown, HOSTILE_MARKDOWN, plantSecret } from './helpers.js';

const READY = {
  'README.md': '# Service\n',
  'src/service.py': 'def handler(event):\n    return event\n',
  'tests/test_service.py': 'def test_handler():\n    assert True\n',
  '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pytest\n',
};

/** Log lines where the runner would act on workflow commands: everything outside ::stop-commands:: blocks. */
function commandLines(stdout: string): string[] {
  const active: string[] = [];
  let resume: string | undefined;
  for (const line of stdout.split('\n')) {
    if (resume !== undefined) {
      if (line === resume) resume = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop !== null) resume = `::${stop[1]}::`;
    else active.push(line);
  }
  expect(resume, 'every ::stop-commands:: block is closed').toBeUndefined();
  return active;
}

function everyOutput(run: BundleRun): string {
  const files = [run.outputs.report, run.outputs.sarif].filter((file): file is string => Boolean(file));
  return [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...files.map((file) => readFileSync(file, 'utf8'))].join('\n');
}

describe('hostile repositories, through the action bundle', () => {
  it('never leaks /proc/self/environ (which holds the token) through a link in the tree or as the rule file', async () => {
    const root = makeTempRepo(READY, { symlinks: { 'src/env.py': '/proc/self/environ', '.github/readiness.yml': '/proc/self/environ' } });
    const run = await runActionBundle(root);
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary.trimEnd()).toBe(
      '## ❌ readiness-gate: the rule file has problems\n\n```text\n.github/readiness.yml: is a symbolic link; a rule file must be a regular file\n```',
    );
    // Once, in the add-mask line that hides it.
    expect(everyOutput(run).split(FAKE_TOKEN)).toHaveLength(2);
    expect(everyOutput(run)).not.toContain('GITHUB_WORKSPACE=');
  });

  it('never leaks a planted secret through links to files and folders, in any output', async () => {
    const secret = plantSecret();
    const root = makeTempRepo(READY, {
      symlinks: { 'src/leak.py': secret.file, 'linked': secret.folder, 'up': '../../..', 'junit.xml': secret.file },
    });
    const run = await runActionBundle(root);
    expect(run.status).toBe(0);
    expect(everyOutput(run)).not.toContain(secret.text);
    // src/leak.py, linked, up and junit.xml: all four links are listed and skipped, none is followed.
    expect(JSON.parse(readFileSync(run.outputs.report as string, 'utf8')).inventory.skipped).toEqual({ symlink: 4 });
  });

  it('refuses a rule file inside a linked .github folder, saying so in the summary', async () => {
    const secret = plantSecret();
    const root = makeTempRepo({ 'app.py': 'x = 1\n' }, { symlinks: { '.github': secret.folder } });
    const run = await runActionBundle(root);
    expect(run.status).toBe(1);
    expect(run.summary.trimEnd()).toBe(
      '## ❌ readiness-gate: the rule file has problems\n\n```text\n.github/readiness.yml: .github is a symbolic link; a rule file is never read through one\n```',
    );
    expect(everyOutput(run)).not.toContain(secret.text);
  });

  it.each([
    ['an alias bomb', 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n', '.github/readiness.yml:2:8 b[0]: aliases expand too often; a rule file may expand at most 20 aliases'],
    ['an exists glob leaving the repository', 'rules:\n  readme:\n    exists: ../../etc/passwd\n', '.github/readiness.yml:3:13 rules.readme.exists: "../../etc/passwd" leaves the repository with ".."; globs are relative to the repository root'],
    ['malformed YAML', 'rules: [\n', '.github/readiness.yml:2:1 YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ])('says in the summary what is wrong with %s', async (_name, text, problem) => {
    const run = await runActionBundle(makeTempRepo({ ...READY, '.github/readiness.yml': text }));
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('error');
    expect(run.summary.trimEnd()).toBe(`## ❌ readiness-gate: the rule file has problems\n\n\`\`\`text\n${problem}\n\`\`\``);
  });

  it('says in the summary that the rule file is a directory', async () => {
    const root = makeTempRepo(READY);
    mkdirSync(path.join(root, '.github/readiness.yml'));
    const run = await runActionBundle(root);
    expect(run.summary).toContain('.github/readiness.yml: is a directory; give the path of a YAML rule file such as .github/readiness.yml');
  });

  it('lets no repository text become a workflow command (file names, contents, legacy ##[ and stop-commands)', async () => {
    const hostileName = 'src/x,line=1,title=y::set-output name=a::b %0A::error::c ##[error]d.py';
    const contents =
      '# TODO ::set-output name=verdict::pass\n# TODO ::save-state name=x::y\n# TODO ::stop-commands::abc\n' +
      '# TODO ::abc::\n# TODO ::add-mask::z\n# TODO x ##[set-output name=y;]pwn\n# TODO ::error file=a::b\r::warning::c\n';
    const root = makeTempRepo({
      ...READY,
      [hostileName]: contents,
      '::set-env name=A::B.py': contents,
      '.github/readiness.yml': 'extends: recommended\nrules:\n  todo-comments:\n    max: 0\n',
    });
    const run = await runActionBundle(root);
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    const active = commandLines(run.stdout).filter((line) => line !== '');
    for (const line of active) {
      expect(line).toMatch(/^::(add-mask|notice|warning|error|debug)[ :]/);
      expect(line).not.toContain('##[');
      expect(line).not.toMatch(/::(set-output|save-state|set-env|add-path|stop-commands)/);
    }
    const annotations = active.filter((line) => line.startsWith('::notice file='));
    expect(annotations.length).toBeGreaterThan(0);
    // The properties stay one file each: every `,` and `:` of the name is escaped.
    for (const line of annotations) expect(line).toMatch(/^::notice file=[^,:]+,line=\d+,title=[^,:]+::/);
    expect(run.stdout).not.toContain('##[');
  });

  it('falls back to the whole repository, with a note, when the base commit of a push cannot be reached', async () => {
    const root = makeTempRepo(READY);
    const head = git(root, 'rev-parse', 'HEAD').trim();
    const payload = { ...pushPayload(), before: 'deadbeef'.repeat(5), after: head };
    const run = await runActionBundle(root, {}, { event: { name: 'push', payload }, env: { GITHUB_SHA: head } });
    expect(run.status).toBe(0);
    expect(run.outputs.verdict).toBe('pass');
    expect(run.summary).toMatch(
      /> judging the whole repository only: git cannot reach the base commit: commit deadbeef(deadbeef){4} is not in the clone and fetching it from origin failed: fatal: 'origin' does not appear to be a git repository\n/,
    );
  });

  it('judges an empty repository (no commits) on push with a note', async () => {
    const root = makeTempRepo({}, { git: false });
    git(root, 'init', '-q', '-b', 'main');
    writeFileSync(path.join(root, 'app.py'), 'x = 1\n');
    const run = await runActionBundle(root);
    expect(run.status).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.summary).toContain('> git cannot read the checkout (fatal: Needed a single revision); the whole repository is judged');
  });
});

describe('hostile pull requests, with the sticky comment', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub();
  });
  afterEach(async () => {
    await github.close();
  });

  it('renders repository text inert in the comment and the summary: no pings, links, HTML, images or tables', async () => {
    const fixture = makePullRequestFixture(READY, {
      [`src/${HOSTILE_MARKDOWN.replace(/\//g, '∕')}.py`]: `# TODO ${HOSTILE_MARKDOWN}\ntry:\n    x = 1\nexcept Exception:  # ${HOSTILE_MARKDOWN}\n    pass\n`,
      'src/notes.py': `def f():\n    # FIXME ${HOSTILE_MARKDOWN}\n    pass\n`,
    });
    const run = await runActionBundle(fixture.workspace, {}, {
      event: { name: 'pull_request', payload: pullRequestPayload(fixture) },
      env: { GITHUB_API_URL: github.url, GITHUB_SHA: fixture.mergeSha },
    });
    expect(run.status).toBe(1);
    const comment = github.state.comments.get(42)?.[0]?.body ?? '';
    expect(comment).toContain('new-generic-catches');
    expectInertMarkdown(comment);
    expectInertMarkdown(run.summary);
  });
});
