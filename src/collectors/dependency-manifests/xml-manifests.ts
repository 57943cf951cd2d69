// pom.xml and *.csproj dependencies, found by their elements in the text (no XML parser: these two
// layouts are regular, and a regex over comment-free text keeps the line of each declaration).
import { type ManifestFacts, emptyFacts } from './manifest.js';

const DEPENDENCY_BLOCK = /<dependency>([\s\S]*?)<\/dependency>/g;
const PACKAGE_REFERENCE = /<PackageReference\s[^>]*?\bInclude\s*=\s*"([^"]+)"/g;

/** Maven `<dependency>` elements as `groupId:artifactId`, at the artifactId's line; `test` scope is not runtime. */
export function readPom(text: string): ManifestFacts {
  const facts = emptyFacts('maven');
  const clean = withoutXmlComments(text);
  const lineAt = lineFinder(clean);
  for (const block of clean.matchAll(DEPENDENCY_BLOCK)) {
    const body = block[1] as string;
    const group = /<groupId>\s*([^<\s]+)\s*<\/groupId>/.exec(body)?.[1];
    const artifact = /<artifactId>\s*([^<\s]+)\s*<\/artifactId>/.exec(body);
    if (group === undefined || !artifact) continue;
    const offset = (block.index ?? 0) + '<dependency>'.length + (artifact.index ?? 0);
    const scope = /<scope>\s*([^<\s]+)\s*<\/scope>/.exec(body)?.[1];
    facts.dependencies.push({ name: `${group}:${artifact[1]}`, line: lineAt(offset), runtime: scope !== 'test' });
  }
  return facts;
}

/** NuGet `<PackageReference Include="…">` elements. */
export function readCsproj(text: string): ManifestFacts {
  const facts = emptyFacts('nuget');
  const clean = withoutXmlComments(text);
  const lineAt = lineFinder(clean);
  for (const match of clean.matchAll(PACKAGE_REFERENCE)) {
    facts.dependencies.push({ name: match[1] as string, line: lineAt(match.index ?? 0), runtime: true });
  }
  return facts;
}

/** Blanks `<!-- … -->` but keeps its newlines, so offsets and lines stay true. */
function withoutXmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Line numbers for offsets given in increasing order, in one pass over the text. */
function lineFinder(text: string): (offset: number) => number {
  let line = 1;
  let position = 0;
  return (offset) => {
    for (let newline = text.indexOf('\n', position); newline !== -1 && newline < offset; newline = text.indexOf('\n', position)) {
      line += 1;
      position = newline + 1;
    }
    return line;
  };
}
