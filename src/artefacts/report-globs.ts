// Where CI writes test and coverage reports by default. Matched against POSIX paths relative to the scanned
// root, with dotfiles. Names that many unrelated files share (`report.xml`, `results.xml`) are left out: a
// project that writes its JUnit report there adds its own glob.

export const DEFAULT_TEST_REPORT_GLOBS: readonly string[] = [
  '**/junit*.xml', // jest-junit, vitest, PHPUnit --log-junit, cargo-nextest (target/nextest/*/junit.xml)
  '**/TEST-*.xml', // Maven Surefire/Failsafe, Gradle, Ant <junit>
  '**/test-results/**/*.xml', // Gradle build/test-results/, CircleCI and many CI templates
  '**/test-reports/**/*.xml',
  '**/test-results.xml', // mocha-junit-reporter
  '**/pytest*.xml',
  '**/nosetests.xml',
  '**/TestResult.xml', // NUnit 3 console
  '**/*.trx', // dotnet test --logger trx
];

// Ant's junitreport aggregate (TESTS-TestSuites.xml) repeats the TEST-*.xml files beside it, so it is not
// matched by default. Fixture folders hold sample reports from other projects, not this run's results.
export const DEFAULT_REPORT_EXCLUDE_GLOBS: readonly string[] = [
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/testdata/**',
  '**/src/test/resources/**',
  '**/spec/fixtures/**',
];

export const DEFAULT_COVERAGE_GLOBS: readonly string[] = [
  '**/lcov.info',
  '**/*.lcov',
  '**/coverage.xml', // coverage.py / pytest-cov, gcovr (Cobertura)
  '**/*cobertura*.xml', // coverlet coverage.cobertura.xml, Istanbul cobertura-coverage.xml
  '**/jacoco*.xml', // jacoco.xml, Gradle jacocoTestReport.xml
  '**/clover.xml',
  '**/coverage-summary.json',
  '**/coverage-final.json',
  '**/coverage.json', // coverage.py JSON
  '**/.resultset.json', // SimpleCov
  '**/coverage.out',
  '**/cover.out',
  '**/coverage.txt', // Go, as in Codecov's examples
  '**/*.coverprofile',
];
