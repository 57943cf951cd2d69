// Chooses which findings become GitHub annotations. Workflow commands show at most 10 annotations
// per level per step and drop the rest without notice, so the choice and the count of what was
// left out are made here, where the caller can report them.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
import type { Finding } from '../evidence.js';
import type { ActiveLevel, Report } from '../report.js';
import { indexNewFindings, ruleFindings } from './change-findings.js';
import { ACTIVE_LEVELS } from './report-view.js';

export interface Annotation {
  level: ActiveLevel;
  file: string;
  /** Absent when the finding is about the whole file. */
  line?: number;
  title: string;
  message: string;
}

export interface AnnotationOptions {
  perLevel: number;
  /** Findings it accepts come first within their level, e.g. findings on lines a pull request added. */
  prefer?: (finding: Finding) => boolean;
}

export interface AnnotationSelection {
  annotations: Annotation[];
  omitted: Record<ActiveLevel, number>;
}

function toAnnotation(level: ActiveLevel, ruleId: string, description: string, finding: Finding, isNew: boolean): Annotation {
  return {
    level,
    file: finding.file,
    ...(finding.line > 0 ? { line: finding.line } : {}),
    title: `readiness-gate: ${ruleId}${isNew ? ' (new)' : ''}`,
    message: `${finding.message} — ${description}`,
  };
}

/**
 * In pull-request mode the candidates are each rule's new findings (all of them, also those the
 * report cut) followed by its other reported findings; the title marks the new ones.
 */
export function selectAnnotations(report: Report, options: AnnotationOptions): AnnotationSelection {
  const annotations: Annotation[] = [];
  const omitted: Record<ActiveLevel, number> = { error: 0, warning: 0, notice: 0 };
  const index = indexNewFindings(report);
  for (const level of ACTIVE_LEVELS) {
    const failed = report.results.filter((result) => result.status === 'fail' && result.level === level);
    const groups = failed.map((result) => ruleFindings(result, index));
    const candidates = groups.flatMap(({ result, fresh, others }) => [
      ...fresh.map((finding) => ({ finding, result, isNew: true })),
      ...others.map((finding) => ({ finding, result, isNew: false })),
    ]);
    const prefer = options.prefer;
    // Array.prototype.sort is stable, so findings keep report order within each group.
    if (prefer !== undefined) {
      candidates.sort((a, b) => Number(prefer(b.finding)) - Number(prefer(a.finding)));
    }
    const chosen = candidates.slice(0, Math.max(0, options.perLevel));
    annotations.push(
      ...chosen.map(({ finding, result, isNew }) => toAnnotation(level, result.id, result.description, finding, isNew)),
    );
    // The total also covers findings the evaluation cut before they reached the report.
    const total = groups.reduce((sum, group) => sum + group.total, 0);
    omitted[level] = Math.max(0, total - chosen.length);
  }
  return { annotations, omitted };
}
