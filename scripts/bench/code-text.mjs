// Source text per language for the benchmark repository: ordinary code with the things the gate counts
// (TODO tags, generic and empty catches, placeholder stubs, test cases, skipped tests) at realistic rates,
// plus strings, comments and nesting so the lexers do their usual work.

const WORDS = ('account order invoice user session cache token payment report queue worker event stream ' +
  'record batch export import profile setting message channel price stock item cart ship address').split(' ');

const ident = (r) => `${r.pick(WORDS)}${r.pick(WORDS).replace(/^./, (c) => c.toUpperCase())}`;
const snake = (r) => `${r.pick(WORDS)}_${r.pick(WORDS)}`;
const tag = (r) => r.pick(['TODO', 'FIXME', 'HACK', 'XXX', 'TODO(bench)']);

function python(r, isTest) {
  const name = snake(r);
  if (isTest) {
    const skip = r.chance(0.08) ? '@pytest.mark.skip(reason="flaky")\n' : '';
    return `${skip}def test_${name}_${r.int(1, 999)}(client):\n    result = client.get("/${name}")\n    assert result.status_code == 200, "unexpected ${name}"\n    assert result.json()["${r.pick(WORDS)}"] == ${r.int(0, 99)}\n\n\n`;
  }
  const parts = [`def ${name}(${snake(r)}, ${snake(r)}=None):\n    """Return the ${r.pick(WORDS)} for a ${r.pick(WORDS)}."""\n`];
  if (r.chance(0.006)) parts.push(`    # ${tag(r)}: handle the ${r.pick(WORDS)} case\n`);
  if (r.chance(0.03)) {
    const clause = r.pick(['except Exception:', 'except ValueError as error:', 'except:', 'except (KeyError, TypeError):']);
    const body = r.chance(0.3) ? 'pass' : `logger.warning("${name} failed: %s", ${r.int(0, 9)})`;
    parts.push(`    try:\n        value = compute_${name}(${r.int(0, 99)})\n    ${clause}\n        ${body}\n`);
  }
  if (r.chance(0.005)) parts.push('    raise NotImplementedError\n');
  parts.push(`    items = [x * ${r.int(2, 9)} for x in range(${r.int(5, 50)}) if x % 3]\n    return {"${name}": items, 'size': len(items)}\n\n\n`);
  return parts.join('');
}

function javascript(r, isTest, typed) {
  const name = ident(r);
  if (isTest) {
    const it = r.chance(0.06) ? 'it.skip' : r.pick(['it', 'test']);
    return `describe('${name}', () => {\n  ${it}('handles ${r.pick(WORDS)} ${r.int(1, 999)}', async () => {\n    const result = await ${name}({ id: ${r.int(1, 99)} });\n    expect(result.${r.pick(WORDS)}).toBe(${r.int(0, 9)});\n  });\n});\n\n`;
  }
  const type = typed ? `: ${r.pick(['string', 'number', 'Record<string, unknown>'])}` : '';
  const parts = [`export async function ${name}(input${type}, options = {})${typed ? ': Promise<unknown>' : ''} {\n`];
  if (r.chance(0.006)) parts.push(`  // ${tag(r)}: ${r.pick(WORDS)} needs a retry\n`);
  if (r.chance(0.03)) {
    const handler = r.pick(['catch (error) {\n    console.error(error);\n  }', 'catch (e) {}', 'catch {\n    return undefined;\n  }', 'catch (err) {\n    throw new Error(`wrap ${err}`);\n  }']);
    parts.push(`  try {\n    await fetch(\`/api/${r.pick(WORDS)}/\${input}\`);\n  } ${handler}\n`);
  }
  if (r.chance(0.005)) parts.push("  throw new Error('not implemented');\n");
  parts.push(`  const ${r.pick(WORDS)}s = [${r.int(1, 9)}, ${r.int(1, 9)}].map((x) => x * ${r.int(2, 9)}); /* keep ${r.pick(WORDS)} */\n  return { ...options, value: /${r.pick(WORDS)}\\d+/.test(String(input)) };\n}\n\n`);
  return parts.join('');
}

