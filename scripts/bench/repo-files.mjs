// The files of the benchmark repository: a monorepo of services in several languages with the CI, container,
// Kubernetes and documentation files around them, plus the things a scan must skip (vendored and generated
// folders, minified bundles, binaries). Deterministic for a seed.
import { codeText } from './code-text.mjs';

const LANGUAGES = ['python', 'javascript', 'typescript', 'go', 'java', 'ruby'];
const LANGUAGE_WEIGHTS = { python: 24, typescript: 18, javascript: 12, go: 16, java: 18, ruby: 12 };
const KIND_WEIGHTS = { code: 62, test: 20, markdown: 4, config: 4, vendored: 5, generated: 3, binary: 2 };
const FOLDERS = ['core', 'api', 'handlers', 'models', 'jobs', 'util', 'storage', 'billing', 'auth', 'events'];
const NAMES = ['order', 'invoice', 'user', 'session', 'cache', 'token', 'payment', 'report', 'queue', 'worker'];

/** Bytes of a file: mostly small, some medium, a few up to ~500 KB (about 10 KB on average). */
function fileSize(r) {
  const band = r.weighted({ small: 75, medium: 23, large: 2 });
  if (band === 'small') return r.logUniform(60, 8_000);
  if (band === 'medium') return r.logUniform(8_000, 50_000);
  return r.logUniform(50_000, 500_000);
}

function nestedFolder(r) {
  const depth = r.int(0, 3);
  return Array.from({ length: depth }, () => r.pick(FOLDERS)).join('/');
}

const join = (...parts) => parts.filter((part) => part !== '').join('/');
const capital = (word) => word.replace(/^./, (c) => c.toUpperCase());

function codePath(r, service, language, isTest, n) {
  const folder = nestedFolder(r);
  const name = `${r.pick(NAMES)}_${n}`;
  switch (language) {
    case 'python':
      return isTest ? join(service, 'tests', folder, `test_${name}.py`) : join(service, 'src', folder, `${name}.py`);
    case 'javascript':
    case 'typescript': {
      const ext = language === 'javascript' ? 'js' : r.pick(['ts', 'tsx']);
      return isTest ? join(service, 'src', folder, '__tests__', `${name}.test.${ext}`) : join(service, 'src', folder, `${name}.${ext}`);
    }
    case 'go':
      return join(service, 'internal', folder, isTest ? `${name}_test.go` : `${name}.go`);
    case 'java': {
      const className = `${capital(r.pick(NAMES))}${n}`;
      return isTest
        ? join(service, 'src/test/java/com/example', folder, `${className}Test.java`)
        : join(service, 'src/main/java/com/example', folder, `${className}.java`);
    }
    default:
      return isTest ? join(service, 'spec', folder, `${name}_spec.rb`) : join(service, 'lib', folder, `${name}.rb`);
  }
}

function markdownText(r, size) {
  const parts = [`# ${capital(r.pick(NAMES))} service\n\n`];
  let length = 0;
  while (length < size) {
    const para = `## ${capital(r.pick(NAMES))}\n\nRun \`make test\` before pushing. TODO: document the ${r.pick(NAMES)} flow.\n\n\`\`\`sh\ncurl -s localhost:8080/healthz\n\`\`\`\n\n`;
    parts.push(para);
    length += para.length;
  }
  return parts.join('');
}

