// What a `uses:` step (or a job-level reusable workflow call) does, by the action it names:
// `aquasecurity/trivy-action@v0.28.0` scans, `pypa/gh-action-pypi-publish@<sha>` deploys. Only
// actions that do the work count; setup and login actions (`docker/login-action`,
// `google-github-actions/auth`) and result uploaders (`github/codeql-action/upload-sarif`) do not.
import { namedTaskPurposes } from './ci-purpose-commands.js';
import type { CiPurpose } from './ci-purpose-tools.js';

type ActionPurposes = (inputs: ReadonlyMap<string, string>) => readonly CiPurpose[];

const always = (...purposes: CiPurpose[]): ActionPurposes => () => purposes;

/**
 * Image builders also push when `push:` is set to anything but `false`; an expression such as
 * `${{ github.event_name != 'pull_request' }}` counts, because the job pushes on some events.
 */
const buildsAndMaybePushes: ActionPurposes = (inputs) => {
  const push = inputs.get('push');
  return push !== undefined && push.trim() !== 'false' ? ['build', 'deploy'] : ['build'];
};

/**
 * Bake runs named targets; projects name check targets for what they run (`targets: lint`,
 * `targets: govulncheck`), and those are not builds of the product.
 */
const bakes: ActionPurposes = (inputs) => {
  const named = (inputs.get('targets') ?? '').split(/[\s,]+/).filter((target) => target !== '');
  const purposes = [...new Set(named.flatMap(namedTaskPurposes))];
  if (purposes.length === 0) return buildsAndMaybePushes(inputs);
  return buildsAndMaybePushes(inputs).includes('deploy') && !purposes.includes('deploy') ? [...purposes, 'deploy'] : purposes;
};

/** GoReleaser publishes when it runs `release` without `--snapshot`. */
const goreleaser: ActionPurposes = (inputs) => {
  const args = inputs.get('args') ?? '';
  if (/\brelease\b/.test(args) && !args.includes('--snapshot')) return ['build', 'deploy'];
  return ['build'];
};

const withInput = (input: string, pattern: RegExp, ...purposes: CiPurpose[]): ActionPurposes => (inputs) =>
  pattern.test(inputs.get(input) ?? '') ? purposes : [];

// Lowercase, without `@ref`: GitHub owner and repository names are case-insensitive.
const KNOWN_ACTIONS = new Map<string, ActionPurposes>(Object.entries({
  'golangci/golangci-lint-action': always('lint'),
  'super-linter/super-linter': always('lint'),
  'super-linter/super-linter/slim': always('lint'),
  'github/super-linter': always('lint'),
  'oxsecurity/megalinter': always('lint'),
  'pre-commit/action': always('lint'),
  'hadolint/hadolint-action': always('lint'),
  'wearerequired/lint-action': always('lint'),
  'astral-sh/ruff-action': always('lint'),
  'chartboost/ruff-action': always('lint'),
  'psf/black': always('lint'),
  'ludeeus/action-shellcheck': always('lint'),
  'raven-actions/actionlint': always('lint'),
  'davidanson/markdownlint-cli2-action': always('lint'),
  'ibiqlik/action-yamllint': always('lint'),
  'actions-rs/clippy-check': always('lint'),
  'giraffate/clippy-action': always('lint'),
  'dominikh/staticcheck-action': always('lint'),

  'docker/build-push-action': buildsAndMaybePushes,
  'docker/bake-action': bakes,
  'depot/build-push-action': buildsAndMaybePushes,
  'depot/bake-action': bakes,
  'redhat-actions/buildah-build': always('build'),
  'goreleaser/goreleaser-action': goreleaser,

  'github/codeql-action/analyze': always('security-scan'),
  'actions/dependency-review-action': always('security-scan'),
  'aquasecurity/trivy-action': always('security-scan'),
  'aquasecurity/tfsec-action': always('security-scan'),
  'ossf/scorecard-action': always('security-scan'),
  'anchore/scan-action': always('security-scan'),
  'gitleaks/gitleaks-action': always('security-scan'),
  'trufflesecurity/trufflehog': always('security-scan'),
  'returntocorp/semgrep-action': always('security-scan'),
  'semgrep/semgrep-action': always('security-scan'),
  'securego/gosec': always('security-scan'),
  'pycqa/bandit-action': always('security-scan'),
  'pypa/gh-action-pip-audit': always('security-scan'),
  'golang/govulncheck-action': always('security-scan'),
  'rustsec/audit-check': always('security-scan'),
  'actions-rs/audit-check': always('security-scan'),
  'embarkstudios/cargo-deny-action': always('security-scan'),
  'docker/scout-action': always('security-scan'),
  'checkmarx/kics-github-action': always('security-scan'),
  'bridgecrewio/checkov-action': always('security-scan'),
  'zizmorcore/zizmor-action': always('security-scan'),

  'aws-actions/amazon-ecs-deploy-task-definition': always('deploy'),
  'aws-actions/aws-cloudformation-github-deploy': always('deploy'),
  'azure/webapps-deploy': always('deploy'),
  'azure/functions-action': always('deploy'),
  'azure/k8s-deploy': always('deploy'),
  'azure/container-apps-deploy-action': always('deploy'),
  'azure/static-web-apps-deploy': always('deploy'),
  'azure/arm-deploy': always('deploy'),
  'appleboy/ssh-action': always('deploy'),
  'appleboy/scp-action': always('deploy'),
  'easingthemes/ssh-deploy': always('deploy'),
  'burnett01/rsync-deployments': always('deploy'),
  'pypa/gh-action-pypi-publish': always('deploy'),
  'js-devtools/npm-publish': always('deploy'),
  'jamesives/github-pages-deploy-action': always('deploy'),
  'peaceiris/actions-gh-pages': always('deploy'),
  'actions/deploy-pages': always('deploy'),
  'amondnet/vercel-action': always('deploy'),
  'cloudflare/wrangler-action': always('deploy'),
  'cloudflare/pages-action': always('deploy'),
  'akhileshns/heroku-deploy': always('deploy'),
  'softprops/action-gh-release': always('deploy'),
  'ncipollo/release-action': always('deploy'),
  'helm/chart-releaser-action': always('deploy'),
  'superfly/flyctl-actions': withInput('args', /\bdeploy\b/, 'deploy'),
  'changesets/action': withInput('publish', /\S/, 'deploy'),
}));

// Families named by prefix: `snyk/actions/node`, `google-github-actions/deploy-cloudrun`, and
// google/osv-scanner-action's reusable workflows (`…/.github/workflows/osv-scanner-reusable.yml`).
const ACTION_FAMILIES: ReadonlyArray<[string, ActionPurposes]> = [
  ['snyk/actions/', always('security-scan')],
  ['google/osv-scanner-action/', always('security-scan')],
  ['oxsecurity/megalinter/flavors/', always('lint')],
  ['google-github-actions/deploy-', always('deploy')],
];

/** The purposes of `uses: owner/repo[/path]@ref`; none for local (`./…`) and `docker://` steps. */
export function actionPurposes(uses: string, inputs: ReadonlyMap<string, string>): readonly CiPurpose[] {
  const at = uses.indexOf('@');
  const action = (at === -1 ? uses : uses.slice(0, at)).trim().toLowerCase();
  const known = KNOWN_ACTIONS.get(action) ?? ACTION_FAMILIES.find(([prefix]) => action.startsWith(prefix))?.[1];
  return known ? known(inputs) : [];
}
