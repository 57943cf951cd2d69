// `stubs.placeholder`: functions whose body only stands in for code that was never written.
import type { Finding, SourceFile } from '../../evidence.js';
import type { Token } from './lexer.js';
import { walkStatements, type Statement } from './structure.js';
import { classHeader, closingBracket, decoratorName, definedName, isSingleToken, isStringOnly, lastPart } from './syntax.js';

// Declarations whose body is meant to be empty: abstract methods and typing overloads.
const DECLARATION_DECORATORS = new Set([
  'abstractmethod', 'abstractproperty', 'abstractclassmethod', 'abstractstaticmethod', 'overload',
]);
const INTERFACE_BASES = new Set(['Protocol', 'ABC']);
const PLACEHOLDER_WORDS = new Set(['pass', '...']);

function isInterfaceClass(statement: Statement): boolean {
  const header = classHeader(statement);
  if (header.bases.some((base) => INTERFACE_BASES.has(lastPart(base)))) return true;
  return lastPart(header.keywords.get('metaclass') ?? []) === 'ABCMeta';
}

/** `raise NotImplementedError`, `raise NotImplementedError(…)`, also wrapped in parentheses. */
function raisesNotImplemented(tokens: readonly Token[]): boolean {
  let from = 1;
  let to = tokens.length;
  while (tokens[from]?.text === '(' && closingBracket(tokens, from) === to - 1) {
    from += 1;
    to -= 1;
  }
  const name = tokens[from];
  if (name?.type !== 'name' || name.text !== 'NotImplementedError') return false;
  return to === from + 1 || (tokens[from + 1]?.text === '(' && closingBracket(tokens, from + 1) === to - 1);
}

/** `pass`, `...` or `raise NotImplementedError`, as shown to the user. */
function placeholderOf(statement: Statement): string | undefined {
  if (isSingleToken(statement, PLACEHOLDER_WORDS)) return statement.tokens[0]?.text;
  const { tokens } = statement;
  const raises = statement.kind === 'simple' && tokens[0]?.type === 'name' && tokens[0].text === 'raise';
  return raises && raisesNotImplemented(tokens) ? 'raise NotImplementedError' : undefined;
}

export function collectStubs(module: Statement, file: SourceFile): Finding[] {
  const findings: Finding[] = [];
  const interfaceClasses = new Map<Statement, boolean>();
  walkStatements(module, (statement, owner) => {
    if (statement.kind !== 'def') return;
    if (statement.decorators.some((decorator) => DECLARATION_DECORATORS.has(lastPart(decoratorName(decorator))))) {
      return;
    }
    if (owner.kind === 'class') {
      let isInterface = interfaceClasses.get(owner);
      if (isInterface === undefined) {
        isInterface = isInterfaceClass(owner);
        interfaceClasses.set(owner, isInterface);
      }
      if (isInterface) return;
    }
    const { body } = statement;
    const rest = body[0] !== undefined && isStringOnly(body[0]) ? body.slice(1) : body;
    const only = rest.length === 1 && rest[0] !== undefined ? placeholderOf(rest[0]) : undefined;
    if (only === undefined) return;
    const name = owner.kind === 'class' ? `${definedName(owner)}.${definedName(statement)}` : definedName(statement);
    findings.push({
      kind: 'stubs.placeholder',
      file: file.path,
      line: statement.line,
      column: statement.column,
      language: 'python',
      message: `\`${name}\` is a placeholder: its body is only \`${only}\``,
    });
  });
  return findings;
}
