// `api.openapi-files`: OpenAPI 3.x and Swagger 2.0 documents in JSON or YAML. A document counts when its
// top level has `openapi: 3.x` or `swagger: "2.0"` and an `info` or `paths` mapping. A file whose text
// declares the version key at the top but does not parse is a `parse.errors` finding (templates aside).
import { isMap } from 'yaml';
import type { Finding, SourceFile, TextCollector } from '../evidence.js';
import { isJsonPath, isStructuredFile, isTemplate } from './structured-files.js';
import { lineOf, mappingEntries, mappingEntry, parseYaml, rootMapping, scalarText } from './yaml-source.js';

// YAML: the key at column 0. JSON: the quoted key anywhere (JSON may be laid out any way).
const YAML_VERSION_KEY = /^["']?(?:openapi|swagger)["']?\s*:/m;
const JSON_VERSION_KEY = /"(?:openapi|swagger)"\s*:/;

export const apiDocs: TextCollector = {
  id: 'api-docs',

  wants: isStructuredFile,

  collect(file: SourceFile, text: string): Finding[] {
    const json = isJsonPath(file.path);
    if (!(json ? JSON_VERSION_KEY : YAML_VERSION_KEY).test(text)) return [];
    const parsed = parseYaml(text);
    if (!parsed.ok) {
      if (isTemplate(text)) return [];
      const message = `invalid ${json ? 'JSON' : 'YAML'} in what looks like an OpenAPI document: ${parsed.problem.message}`;
      return [{ kind: 'parse.errors', file: file.path, line: parsed.problem.line, message }];
    }
    const { source } = parsed;
    const document = source.documents[0];
    const root = document ? rootMapping(source, document) : null;
    const openapi = mappingEntry(source, root, 'openapi');
    const swagger = mappingEntry(source, root, 'swagger');
    const version = scalarText(openapi?.value ?? swagger?.value ?? null);
    const versionEntry = openapi ?? swagger;
    const validVersion = openapi !== undefined ? /^3\.\d+(\.\d+)?/.test(version ?? '') : /^2(\.0)?$/.test(version ?? '');
    const info = mappingEntry(source, root, 'info');
    const paths = mappingEntry(source, root, 'paths');
    if (versionEntry === undefined || !validVersion || !(isMap(info?.value) || isMap(paths?.value))) return [];
    const pathCount = mappingEntries(source, paths?.value).length;
    return [
      {
        kind: 'api.openapi-files',
        file: file.path,
        line: versionEntry.line || lineOf(source, versionEntry.value),
        message: `${openapi ? 'OpenAPI' : 'Swagger'} ${version} document with ${pathCount} path${pathCount === 1 ? '' : 's'}`,
        data: { spec: openapi ? 'openapi' : 'swagger', version: version ?? '', format: json ? 'json' : 'yaml', paths: pathCount },
      },
    ];
  },
};
