// `catch.generic` and `catch.empty`: except handlers that catch everything or swallow errors.
import type { Finding, SourceFile } from '../../evidence.js';
import type { Token } from './lexer.js';
import { walkStatements, type Statement } from './structure.js';
import { dottedNameAt, isSingleToken, lastPart, sourceOf } from './syntax.js';

const CATCH_ALL = new Set(['Exception', 'BaseException']);
const SWALLOWING = new Set(['pass', '...', 'continue']);

/** The handler's type expression: tokens after `except` / `except*`, up to `as`. */
function typeRange(tokens: readonly Token[]): { from: number; to: number } {
  const from = tokens[1]?.type === 'op' && tokens[1].text === '*' ? 2 : 1;
  let to = tokens.length;
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i]?.type === 'name' && tokens[i]?.text === 'as') {
      to = i;
      break;
    }
  }
  return { from, to };
}

/** True when some element of the type (a name or a tuple of names) is Exception or BaseException. */
function catchesAll(tokens: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  let elementStart = true;
  for (let i = from; i < to; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    if (token.type === 'op') {
      if (token.text === '(' || token.text === '[' || token.text === '{') depth += 1;
      else if (token.text === ')' || token.text === ']' || token.text === '}') depth -= 1;
      // Elements start after `(` or `,` of the outer tuple (or of `except A, B:` in Python 3.14).
      elementStart = depth <= 1 && (token.text === ',' || (token.text === '(' && depth === 1));
      continue;
    }
    if (elementStart && token.type === 'name') {
      const parts = dottedNameAt(tokens, i);
      const after = tokens[i + parts.length * 2 - 1];
      const endsElement = i + parts.length * 2 - 1 >= to || after?.text === ',' || after?.text === ')';
      if (endsElement && CATCH_ALL.has(lastPart(parts))) return true;
    }
    elementStart = false;
  }
  return false;
}

function swallowedBy(body: readonly Statement[]): string | undefined {
  if (body.length === 0 || !body.every((statement) => isSingleToken(statement, SWALLOWING))) return undefined;
  const words = [...new Set(body.map((statement) => statement.tokens[0]?.text ?? ''))];
  return words.map((word) => `\`${word}\``).join(' and ');
}

export function collectHandlers(module: Statement, file: SourceFile, text: string): Finding[] {
  const findings: Finding[] = [];
  walkStatements(module, (statement) => {
    if (statement.kind !== 'except') return;
    const { tokens } = statement;
    const { from, to } = typeRange(tokens);
    const bare = to <= from;
    const clause = bare ? 'except:' : sourceOf(text, tokens, 0, to);
    const base = { file: file.path, line: statement.line, column: statement.column, language: 'python' as const };
    if (bare) {
      findings.push({
        ...base,
        kind: 'catch.generic',
        message: 'bare `except:` catches every error, even KeyboardInterrupt; catch the exceptions you expect',
      });
    } else if (catchesAll(tokens, from, to)) {
      findings.push({
        ...base,
        kind: 'catch.generic',
        message: `\`${clause}\` catches every error; catch the exceptions you expect`,
      });
    }
    const swallowed = swallowedBy(statement.body);
    if (swallowed !== undefined) {
      findings.push({
        ...base,
        kind: 'catch.empty',
        message: `\`${clause}\` swallows the error: its body is only ${swallowed}`,
      });
    }
  });
  return findings;
}
