// Annotations as workflow commands printed to stdout, escaped like @actions/core's `issueCommand`
// (node_modules/@actions/core/lib/command.js) so the runner decodes them back to the same text.
import type { Annotation } from './annotations.js';

/**
 * The runner recognises the legacy `##[command]` form anywhere in a line
 * (GHSA-mfwh-5m23-j46w); a zero-width space between the hashes stops it and reads the same.
 */
function neutraliseLegacyCommand(text: string): string {
  return text.replaceAll('##[', '#\u200B#[');
}

function escapeData(text: string): string {
  return neutraliseLegacyCommand(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** e.g. `::warning file=src/a.py,line=3,title=readiness-gate%3A no-todo::TODO left in code — …` */
export function formatWorkflowCommand(annotation: Annotation): string {
  const properties = [`file=${escapeProperty(annotation.file)}`];
  if (annotation.line !== undefined) properties.push(`line=${annotation.line}`);
  properties.push(`title=${escapeProperty(annotation.title)}`);
  return `::${annotation.level} ${properties.join(',')}::${escapeData(annotation.message)}`;
}
