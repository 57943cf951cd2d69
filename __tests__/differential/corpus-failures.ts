// What a failing generated-corpus test prints: every disagreement with both counts and the file's text,
// and every generated file the reference could not parse (a generator bug, so it fails too).
import { compareFiles, formatDisagreement } from './compare.js';
import type { ComparedFile } from './compare.js';

const TEXT_LIMIT = 4000;

export function corpusFailures(compared: readonly ComparedFile[], textOf: (path: string) => string): string[] {
  const { disagreements, unparsed } = compareFiles(compared);
  const show = (path: string): string => {
    const text = textOf(path);
    const numbered = text.split('\n').map((line, i) => `${String(i + 1).padStart(4)}| ${line}`).join('\n');
    return numbered.length > TEXT_LIMIT ? `${numbered.slice(0, TEXT_LIMIT)}\n…` : numbered;
  };
  return [
    ...disagreements.map((d) => `${formatDisagreement(d)}\n${show(d.path)}`),
    ...unparsed.map((u) => `${u.path}: the reference could not parse this generated file (${u.reason})\n${show(u.path)}`),
  ];
}
