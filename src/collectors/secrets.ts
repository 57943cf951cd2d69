// `secrets.exposed`: credentials committed in a file, found by their own format, so a match is almost never
// anything else. Only kinds with a distinctive shape are looked for (no "high-entropy string" guessing):
//
// - private key blocks: `-----BEGIN [RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED ]PRIVATE KEY[ BLOCK]-----` followed,
//   within 1,000 characters, by a run of at least 40 base64 characters (line breaks written as `\n` in a
//   string count as breaks);
// - AWS access key ids (`AKIA`/`ASIA` + 16 of A-Z0-9) with a 40-character secret access key (letters, digits,
//   `/`, `+`, at least one upper-case letter, one lower-case letter and one digit) within 5 lines either side;
// - GitHub tokens (`ghp_ gho_ ghu_ ghs_ ghr_` + 36 letters/digits, `github_pat_` + 82 letters/digits/`_`);
// - Stripe live secret and restricted keys (`sk_live_`/`rk_live_` + 24 or more letters/digits);
// - Slack tokens (`xoxb- xoxa- xoxp- xoxr- xoxs-` + 8 or more digits + `-` + 20 or more letters/digits/`-`);
// - Google API keys (`AIza` + 35 letters/digits/`_`/`-`);
// - JWTs whose header decodes to a JSON object with an `alg` other than `none` and whose signature has 32 or
//   more characters (an unsigned token proves nothing and grants nothing).
//
// Skipped, because they hold sample credentials by design: test code (see `isTestCode`) and files under
// `fixtures/`, `__fixtures__/`, `__mocks__/` or `testdata/`; lock files; and placeholder values — a value
// whose variable part has one character 6 times in a row (`xxxxxx`, `000000`), 6 ascending characters
// (`abcdef`, `123456`), or the word example, sample, placeholder, dummy, fake, redacted, changeme, your,
// insert or replace (any case). A JWT is a placeholder when its decoded claims are.
//
// A finding never holds more of the secret than its first 4 characters.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';

interface SecretKind {
  id: string;
  label: string;
  pattern: RegExp;
  /** The part of the match that is not a fixed prefix, for the placeholder test. */
  prefixLength: number;
  /** Extra evidence the match must have, e.g. the AWS secret near the key id. */
  confirm?: (match: RegExpExecArray, text: string, lines: LineIndex) => boolean;
}

const SECRET_KINDS: readonly SecretKind[] = [
  {
    id: 'private-key',
    label: 'private key',
    pattern: /-----BEGIN ((?:RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----/g,
    prefixLength: 0,
    confirm: (match, text) => /[A-Za-z0-9+/]{40,}/.test(text.slice(match.index + match[0].length, match.index + 1000).replace(/\\[nr]/g, '\n')),
  },
  {
    id: 'aws-access-key',
    label: 'AWS access key id',
    pattern: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g,
    prefixLength: 4,
    confirm: (match, text, lines) => hasAwsSecretNear(text, lines, lines.lineOf(match.index)),
  },
  { id: 'github-token', label: 'GitHub token', pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g, prefixLength: 4 },
  { id: 'github-token', label: 'GitHub token', pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g, prefixLength: 11 },
  { id: 'stripe-live-key', label: 'Stripe live key', pattern: /(?<![A-Za-z0-9_])[sr]k_live_[A-Za-z0-9]{24,}(?![A-Za-z0-9_])/g, prefixLength: 8 },
  { id: 'slack-token', label: 'Slack token', pattern: /(?<![A-Za-z0-9_-])xox[baprs]-\d{8,}-[A-Za-z0-9-]{20,}/g, prefixLength: 5 },
  { id: 'google-api-key', label: 'Google API key', pattern: /(?<![A-Za-z0-9_-])AIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g, prefixLength: 4 },
  {
    id: 'jwt',
    label: 'signed JWT',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{32,}(?![A-Za-z0-9_-])/g,
    prefixLength: 0,
    confirm: (match) => isSignedJwt(match[0]),
  },
];

// Any of these strings somewhere in the text means a kind may be present; most files have none.
const QUICK_CHECK = /PRIVATE KEY|AKIA|ASIA|gh[pousr]_|github_pat_|k_live_|xox[baprs]-|AIza|eyJ/;
// Every string QUICK_CHECK matches contains one of these (or is a `gh[pousr]_` prefix). Each starts with a
// character that is rare in source, so `includes` skips through a file several times faster than the
// alternation regex does, and QUICK_CHECK itself only runs on the few files that hold one.
const QUICK_CHECK_MARKERS = ['VATE KEY', 'AKIA', 'ASIA', 'AIza', 'yJ', '_live_', '_pat_', 'xox'];

const FIXTURE_FOLDERS = new Set(['fixtures', '__fixtures__', '__mocks__', 'testdata']);
const LOCK_FILES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'Cargo.lock', 'poetry.lock',
  'Pipfile.lock', 'uv.lock', 'Gemfile.lock', 'composer.lock', 'go.sum', 'packages.lock.json', 'mix.lock', 'pubspec.lock',
]);

