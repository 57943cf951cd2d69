// Docker Compose evidence: each service a compose file defines. Compose v2, v3 and unversioned
// (Compose Specification) files all keep services under a top-level `services` mapping; `x-` keys
// are extension fields (often anchors merged into services with `<<`), not services.
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { mappingEntries, mappingEntry, parseYaml, rootMapping, yamlParseError } from './yaml-source.js';

const COMPOSE_FILE_NAME = /^(docker-)?compose([.\-_][^/]*)?\.ya?ml$/;

export const composeServices: TextCollector = {
  id: 'compose-services',

  wants(file: SourceFile): boolean {
    return COMPOSE_FILE_NAME.test(file.path.slice(file.path.lastIndexOf('/') + 1));
  },

  collect(file: SourceFile, text: string): Finding[] {
    const parsed = parseYaml(text);
    if (!parsed.ok) return [yamlParseError(file.path, parsed.problem)];
    const { source } = parsed;
    const findings: Finding[] = [];
    for (const document of source.documents) {
      const services = mappingEntry(source, rootMapping(source, document), 'services');
      for (const service of mappingEntries(source, services?.value)) {
        if (service.key.startsWith('x-')) continue;
        findings.push({
          kind: 'compose.services',
          file: file.path,
          line: service.line,
          message: `compose service \`${service.key}\``,
          data: { service: service.key },
        });
      }
    }
    return findings;
  },
};
