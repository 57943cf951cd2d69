// The JSON Schema editors use to complete and check rule files, generated from the zod schema
// so the two cannot drift. Committed as schema/readiness.schema.json; a test keeps it current.
import * as z from 'zod';
import { METRIC_CATALOG } from './metric-catalog.js';
import { RuleFileSchema } from './schema.js';

type JsonObject = Record<string, unknown>;

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** VS Code and yaml-language-server show `enumDescriptions` when completing an enum value. */
function describeMetricEnums(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(describeMetricEnums);
    return;
  }
  if (!isJsonObject(node)) return;
  const values = node.enum;
  if (Array.isArray(values) && values.every((value) => METRIC_CATALOG.some((entry) => entry.name === value))) {
    node.enumDescriptions = values.map((value) => METRIC_CATALOG.find((entry) => entry.name === value)?.description);
  }
  Object.values(node).forEach(describeMetricEnums);
}

export function ruleFileJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(RuleFileSchema) as JsonObject;
  describeMetricEnums(schema);
  return schema;
}
