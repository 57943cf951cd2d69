// Chooses which findings become GitHub annotations. Workflow commands show at most 10 annotations
// per level per step and drop the rest without notice, so the choice and the count of what was
// left out are made here, where the caller can report them.
// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
import type { Finding } from '../evidence.js';
import type { ActiveLevel, Report } from '../report.js';
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

function toAnnotation(level: ActiveLevel, ruleId: string, description: string, finding: Finding): Annotation {
  return {
    level,
    file: finding.file,
    ...(finding.line > 0 ? { line: finding.line } : {}),
    title: `readiness-gate: ${ruleId}`,
    message: `${finding.message} — ${description}`,
  };
}

export function selectAnnotations(report: Report, options: AnnotationOptions): AnnotationSelection {
  const annotations: Annotation[] = [];
  const omitted: Record<ActiveLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of ACTIVE_LEVELS) {
    const failed = report.results.filter((result) => result.status === 'fail' && result.level === level);
    const candidates = failed.flatMap((result) =>
      result.evidence.findings.map((finding) => ({ finding, result })),
    );
    const prefer = options.prefer;
    // Array.prototype.sort is stable, so findings keep report order within each group.
    if (prefer !== undefined) {
      candidates.sort((a, b) => Number(prefer(b.finding)) - Number(prefer(a.finding)));
    }
    const chosen = candidates.slice(0, Math.max(0, options.perLevel));
    annotations.push(
      ...chosen.map(({ finding, result }) => toAnnotation(level, result.id, result.description, finding)),
    );
    // findingCount also covers findings the evaluation cut before they reached the report.
    const total = failed.reduce((sum, result) => sum + result.evidence.findingCount, 0);
    omitted[level] = Math.max(0, total - chosen.length);
  }
  return { annotations, omitted };
}
