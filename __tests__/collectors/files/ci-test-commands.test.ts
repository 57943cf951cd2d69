import { describe, expect, it } from 'vitest';
import { findTestCommand } from '../../../src/collectors/ci-test-commands.js';
import { shellCommands } from '../../../src/collectors/ci-shell-commands.js';

describe('findTestCommand: commands that run tests', () => {
  it.each([
    ['pytest -q', 'pytest -q'],
    ['py.test tests/', 'py.test tests/'],
    ['python -m pytest', 'python -m pytest'],
    ['python3.12 -X dev -m pytest -x', 'python3.12 -X dev -m pytest -x'],
    ['python -m unittest discover', 'python -m unittest discover'],
    ['coverage run -m pytest', 'coverage run -m pytest'],
    ['docker compose run --rm playwright bunx playwright test --shard=1/4', 'docker compose run --rm playwright bunx playwright test --shard=1/4'],
    ['docker compose -f ci.yml exec -T -e CI=1 backend pytest', 'docker compose -f ci.yml exec -T -e CI=1 backend pytest'],
    ['docker-compose run web python manage.py test', 'docker-compose run web python manage.py test'],
    ['uv run bash scripts/tests-start.sh "Coverage"', 'uv run bash scripts/tests-start.sh Coverage'],
    ['./scripts/test.sh', './scripts/test.sh'],
    ['sh run_tests.sh --ci', 'sh run_tests.sh --ci'],
    ['python -m coverage run --branch -m pytest', 'python -m coverage run --branch -m pytest'],
    ['python manage.py test', 'python manage.py test'],
    ['tox -e py312', 'tox -e py312'],
    ['nox -s tests', 'nox -s tests'],
    ['npm test', 'npm test'],
    ['npm t', 'npm t'],
    ['npm run test:e2e -- --shard 1/2', 'npm run test:e2e -- --shard 1/2'],
    ['npm run-script test-ci', 'npm run-script test-ci'],
    ['npm --prefix web test', 'npm --prefix web test'],
    ['yarn test', 'yarn test'],
    ['yarn run test:unit', 'yarn run test:unit'],
    ['yarn workspace api test', 'yarn workspace api test'],
    ['yarn jest --ci', 'yarn jest --ci'],
    ['pnpm test', 'pnpm test'],
    ['pnpm run test-ci', 'pnpm run test-ci'],
    ['pnpm --filter web run test:int', 'pnpm --filter web run test:int'],
    ['pnpm exec vitest run', 'pnpm exec vitest run'],
    ['bun test', 'bun test'],
    ['bunx vitest', 'bunx vitest'],
    ['npx --yes jest', 'npx --yes jest'],
    ['npx playwright test --project=chromium', 'npx playwright test --project=chromium'],
    ['./node_modules/.bin/mocha', './node_modules/.bin/mocha'],
    ['ava --verbose', 'ava --verbose'],
    ['node --test', 'node --test'],
    ['go test -race ./...', 'go test -race ./...'],
    ['gotestsum --format testname', 'gotestsum --format testname'],
    ['mvn -B -ntp verify', 'mvn -B -ntp verify'],
    ['./mvnw -pl core test', './mvnw -pl core test'],
    ['./gradlew build', './gradlew build'],
    ['gradle --no-daemon check', 'gradle --no-daemon check'],
    ['./gradlew :app:test', './gradlew :app:test'],
    ['.\\gradlew.bat test', '.\\gradlew.bat test'],
    ['cargo test --workspace', 'cargo test --workspace'],
    ['cargo +nightly miri test', 'cargo +nightly miri test'],
    ['cargo nextest run', 'cargo nextest run'],
    ['cargo hack test --each-feature', 'cargo hack test --each-feature'],
    ['dotnet test --no-build', 'dotnet test --no-build'],
    ['bundle exec rspec', 'bundle exec rspec'],
    ['bin/rails test:system', 'bin/rails test:system'],
    ['bundle exec rake spec', 'bundle exec rake spec'],
    ['vendor/bin/phpunit', 'vendor/bin/phpunit'],
    ['make test', 'make test'],
    ['make -C backend test-unit', 'make -C backend test-unit'],
    ['poetry run pytest', 'poetry run pytest'],
    ['uv run --frozen --with pytest-cov pytest', 'uv run --frozen --with pytest-cov pytest'],
    ['pipenv run pytest', 'pipenv run pytest'],
    ['hatch run test:unit', 'hatch run test:unit'],
    ['pdm run pytest', 'pdm run pytest'],
    ['xvfb-run -a npm test', 'xvfb-run -a npm test'],
    ['sudo -E env CI=1 pytest', 'sudo -E env CI=1 pytest'],
    ['CI=true npm test', 'CI=true npm test'],
    ['time go test ./...', 'go test ./...'],
    ['timeout 10m go test ./...', 'timeout 10m go test ./...'],
    ['pnpm exec nx test api', 'pnpm exec nx test api'],
    ['npx nx run-many -t lint,test', 'npx nx run-many -t lint,test'],
    ['npx turbo run test', 'npx turbo run test'],
    ["bash -c 'cd api && pytest'", 'bash -c cd api && pytest'],
  ])('%s', (script, expected) => {
    expect(findTestCommand(script)).toBe(expected);
  });
});