export const secrets: TextCollector = {
  id: 'secrets',

  wants(file: SourceFile): boolean {
    const parts = file.path.split('/');
    const basename = parts[parts.length - 1] ?? '';
    return !file.isTest && !LOCK_FILES.has(basename) && !parts.slice(0, -1).some((folder) => FIXTURE_FOLDERS.has(folder));
  },

  collect(file: SourceFile, text: string): Finding[] {
    if (!mayHoldSecret(text)) return [];
    const lines = new LineIndex(text);
    const findings: Finding[] = [];
    for (const kind of SECRET_KINDS) {
      for (const match of text.matchAll(kind.pattern)) {
        const value = match[0];
        if (isPlaceholder(value.slice(kind.prefixLength))) continue;
        if (kind.confirm && !kind.confirm(match, text, lines)) continue;
        const line = lines.lineOf(match.index);
        findings.push({
          kind: 'secrets.exposed',
          file: file.path,
          line,
          column: match.index - lines.startOf(line) + 1,
          message: messageFor(kind, value),
          data: { secret: kind.id },
        });
      }
    }
    return findings;
  },
};

/** Exactly `QUICK_CHECK.test(text)`, faster on the files that have none of its strings. */
export function mayHoldSecret(text: string): boolean {
  return (QUICK_CHECK_MARKERS.some((marker) => text.includes(marker)) || hasGitHubTokenPrefix(text)) && QUICK_CHECK.test(text);
}

const UNDERSCORE = 0x5f;

// `gh` is common in prose (`right`, `high`), so each hit is checked for the rest of the prefix in place.
function hasGitHubTokenPrefix(text: string): boolean {
  for (let i = text.indexOf('gh'); i !== -1; i = text.indexOf('gh', i + 2)) {
    if ('pousr'.includes(text[i + 2] ?? '-') && text.charCodeAt(i + 3) === UNDERSCORE) return true;
  }
  return false;
}

function messageFor(kind: SecretKind, value: string): string {
  if (kind.id === 'private-key') return `\`${value}\` block committed in source`;
  return `${kind.label} \`${value.slice(0, 4)}…\` (${value.length} characters) committed in source`;
}

const PLACEHOLDER_WORDS = /example|sample|placeholder|dummy|fake|redacted|changeme|your|insert|replace/i;

export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER_WORDS.test(value)) return true;
  let repeated = 1;
  let ascending = 1;
  for (let i = 1; i < value.length; i++) {
    const step = value.charCodeAt(i) - value.charCodeAt(i - 1);
    repeated = step === 0 ? repeated + 1 : 1;
    ascending = step === 1 && /[A-Za-z0-9]/.test(value[i] as string) ? ascending + 1 : 1;
    if (repeated >= 6 || ascending >= 6) return true;
  }
  return false;
}

const AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
const AWS_WINDOW_LINES = 5;

function hasAwsSecretNear(text: string, lines: LineIndex, line: number): boolean {
  const window = text.slice(lines.startOf(Math.max(1, line - AWS_WINDOW_LINES)), lines.startOf(line + AWS_WINDOW_LINES + 1));
  for (const match of window.matchAll(AWS_SECRET)) {
    const secret = match[0];
    if (/[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret) && !isPlaceholder(secret)) return true;
  }
  return false;
}

function isSignedJwt(token: string): boolean {
  const [header, claims] = token.split('.');
  const decodedHeader = parseJsonObject(Buffer.from(header ?? '', 'base64url').toString('utf8'));
  const alg = decodedHeader?.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return false;
  return !isPlaceholder(Buffer.from(claims ?? '', 'base64url').toString('utf8'));
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{')) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    // Not JSON, so not a JWT header: the match is some other base64url text.
    return undefined;
  }
}

/** Offsets of line starts, for 1-based line numbers in linear time overall. */
class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** Offset where `line` starts; the text's length past the last line. */
  startOf(line: number): number {
    return this.starts[line - 1] ?? Number.MAX_SAFE_INTEGER;
  }
}
