// Project documents, by name and place, so rules can count them like any other evidence.
// Names compare case-insensitively; the extension is none or a prose one (md, markdown, mdx, rst, txt,
// adoc, asciidoc, org, textile), so `security.py` or `history.js` are not documents.
//
// - readme, security policy: the repository root, `.github/` or `docs/` (where GitHub looks for them).
// - changelog (CHANGELOG, CHANGES, HISTORY, NEWS), license (LICENSE, LICENCE, COPYING, UNLICENSE): the
//   root only; the same names deeper down are usually a dependency's or an example's.
// - runbooks: any file under a folder named `runbooks` or `runbook` (at any depth, `docs/runbooks/` included),
//   or any file whose name starts with `RUNBOOK`.
import type { Finding, PathCollector, SourceFile } from '../evidence.js';

interface DocumentKind {
  kind: string;
  message: string;
  stems: readonly string[];
  folders: readonly string[];
  /** Also `NAME-suffix` / `NAME.suffix`: LICENSE-MIT, LICENSE.APACHE, COPYING.LESSER. */
  variants?: boolean;
}

const DOCUMENTS: readonly DocumentKind[] = [
  { kind: 'docs.readme', message: 'README', stems: ['readme'], folders: ['', '.github/', 'docs/'] },
  { kind: 'docs.security-policy', message: 'security policy', stems: ['security'], folders: ['', '.github/', 'docs/'] },
  { kind: 'docs.changelog', message: 'changelog', stems: ['changelog', 'changes', 'history', 'news'], folders: [''] },
  { kind: 'docs.license', message: 'license', stems: ['license', 'licence', 'copying', 'unlicense'], folders: [''], variants: true },
];

const DOCUMENT_FOLDER_LENGTH = Math.max(...DOCUMENTS.flatMap((document) => document.folders.map((folder) => folder.length)));

// A folder named `runbooks` or `runbook` anywhere on the path, or a file name starting with `runbook`.
const RUNBOOK_PATH = /(?:^|\/)runbooks?\/|(?:^|\/)runbook[^/]*$/i;

export const projectDocs: PathCollector = {
  id: 'project-docs',

  collect(files: readonly SourceFile[]): Finding[] {
    const findings: Finding[] = [];
    for (const file of files) {
      const slash = file.path.lastIndexOf('/');
      // Documents live at most one folder deep (.github/, docs/): deeper files need no closer look.
      if (slash < DOCUMENT_FOLDER_LENGTH) {
        const folder = file.path.slice(0, slash + 1).toLowerCase();
        const name = file.path.slice(slash + 1).replace(PROSE_EXTENSION, '').toLowerCase();
        const document = DOCUMENTS.find((entry) => entry.folders.includes(folder) && namesDocument(entry, name));
        if (document) findings.push({ kind: document.kind, file: file.path, line: 0, message: document.message });
      }
      if (RUNBOOK_PATH.test(file.path)) findings.push({ kind: 'docs.runbooks', file: file.path, line: 0, message: 'runbook' });
    }
    return findings;
  },
};

const PROSE_EXTENSION = /\.(md|markdown|mdx|rst|txt|adoc|asciidoc|org|textile)$/i;

function namesDocument(document: DocumentKind, name: string): boolean {
  return document.stems.some((stem) => name === stem || (document.variants === true && new RegExp(`^${stem}[-._][a-z0-9.-]+$`).test(name)));
}