function kubernetesText(r, service) {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${service.split('/').pop()}\nspec:\n  replicas: ${r.int(1, 5)}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${r.pick(NAMES)}:1.${r.int(0, 40)}\n          resources:\n            limits:\n              memory: 256Mi\n          livenessProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n`;
}

function dockerfileText(r, language) {
  const image = { python: 'python:3.12-slim', javascript: 'node:20-alpine', typescript: 'node:20-alpine', go: 'golang:1.22', java: 'eclipse-temurin:21', ruby: 'ruby:3.3' }[language];
  const health = r.chance(0.6) ? 'HEALTHCHECK CMD curl -f http://localhost:8080/healthz || exit 1\n' : '';
  return `FROM ${image}\nWORKDIR /app\nCOPY . .\nRUN make build\n${r.chance(0.7) ? 'USER app\n' : ''}${health}EXPOSE 8080\nCMD ["./start"]\n`;
}

function manifestFiles(r, service, language) {
  switch (language) {
    case 'python':
      return { [`${service}/requirements.txt`]: 'flask==3.0.0\nrequests>=2.31\npytest==8.0.0\n' };
    case 'javascript':
    case 'typescript':
      return {
        [`${service}/package.json`]: `${JSON.stringify({ name: service.replace(/\//g, '-'), scripts: { test: 'vitest run', build: 'tsc' }, dependencies: { express: '^4.19.0' }, devDependencies: { vitest: '^1.6.0' } }, null, 2)}\n`,
        [`${service}/package-lock.json`]: `${JSON.stringify({ name: 'x', lockfileVersion: 3, packages: {} }, null, 2)}\n`,
      };
    case 'go':
      return { [`${service}/go.mod`]: `module example.com/${service}\n\ngo 1.22\n\nrequire github.com/stretchr/testify v1.9.0\n`, [`${service}/go.sum`]: '' };
    case 'java':
      return { [`${service}/pom.xml`]: `<project><modelVersion>4.0.0</modelVersion><groupId>com.example</groupId><artifactId>${r.pick(NAMES)}</artifactId><dependencies><dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.10.0</version></dependency></dependencies></project>\n` };
    default:
      return { [`${service}/Gemfile`]: "source 'https://rubygems.org'\ngem 'rails', '~> 7.1'\ngem 'rspec', group: :test\n", [`${service}/Gemfile.lock`]: 'GEM\n' };
  }
}

function configFile(r, service, n) {
  const name = `${r.pick(NAMES)}_${n}`;
  if (r.chance(0.5)) return [join(service, 'config', `${name}.json`), `${JSON.stringify({ name, retries: r.int(0, 9), url: 'https://example.com' }, null, 2)}\n`];
  return [join(service, 'config', `${name}.yaml`), `# ${name}\nretries: ${r.int(0, 9)}\nurl: https://example.com\nfeatures:\n  - ${r.pick(NAMES)}\n`];
}

function workflowText(r, n) {
  const command = r.pick(['npm test', 'pytest -q', 'go test ./...', 'mvn -B verify', 'bundle exec rspec']);
  return `name: ci-${n}\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${command}\n  lint:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: make lint\n`;
}

function binaryBytes(r, size) {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = r.int(0, 255);
  bytes[0] = 0;
  return bytes;
}

/** One file the scan skips by name, by folder or by content. */
function skippedFile(r, service, kind, n, size) {
  if (kind === 'vendored') {
    const where = r.pick(['node_modules/left-pad', 'vendor/github.com/pkg/errors', 'third_party/zlib']);
    return [join(service, where, `file_${n}.${r.pick(['js', 'go', 'c', 'py'])}`), codeText(r, 'javascript', false, size)];
  }
  if (kind === 'generated') {
    const where = r.pick(['dist', 'build', 'static']);
    const name = where === 'static' ? `bundle_${n}.min.js` : `chunk_${n}.js`;
    return [join(service, where, name), `var a=${'1+'.repeat(Math.min(size, 200_000) / 2)}1;\n`];
  }
  const ext = r.pick(['png', 'jar', 'woff2', 'dat', 'bin']);
  return [join(service, 'assets', `blob_${n}.${ext}`), binaryBytes(r, Math.min(size, 64_000))];
}

/**
 * Yields [path, content] for `count` files. About one service per 250 files, each with one main language,
 * its manifest, a Dockerfile, a README and a Kubernetes manifest; a dozen workflows at the root.
 */
export function* repositoryFiles(r, count) {
  let made = 0;
  const serviceCount = Math.max(1, Math.round(count / 250));
  const services = Array.from({ length: serviceCount }, (_, i) => ({
    path: `services/${r.pick(NAMES)}-${i}`,
    language: r.weighted(LANGUAGE_WEIGHTS),
  }));
  yield ['README.md', markdownText(r, 3000)];
  made++;
  for (let n = 0; n < 12 && made < count; n++, made++) yield [`.github/workflows/ci-${n}.yml`, workflowText(r, n)];
  for (const service of services) {
    const fixed = {
      ...manifestFiles(r, service.path, service.language),
      [`${service.path}/Dockerfile`]: dockerfileText(r, service.language),
      [`${service.path}/README.md`]: markdownText(r, 800),
      [`deploy/k8s/${service.path.split('/').pop()}/deployment.yaml`]: kubernetesText(r, service.path),
    };
    for (const entry of Object.entries(fixed)) {
      if (made++ >= count) return;
      yield entry;
    }
  }
  for (let n = 0; made < count; n++, made++) {
    const service = r.pick(services);
    const kind = r.weighted(KIND_WEIGHTS);
    const size = fileSize(r);
    // A service is mostly its own language, with some of the others mixed in (scripts, tooling).
    const language = r.chance(0.8) ? service.language : r.pick(LANGUAGES);
    if (kind === 'code' || kind === 'test') {
      const isTest = kind === 'test';
      yield [codePath(r, service.path, language, isTest, n), codeText(r, language, isTest, size)];
    } else if (kind === 'markdown') yield [join(service.path, 'docs', nestedFolder(r), `${r.pick(NAMES)}_${n}.md`), markdownText(r, size)];
    else if (kind === 'config') yield configFile(r, service.path, n);
    else yield skippedFile(r, service.path, kind, n, size);
  }
}