function go(r, isTest) {
  const name = ident(r).replace(/^./, (c) => c.toUpperCase());
  if (isTest) {
    const skip = r.chance(0.06) ? '\tt.Skip("slow")\n' : '';
    return `func Test${name}${r.int(1, 999)}(t *testing.T) {\n${skip}\tgot := ${name}(${r.int(0, 9)})\n\tif got != ${r.int(0, 9)} {\n\t\tt.Fatalf("${name}: got %v", got)\n\t}\n}\n\n`;
  }
  const parts = [`// ${name} returns the ${r.pick(WORDS)}.\nfunc ${name}(n int) (int, error) {\n`];
  if (r.chance(0.006)) parts.push(`\t// ${tag(r)}: cache the ${r.pick(WORDS)}\n`);
  if (r.chance(0.005)) parts.push('\tpanic("not implemented")\n');
  parts.push(`\tvalue, err := load${name}(n, \`${r.pick(WORDS)}\`)\n\tif err != nil {\n\t\treturn 0, fmt.Errorf("${name}: %w", err)\n\t}\n\treturn value * ${r.int(2, 9)}, nil\n}\n\n`);
  return parts.join('');
}

function java(r, isTest) {
  const name = ident(r);
  if (isTest) {
    const skip = r.chance(0.06) ? '    @Disabled("flaky")\n' : '';
    return `    @Test\n${skip}    void ${name}${r.int(1, 999)}() {\n        assertEquals(${r.int(0, 9)}, service.${name}(${r.int(0, 9)}));\n    }\n\n`;
  }
  const parts = [`    public int ${name}(int value) {\n`];
  if (r.chance(0.006)) parts.push(`        // ${tag(r)}: validate the ${r.pick(WORDS)}\n`);
  if (r.chance(0.03)) {
    const clause = r.pick(['catch (Exception e) {\n            log.error("failed", e);\n        }', 'catch (IOException e) {\n        }', 'catch (Throwable t) {\n            throw new IllegalStateException(t);\n        }']);
    parts.push(`        try {\n            repository.save("${r.pick(WORDS)}", value);\n        } ${clause}\n`);
  }
  if (r.chance(0.005)) parts.push('        throw new UnsupportedOperationException("TODO");\n');
  parts.push(`        return value * ${r.int(2, 9)} + "${r.pick(WORDS)}".length();\n    }\n\n`);
  return parts.join('');
}

function ruby(r, isTest) {
  const name = snake(r);
  if (isTest) {
    const it = r.chance(0.06) ? 'xit' : 'it';
    return `  ${it} "computes ${name} ${r.int(1, 999)}" do\n    expect(subject.${name}(${r.int(0, 9)})).to eq(${r.int(0, 9)})\n  end\n\n`;
  }
  const parts = [`  def ${name}(value, options = {})\n`];
  if (r.chance(0.006)) parts.push(`    # ${tag(r)}: memoize ${r.pick(WORDS)}\n`);
  if (r.chance(0.03)) {
    const clause = r.pick(['rescue => e\n      Rails.logger.warn(e.message)', 'rescue StandardError\n      nil', 'rescue Exception => e\n      raise']);
    parts.push(`    begin\n      client.post("/${r.pick(WORDS)}", value)\n    ${clause}\n    end\n`);
  }
  if (r.chance(0.005)) parts.push('    raise NotImplementedError\n');
  parts.push(`    "#{value} ${r.pick(WORDS)}" * ${r.int(1, 3)}\n  end\n\n`);
  return parts.join('');
}

const HEADERS = {
  python: (r, isTest) => (isTest ? 'import pytest\n\n\n' : `import logging\nfrom typing import Optional\n\nlogger = logging.getLogger(__name__)\n\n\n`),
  javascript: () => "import { fetch } from './http.js';\n\n",
  typescript: () => "import { fetch } from './http';\n\n",
  go: (r, isTest) => `package ${r.pick(WORDS)}\n\nimport (\n\t"fmt"${isTest ? '\n\t"testing"' : ''}\n)\n\n`,
  java: (r, isTest) => `package com.example.${r.pick(WORDS)};\n\nimport java.io.IOException;\n\npublic class ${ident(r)}${isTest ? 'Test' : ''} {\n\n`,
  ruby: (r, isTest) => (isTest ? `require "spec_helper"\n\nRSpec.describe ${ident(r)} do\n` : `class ${ident(r)}\n`),
};

const FOOTERS = { java: '}\n', ruby: 'end\n' };

const BLOCKS = {
  python,
  javascript: (r, isTest) => javascript(r, isTest, false),
  typescript: (r, isTest) => javascript(r, isTest, true),
  go,
  java,
  ruby,
};

/** A source file of about `size` bytes. */
export function codeText(r, language, isTest, size) {
  const parts = [HEADERS[language](r, isTest)];
  let length = parts[0].length;
  do {
    // Test files hold helpers and fixtures between their cases: about one test per 2 KB, as in real suites.
    const block = BLOCKS[language](r, isTest && r.chance(0.12));
    parts.push(block);
    length += block.length;
  } while (length < size);
  parts.push(FOOTERS[language] ?? '');
  return parts.join('');
}
