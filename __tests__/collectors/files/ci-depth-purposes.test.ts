import { describe, expect, it } from 'vitest';
import { actionPurposes } from '../../../src/collectors/ci-known-actions.js';
import { commandPurposes } from '../../../src/collectors/ci-purpose-commands.js';

function purposes(script: string): string[] {
  return commandPurposes(script).map((entry) => entry.purpose);
}

describe('commandPurposes: lint', () => {
  it.each([
    'npx eslint . --max-warnings 0',
    'npm run lint',
    'npm run lint:ci',
    'yarn lint',
    'pnpm -r run typecheck',
    'pnpm lint -- --quiet',
    'ruff check .',
    'uv run ruff format --check src',
    'poetry run flake8 app',
    'pylint src/',
    'python -m mypy --strict pkg',
    'black --check .',
    'isort --check-only --diff .',
    'npx prettier --check "**/*.ts"',
    'golangci-lint run ./...',
    'go vet ./...',
    'bundle exec rubocop --parallel',
    'cargo clippy --all-targets -- -D warnings',
    'cargo +nightly fmt --all -- --check',
    'pre-commit run --all-files',
    'tsc --noEmit',
    'make lint',
    'tox -e typing',
    'nox -s lint',
    'pnpm nx run-many -t lint build',
    'dotnet format --verify-no-changes',
    'terraform fmt -check -recursive',
    './gradlew spotlessCheck',
    'bundle exec rake rubocop',
  ])('%s → lint', (script) => {
    expect(purposes(script)).toContain('lint');
  });

  it.each(['ruff format .', 'black .', 'prettier --write .', 'npm run format', 'cargo fmt --all', 'echo eslint', 'npm ci'])(
    '%s → not lint',
    (script) => {
      expect(purposes(script)).not.toContain('lint');
    },
  );
});

describe('commandPurposes: build', () => {
  it.each([
    'npm run build',
    'bun run --filter frontend build',
    'yarn build',
    'go build -v ./...',
    'mvn -B package --file pom.xml',
    './mvnw clean install -DskipTests',
    './gradlew assemble',
    'docker build -t app:${{ github.sha }} .',
    'docker buildx build --platform linux/amd64 .',
    'docker compose -f ci.yml build',
    'cargo build --release --locked',
    'dotnet build --configuration Release --no-restore',
    'dotnet publish -c Release',
    'python -m build --sdist',
    'uv build',
    'poetry build',
    'python setup.py sdist bdist_wheel',
    'make',
    'make -j4 all',
    'tsc -p tsconfig.build.json',
    'goreleaser release --snapshot --clean',
  ])('%s → build', (script) => {
    expect(purposes(script)).toContain('build');
  });

  it.each(['npm ci', 'go mod download', 'mvn test', 'docker pull node:22', 'make test', 'cargo check'])('%s → not build', (script) => {
    expect(purposes(script)).not.toContain('build');
  });
});

describe('commandPurposes: security scan', () => {
  it.each([
    'npm audit --audit-level=high',
    'yarn npm audit --all --recursive',
    'pnpm audit --prod',
    'pip-audit -r requirements.txt',
    'uvx pip-audit',
    'python -m pip_audit',
    'bandit -r src -ll',
    'govulncheck ./...',
    'go run golang.org/x/vuln/cmd/govulncheck@latest ./...',
    'cargo audit',
    'cargo deny check',
    'osv-scanner --recursive .',
    'gitleaks detect --source . --no-git',
    'trufflehog git file://. --only-verified',
    'semgrep ci',
    'trivy image --exit-code 1 app:latest',
    'snyk test --severity-threshold=high',
    'bundle exec brakeman -q',
    'bundle audit check --update',
    'safety check',
    'docker scout cves app:latest',
    'dotnet list package --vulnerable --include-transitive',
    'composer audit',
  ])('%s → security scan', (script) => {
    expect(purposes(script)).toContain('security-scan');
  });

  it.each(['npm audit fix', 'cargo deny check licenses', 'snyk auth $TOKEN', 'echo trivy'])('%s → not a scan', (script) => {
    expect(purposes(script)).not.toContain('security-scan');
  });
});

describe('commandPurposes: deploy', () => {
  it.each([
    'kubectl apply -f k8s/',
    'kubectl -n prod set image deployment/web web=app:1',
    'kubectl rollout restart deployment/web',
    'helm upgrade --install web ./chart --namespace prod',
    'terraform apply -auto-approve',
    'flyctl deploy --remote-only',
    'vercel --prod --token=$VERCEL_TOKEN',
    'npx vercel deploy --prod',
    'netlify deploy --prod --dir dist',
    'npx wrangler deploy',
    'npm publish --provenance --access public',
    'yarn npm publish',
    'pnpm -r publish --no-git-checks',
    'docker push ghcr.io/org/app:latest',
    'docker buildx build --push -t org/app .',
    'twine upload dist/*',
    'uv publish',
    'cargo publish --token $TOKEN',
    'gcloud run deploy web --image $IMAGE',
    'aws ecs update-service --cluster c --service s --force-new-deployment',
    'firebase deploy --only hosting',
    'gh release create v1.0.0 dist/*',
    'dotnet nuget push *.nupkg --source nuget.org',
    './gradlew publish',
    'mvn -B deploy',
    'goreleaser release --clean',
    'npx semantic-release',
    'uv run fastapi deploy',
    'make deploy',
  ])('%s → deploy', (script) => {
    expect(purposes(script)).toContain('deploy');
  });

  it.each(['vercel', 'netlify deploy --dir dist', 'kubectl get pods', 'helm template ./chart', 'terraform plan', './gradlew publishToMavenLocal', 'npm pack'])(
    '%s → not a deploy',
    (script) => {
      expect(purposes(script)).not.toContain('deploy');
    },
  );
});