describe('findTestCommand: commands that do not run tests', () => {
  it.each([
    ['npm install'],
    ['docker compose run --rm backend bash scripts/prestart.sh'],
    ['docker compose up -d db'],
    ['bash scripts/testing-setup.sh'],
    ['./scripts/contest.sh'],
    ['npm ci && npm run build'],
    ['npm run lint'],
    ['echo pytest'],
    ['echo "now run: npm test"'],
    ['# pytest'],
    ['pip install pytest'],
    ['python -m pip install pytest'],
    ['uv pip install pytest'],
    ['go vet ./...'],
    ['go build ./...'],
    ['mvn -B package'],
    ['mvn verify -DskipTests'],
    ['./gradlew assemble -x test'],
    ['./gradlew check -x test'],
    ['cargo build --release'],
    ['cargo test --no-run'],
    ['make build'],
    ['make testdata'],
    ['dotnet build'],
    ['docker build -t app .'],
    ['test -f package.json'],
    ['cat <<EOF > run.sh\npytest\nEOF'],
    ['echo "chunks=$(yarn run jest --listTests)"'],
    ["python -c 'import pytest'"],
    ['${{ matrix.command }}'],
  ])('%s', (script) => {
    expect(findTestCommand(script)).toBeUndefined();
  });
});

describe('findTestCommand: scripts', () => {
  it('finds the command after `cd x &&` in a multi-line script', () => {
    expect(findTestCommand('npm ci\ncd packages/api && npm test -- --coverage\n')).toBe('npm test -- --coverage');
  });

  it('reads after shell keywords and inside `$( )` and `if` bodies', () => {
    expect(findTestCommand('if [ -n "$CI" ]; then\n  pytest -x\nfi')).toBe('pytest -x');
    expect(findTestCommand('OUT=$(go test ./... 2>&1)')).toBe('go test ./... 2>&1');
  });

  it('joins backslash continuations', () => {
    expect(findTestCommand('uv run pytest \\\n  --cov=app \\\n  tests/')).toBe('uv run pytest --cov=app tests/');
  });

  it('ignores a trailing comment but keeps `#` inside a word', () => {
    expect(findTestCommand('npm ci # then pytest')).toBeUndefined();
    expect(findTestCommand('pytest -k test#1')).toBe('pytest -k test#1');
  });

  it('skips a heredoc body and reads the command after it', () => {
    expect(findTestCommand('cat <<-EOF > conf\n\tpytest\n\tEOF\nmake test')).toBe('make test');
  });

  it('keeps a GitHub expression with `||` as one word', () => {
    expect(findTestCommand("mvn verify ${{ matrix.args || '' }}")).toBe("mvn verify ${{ matrix.args || '' }}");
  });

  it('shortens long commands to 80 characters', () => {
    const command = findTestCommand(`pytest ${'tests/unit/'.repeat(20)}`);
    expect(command?.length).toBe(80);
    expect(command?.endsWith('…')).toBe(true);
  });
});

describe('shellCommands', () => {
  it('splits on separators and drops quotes', () => {
    expect(shellCommands(`a 'b c' && d "e f" | g; h`)).toEqual([['a', 'b c'], ['d', 'e f'], ['g'], ['h']]);
  });

  it('survives unterminated quotes, heredocs and expressions', () => {
    expect(shellCommands('echo "open')).toEqual([['echo', 'open']]);
    expect(shellCommands('cat <<EOF\nno end')).toEqual([['cat']]);
    expect(shellCommands('run ${{ open')).toEqual([['run', '${{ open']]);
  });
});

describe('findTestCommand: prototype names are plain words', () => {
  it.each([['constructor'], ['toString'], ['__proto__ x'], ['hasOwnProperty'], ['npm constructor'], ['valueOf run']])('%s', (script) => {
    expect(findTestCommand(script)).toBeUndefined();
  });
});
