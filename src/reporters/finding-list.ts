// One failed rule's findings as a Markdown list, new ones first and marked, shared by the job
// summary and the pull-request comment so both read the same.
import type { Finding } from '../evidence.js';
import type { ShownFindings } from './change-findings.js';
import { codeSpan, escapeInline, fileUrl } from './markdown-escape.js';
import { MAX_MESSAGE_LENGTH, MAX_PATH_LENGTH, clip, findingLocation } from './report-view.js';

export function findingLine(finding: Finding, linkBase: string | undefined, isNew: boolean): string {
  const path = clip(finding.file, MAX_PATH_LENGTH);
  const location = codeSpan(findingLocation({ ...finding, file: path }));
  const url = linkBase === undefined ? undefined : fileUrl(linkBase, finding.file, finding.line);
  const target = url === undefined ? location : `[${location}](${url})`;
  const marker = isNew ? ' **new**' : '';
  return `- ${target}${marker} — ${escapeInline(clip(finding.message, MAX_MESSAGE_LENGTH))}`;
}

/** The list, or undefined when there is nothing to list. */
export function findingList(shown: ShownFindings, linkBase: string | undefined): string | undefined {
  const lines = [
    ...shown.fresh.map((finding) => findingLine(finding, linkBase, true)),
    ...shown.others.map((finding) => findingLine(finding, linkBase, false)),
  ];
  if (shown.more > 0) lines.push(`- … and ${shown.more} more`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
