// The committed schema must match the zod schema. To regenerate it after changing the rule file
// format, run:  UPDATE_SCHEMA=1 npx vitest run __tests__/rules/json-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUPPORTED_EVENTS } from '../../src/change/change-evidence.js';
import { CHECKS } from '../../src/evaluation/checks/index.js';
import { ruleFileJsonSchema } from '../../src/rules/json-schema.js';
import { METRIC_CATALOG } from '../../src/rules/metric-catalog.js';

const SCHEMA_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../schema/readiness.schema.json');

type Json = Record<string, any>;

function ruleProperties(schema: Json): Json {
  return schema.properties.rules.additionalProperties.properties;
}

describe('JSON Schema for rule files', () => {
  const generated = `${JSON.stringify(ruleFileJsonSchema(), null, 2)}\n`;

  it('is committed as schema/readiness.schema.json, up to date', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    expect(
      committed === generated,
      'schema/readiness.schema.json is out of date; run: UPDATE_SCHEMA=1 npx vitest run __tests__/rules/json-schema.test.ts',
    ).toBe(true);
  });

  it('has a title, strict objects, kebab-case ids and the enums', () => {
    const schema = ruleFileJsonSchema() as Json;
    expect(schema.title).toBe('readiness-gate rule file');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.rules.propertyNames.pattern).toBe('^[a-z0-9-]+$');
    expect(schema.properties.rules.additionalProperties.additionalProperties).toBe(false);
    const rule = ruleProperties(schema);
    expect(rule.level.enum).toEqual(['error', 'warning', 'notice', 'off']);
    expect(rule.category.enum).toEqual(['testing', 'ci', 'containers', 'database', 'code-quality', 'security', 'operability', 'documentation']);
    expect(rule.metric.enum).toEqual(METRIC_CATALOG.map((entry) => entry.name));
    expect(rule.metric.enumDescriptions).toEqual(METRIC_CATALOG.map((entry) => entry.description));
  });

  it('describes every key, and every registered check type', () => {
    const rule = ruleProperties(ruleFileJsonSchema() as Json);
    for (const [key, property] of Object.entries(rule)) expect((property as Json).description, key).toMatch(/\.$/);
    for (const type of Object.keys(CHECKS)) expect(rule[type]?.description, type).toMatch(/^Check: /);
  });

  it('describes profiles: a required name, branch globs and the supported events', () => {
    const profile = (ruleFileJsonSchema() as Json).properties.profiles.items;
    expect(profile.required).toEqual(['name']);
    expect(profile.additionalProperties).toBe(false);
    expect(Object.keys(profile.properties)).toEqual(['name', 'branches', 'events', 'extends', 'rules']);
    expect(profile.properties.events.anyOf[1].enum).toEqual([...SUPPORTED_EVENTS]);
    expect(profile.properties.rules.additionalProperties.properties.new.description).toMatch(/^Check: a budget of new findings/);
  });
});
