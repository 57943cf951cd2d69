// The scanner side of the comparison: the same collectors the scan runs, on one file's text.
import { collectJavaScriptEvidence } from '../../src/collectors/javascript-code.js';
import { collectPython } from '../../src/collectors/python-code.js';
import type { Finding, SourceFile } from '../../src/evidence.js';
import { METRICS, type LinesByMetric, type Metric } from './metrics.js';

function linesOf(findings: readonly Finding[]): LinesByMetric {
  const out: LinesByMetric = {};
  for (const finding of findings) {
    if (!(METRICS as readonly string[]).includes(finding.kind)) continue;
    (out[finding.kind as Metric] ??= []).push(finding.line);
  }
  for (const lines of Object.values(out)) lines.sort((a, b) => a - b);
  return out;
}

export function scannerLines(file: SourceFile, text: string): LinesByMetric {
  const findings = file.language === 'python' ? collectPython(file, text) : collectJavaScriptEvidence(file, text);
  return linesOf(findings);
}
