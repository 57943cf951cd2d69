// Random repositories and rule files, bounded in size so that a hang (not a big input) is what times out.
import { fc } from '@fast-check/vitest';
import { HOSTILE_MARKDOWN } from '../hostile/helpers.js';

const NAME_CHARACTERS = [
  ...'abcXYZ019_-.',
  ' ', '%', ':', ',', '\n', '\t', '#', '@', '`', '|', '*', '[', ']', '(', ')', '{', '}', '!', '~', "'", '"', '&', '<', '>',
  'é', 'ß', '日', '本', '🦀', '\u202E', '\u200B',
];
const EXTENSIONS = ['.py', '.js', '.ts', '.tsx', '.go', '.java', '.kt', '.cs', '.rb', '.php', '.rs', '.yml', '.xml', '.json', '.md', '', '.txt', '.lock', '.toml'];
const SPECIAL_NAMES = ['Dockerfile', 'docker-compose.yml', 'package.json', 'requirements.txt', 'go.mod', 'README.md', 'SECURITY.md', '.gitignore', '.gitattributes', 'junit.xml', 'lcov.info'];
const FOLDERS = ['src', 'tests', '__tests__', '.github/workflows', 'migrations', 'coverage', 'node_modules', 'spec', 'd'];

const nameStem = fc
  .array(fc.constantFrom(...NAME_CHARACTERS), { minLength: 1, maxLength: 10 })
  .map((characters) => characters.join(''))
  .filter((stem) => stem !== '.' && stem !== '..' && stem !== '.git' && !stem.startsWith('.git'));

export const fileName = fc.oneof(
  fc.tuple(nameStem, fc.constantFrom(...EXTENSIONS)).map(([stem, extension]) => stem + extension),
  fc.constantFrom(...SPECIAL_NAMES),
);

export const relativePath = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...FOLDERS), nameStem), { maxLength: 3 }), fileName)
  .map(([folders, name]) => [...folders, name].join('/'));

const CODE_LINES = [
  '# TODO fix', '// FIXME later', 'try:', '    pass', 'except Exception:', 'except:', 'def test_one():', '    assert True',
  'it("works", () => {});', 'try { x() } catch (e) {}', 'raise NotImplementedError', 'throw new Error("not implemented")',
  'func TestX(t *testing.T) {}', '@Test void t() {}', 'FROM node:20', 'HEALTHCHECK CMD true', 'USER app',
  'on: push', 'jobs:', '  t:', '    runs-on: ubuntu-latest', '    steps:', '      - run: npm test',
  '<testsuite tests="1" failures="0"><testcase name="a"/></testsuite>', 'SF:a.py', 'LH:1', 'LF:2', 'end_of_record',
  '::set-output name=verdict::pass', '##[error]pwn', '::stop-commands::x', HOSTILE_MARKDOWN, `# TODO ${HOSTILE_MARKDOWN}`, '"""', "'''", '`', '/*', '*/', '{', '}', '(', ')',
  'AKIA0123456789ABCDEF', 'password = "hunter2"',
];

const textContent = fc
  .tuple(
    fc.array(fc.oneof(fc.constantFrom(...CODE_LINES), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n', '\r'),
  )
  .map(([lines, newline]) => lines.join(newline));

/** Contents as bytes: text in UTF-8 or UTF-16 with a BOM, random bytes (binary, invalid UTF-8), or nothing. */
export const fileContent: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 6, arbitrary: textContent.map((text) => new Uint8Array(Buffer.from(text, 'utf8'))) },
  { weight: 1, arbitrary: textContent.map((text) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant(new Uint8Array()) },
);

export type TreeEntry =
  | { kind: 'file'; path: string; content: Uint8Array }
  | { kind: 'link'; path: string; target: 'secret-file' | 'secret-folder' | 'up' | 'environ' };

export const treeEntry: fc.Arbitrary<TreeEntry> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('file' as const), path: relativePath, content: fileContent }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('link' as const),
      path: relativePath,
      target: fc.constantFrom('secret-file' as const, 'secret-folder' as const, 'up' as const, 'environ' as const),
    }),
  },
);

const RULE_KEYS = ['extends', 'rules', 'profiles', 'category', 'level', 'description', 'metric', 'min', 'max', 'delta', 'findings', 'new', 'exists', 'when', 'name', 'branches', 'events', 'pattern'];
const RULE_VALUES = ['recommended', 'strict', 'error', 'warning', 'notice', 'off', 'testing', 'security', 'tests.cases', 'todo.comments', 'catch.generic', 'README*', '../etc/passwd', '/etc/passwd', 'C:\\x', '{a,b}{c,d}', 'main', 'release/**', 'pull_request', 'push'];

const yamlValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...RULE_VALUES),
    fc.integer({ min: -5, max: 200 }),
    fc.boolean(),
    fc.constant(null),
    fc.string({ maxLength: 12 }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...RULE_KEYS), fc.stringMatching(/^[a-z0-9-]{1,12}$/)), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const YAML_SNIPPETS = [
  'extends: recommended\n', 'extends: [recommended, strict]\n', 'rules:\n  tests-present:\n    level: off\n',
  'a: &a [x, x]\nb: [*a, *a, *a]\n', 'rules: [\n', 'rules:\n\tx: 1\n', '---\n---\n', 'rules:\n  x: !!binary aGVsbG8=\n', '? [a]\n: b\n',
  'extends: recommended\nextends: strict\n', 'rules:\n  readme:\n    exists: "{1..100000}"\n',
];

/** A rule file: a random document of rule-like keys, a known tricky snippet, or random text. */
export const ruleFileText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.dictionary(fc.constantFrom(...RULE_KEYS), yamlValue, { maxKeys: 3 }), fc.constantFrom('block', 'flow')).map(([value, style]) =>
    style === 'flow' ? JSON.stringify(value) : toBlockYaml(value),
  ),
  fc.constantFrom(...YAML_SNIPPETS),
  fc.string({ maxLength: 80 }),
);

/** JSON is valid YAML too; this block form exercises the YAML parser's indentation rules as well. */
function toBlockYaml(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return `${JSON.stringify(value)}\n`;
  const entries = Array.isArray(value) ? value.map((item) => ['-', item] as const) : Object.entries(value).map(([key, item]) => [`${JSON.stringify(key)}:`, item] as const);
  if (entries.length === 0) return Array.isArray(value) ? '[]\n' : '{}\n';
  return `\n${entries.map(([key, item]) => `${indent}${key} ${toBlockYaml(item, `${indent}  `).replace(/^\n/, '\n')}`).join('')}`.replace(/^\n/, indent === '' ? '' : '\n');
}
