// Code evidence from Rust: tests, ignored tests, benchmarks, placeholder functions, `panic!` calls and
// TODO comments, read from one lexing pass per file.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { byPosition, collectParseError, collectTodoComments, createContext } from './c-family/context.js';
import { RUST } from './c-family/dialect.js';
import { collectRustEvidence } from './c-family/rust-evidence.js';

export function collectRust(file: SourceFile, text: string): Finding[] {
  const context = createContext(file, text, RUST);
  return byPosition(collectRustEvidence(context).concat(collectTodoComments(context), collectParseError(context)));
}

export const rustCode: TextCollector = {
  id: 'rust-code',
  wants: (file) => file.language === 'rust',
  collect: collectRust,
};
