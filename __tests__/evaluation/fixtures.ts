// Hand-built evidence for evaluation tests: no repository, no collectors.
import type { ChangeEvidence } from '../../src/change/change-evidence.js';
import type { Evidence, Finding } from '../../src/evidence.js';
import type { Rule } from '../../src/rules/rule-set.js';

export function evidenceWith(metrics: Record<string, number>, findings: Finding[] = []): Evidence {
  return { inventory: { source: 'walk', listed: 0, scanned: 0, skipped: {} }, metrics, byLanguage: {}, findings };
}

export function findingsOf(kind: string, count: number, file = (index: number) => `src/file-${index % 3}.py`): Finding[] {
  return Array.from({ length: count }, (_, index) => ({ kind, file: file(index), line: count - index, message: `${kind} here` }));
}

export function ruleOf(id: string, fields: Partial<Rule> & Pick<Rule, 'check'>): Rule {
  return { id, category: 'testing', level: 'error', description: `${id} holds.`, ...fields };
}

/** A pull request's change evidence with only what the checks read filled in. */
export function changeWith(newFindings: Finding[] = [], deltas: ChangeEvidence['deltas'] = {}): ChangeEvidence {
  return {
    event: 'pull_request',
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    headSha: 'h'.repeat(40),
    pullRequest: 7,
    source: 'git',
    files: { changed: 0, added: 0, removed: 0, renamed: 0, binary: 0 },
    truncated: false,
    newFindings,
    deltas,
  };
}
