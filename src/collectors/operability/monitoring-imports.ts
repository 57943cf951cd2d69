// Monitoring SDKs (and Go's stdlib `log/slog`) imported by source code. Manifests name most libraries;
// imports are read as well for monitoring because agents are often installed outside the manifest
// (a base image, a buildpack) and only the import shows them in use. PHP and Rust are read from
// manifests only.
import type { Language } from '../../evidence.js';
import { catalogueNames, libraryOf, type LibraryKind } from './libraries.js';
import { lineMatches } from './line-matches.js';
import { literalSignal, type SourceText } from './source-text.js';

export interface ImportedLibrary {
  kind: LibraryKind;
  label: string;
  /** The module as imported. */
  module: string;
  line: number;
}

interface Lookup {
  (module: string): { kind: LibraryKind; label: string } | undefined;
  /**
   * Every import the lookup knows holds one of these (in JS, Go and Ruby the opening quote, then the name),
   * so a file without any is not read line by line.
   */
  literals: readonly string[];
}

const lookup = (find: (module: string) => ReturnType<Lookup>, literals: readonly string[]): Lookup => Object.assign(find, { literals });

const monitoring = (label: string) => ({ kind: 'ops.monitoring' as const, label });

/** Dotted namespaces (Python modules, Java packages, C# namespaces) and what they are. */
function byNamespace(table: Record<string, string>): Lookup {
  return lookup((module) => {
    for (const [namespace, label] of Object.entries(table)) {
      if (module === namespace || module.startsWith(`${namespace}.`)) return monitoring(label);
    }
    return undefined;
  }, Object.keys(table));
}

const PYTHON = byNamespace({ sentry_sdk: 'sentry', prometheus_client: 'prometheus', opentelemetry: 'opentelemetry', ddtrace: 'datadog', datadog: 'datadog', newrelic: 'newrelic' });
const JVM = byNamespace({
  'io.sentry': 'sentry',
  'io.prometheus': 'prometheus',
  'io.micrometer.prometheus': 'prometheus',
  'io.micrometer.prometheusmetrics': 'prometheus',
  'io.opentelemetry': 'opentelemetry',
  'datadog.trace': 'datadog',
  'com.newrelic': 'newrelic',
});
const CSHARP = byNamespace({ Sentry: 'sentry', Prometheus: 'prometheus', OpenTelemetry: 'opentelemetry', 'Datadog.Trace': 'datadog', NewRelic: 'newrelic' });
const RUBY: Record<string, string> = { 'sentry-ruby': 'sentry', sentry: 'sentry', 'prometheus/client': 'prometheus', ddtrace: 'datadog', datadog: 'datadog', newrelic_rpm: 'newrelic' };

/** A module name right after its opening quote, as the JS, Go and Ruby import patterns read it. */
const quoted = (names: readonly string[], quotes: readonly string[]) => names.flatMap((name) => quotes.map((quote) => quote + name));

// npm and Go names are compared as written, and `name` keeps a prefix of the module, so a module that
// matches starts with the catalogue name.
const fromCatalogue = (ecosystem: 'npm' | 'go', name: (module: string) => string, quotes: readonly string[]): Lookup =>
  lookup(
    (module) => {
      if (ecosystem === 'go' && module === 'log/slog') return { kind: 'ops.structured-logging', label: 'slog' };
      const library = libraryOf(ecosystem, name(module));
      return library?.kind === 'ops.monitoring' ? library : undefined;
    },
    quoted([...catalogueNames(ecosystem, 'ops.monitoring'), ...(ecosystem === 'go' ? ['log/slog'] : [])], quotes),
  );

/** `@sentry/node/tracing` → `@sentry/node`; `pino/file` → `pino`. */
const npmPackage = (module: string) => module.split('/').slice(0, module.startsWith('@') ? 2 : 1).join('/');

interface ImportSyntax {
  regex: RegExp;
  lookup: Lookup;
}

const JS: ImportSyntax = { regex: /(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*|^\s*import\s+)(["'])([^"'\n]+)\1/g, lookup: fromCatalogue('npm', npmPackage, ['"', "'"]) };

const SYNTAX: Partial<Record<Language, ImportSyntax>> = {
  python: { regex: /^\s*(?:import|from)\s+([\w.]+)()/g, lookup: PYTHON },
  javascript: JS,
  typescript: JS,
  // Single imports and the lines of an import block: `"go.uber.org/zap"`, `otelhttp "go.opentelemetry.io/…"`.
  go: { regex: /^\s*(?:import\s+)?(?:[\w.]+\s+)?"([^"\n]+)"()\s*$/g, lookup: fromCatalogue('go', (module) => module, ['"']) },
  java: { regex: /^\s*import\s+(?:static\s+)?([\w.]+)()/g, lookup: JVM },
  kotlin: { regex: /^\s*import\s+([\w.]+)()/g, lookup: JVM },
  csharp: { regex: /^\s*(?:global\s+)?using\s+(?:static\s+)?([\w.]+)\s*;()/g, lookup: CSHARP },
  ruby: {
    regex: /^\s*require\s*\(?\s*["']([^"'\n]+)["']()/g,
    // Object.hasOwn: `require 'constructor'` must not find Object.prototype's members.
    lookup: lookup((module) => (Object.hasOwn(RUBY, module) ? monitoring(RUBY[module] as string) : undefined), quoted(Object.keys(RUBY), ['"', "'"])),
  },
};

/** Literals one of which a file needs for findImportedLibraries to find anything. */
export function importLiterals(language: Language): readonly string[] {
  return SYNTAX[language]?.lookup.literals ?? [];
}

const importSignal = literalSignal(importLiterals);

/** The first import of each library in a file, from comment-free lines. */
export function findImportedLibraries(source: SourceText, language: Language): ImportedLibrary[] {
  const syntax = SYNTAX[language];
  if (syntax === undefined || !importSignal(language).test(source.raw)) return [];
  const found = new Map<string, ImportedLibrary>();
  source.lines().forEach((text, index) => {
    for (const match of lineMatches(syntax.regex, text)) {
      // JS puts the quote in group 1 and the module in 2; the others put the module in group 1.
      const module = (language === 'javascript' || language === 'typescript' ? match[2] : match[1]) ?? '';
      const library = syntax.lookup(module);
      const key = library && `${library.kind} ${library.label}`;
      if (library && key && !found.has(key)) found.set(key, { ...library, module, line: index + 1 });
    }
  });
  return [...found.values()];
}