describe('commandPurposes', () => {
  it('gives each purpose once, with the first command that shows it, across a multi-line script', () => {
    const script = [
      'npm ci',
      'npm run lint && npm run build',
      'docker build -t app . && docker push app',
      'docker push app:latest',
    ].join('\n');
    expect(commandPurposes(script)).toEqual([
      { purpose: 'lint', command: 'npm run lint' },
      { purpose: 'build', command: 'npm run build' },
      { purpose: 'deploy', command: 'docker push app' },
    ]);
  });

  it('looks through bash -c, sudo and env assignments', () => {
    expect(commandPurposes("sudo -E bash -c 'KUBECONFIG=k kubectl apply -f x.yml'")).toEqual([
      { purpose: 'deploy', command: "sudo -E bash -c KUBECONFIG=k kubectl apply -f x.yml" },
    ]);
  });

  it('never throws on odd scripts', () => {
    for (const script of ['', '$(', 'npx', 'python -m', 'go run', 'make -C', 'nx run-many -t', '"unterminated', 'bash -c']) {
      expect(() => commandPurposes(script)).not.toThrow();
    }
  });
});

describe('actionPurposes', () => {
  it.each([
    ['github/codeql-action/analyze@v3', {}, ['security-scan']],
    ['github/codeql-action/analyze@7211b7c8077ea37d8641b6271f6a365a22a5fbfa', {}, ['security-scan']],
    ['github/codeql-action/init@v3', {}, []],
    ['github/codeql-action/upload-sarif@v3', {}, []],
    ['actions/dependency-review-action@v4', {}, ['security-scan']],
    ['aquasecurity/trivy-action@0.28.0', {}, ['security-scan']],
    ['ossf/scorecard-action@62b2cac7ed8198b15735ed49ab1e5cf35480ba46', {}, ['security-scan']],
    ['snyk/actions/node@master', {}, ['security-scan']],
    ['anchore/scan-action@v6', {}, ['security-scan']],
    ['google/osv-scanner-action/.github/workflows/osv-scanner-reusable.yml@v2', {}, ['security-scan']],
    ['golangci/golangci-lint-action@v6', {}, ['lint']],
    ['super-linter/super-linter/slim@v7', {}, ['lint']],
    ['pre-commit/action@v3.0.1', {}, ['lint']],
    ['docker/build-push-action@v6', {}, ['build']],
    ['docker/build-push-action@v6', { push: 'false' }, ['build']],
    ['docker/build-push-action@v6', { push: 'true' }, ['build', 'deploy']],
    ['docker/build-push-action@v6', { push: "${{ github.event_name != 'pull_request' }}" }, ['build', 'deploy']],
    ['docker/bake-action@v6', { targets: 'govulncheck' }, ['security-scan']],
    ['docker/bake-action@v6', { targets: 'lint\nvalidate' }, ['lint']],
    ['docker/bake-action@v6', { targets: 'image', push: 'true' }, ['build', 'deploy']],
    ['goreleaser/goreleaser-action@v6', { args: 'release --clean' }, ['build', 'deploy']],
    ['goreleaser/goreleaser-action@v6', { args: 'release --snapshot' }, ['build']],
    ['aws-actions/amazon-ecs-deploy-task-definition@v2', {}, ['deploy']],
    ['Azure/webapps-deploy@v3', {}, ['deploy']],
    ['google-github-actions/deploy-cloudrun@v2', {}, ['deploy']],
    ['appleboy/ssh-action@v1.2.0', {}, ['deploy']],
    ['pypa/gh-action-pypi-publish@ed0c53931b1dc9bd32cbe73a98c7f6766f8a527e', {}, ['deploy']],
    ['superfly/flyctl-actions@1.5', { args: 'deploy --remote-only' }, ['deploy']],
    ['superfly/flyctl-actions/setup-flyctl@master', {}, []],
    ['docker/login-action@v3', {}, []],
    ['./.github/actions/deploy', {}, []],
    ['docker://alpine:3', {}, []],
  ])('%s %j → %j', (uses, inputs, expected) => {
    expect(actionPurposes(uses, new Map(Object.entries(inputs)))).toEqual(expected);
  });
});
