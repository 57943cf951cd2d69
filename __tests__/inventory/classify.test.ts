import { describe, expect, it } from 'vitest';
import { describeFile } from '../../src/inventory/classify.js';

describe('describeFile', () => {
  it.each([
    ['pkg/test_api.py', 'python', true, true],
    ['pkg/api_test.py', 'python', true, true],
    ['pkg/testing.py', 'python', false, false],
    ['pkg/conftest.py', 'python', true, false],
    ['pkg/tests.py', 'python', true, false],
    ['tests/helpers.py', 'python', true, false],
    ['src/spec/helpers.ts', 'typescript', true, false],
    ['src/app.test.tsx', 'typescript', true, true],
    ['src/app.spec.mjs', 'javascript', true, true],
    ['src/app.test.unit.js', 'javascript', true, true],
    ['src/__tests__/app.js', 'javascript', true, true],
    ['src/__tests__/data.json', undefined, true, false],
    ['src/contest.py', 'python', false, false],
    ['src/attestation.ts', 'typescript', false, false],
    ['Dockerfile', undefined, false, false],
    ['pkg/server/handler_test.go', 'go', true, true],
    ['pkg/server/handler.go', 'go', false, false],
    ['src/test/java/com/acme/ApiTest.java', 'java', true, true],
    ['src/main/java/com/acme/UserServiceIT.java', 'java', true, true],
    ['src/main/java/com/acme/Testing.java', 'java', false, false],
    ['app/src/main/kotlin/RepoTests.kt', 'kotlin', true, true],
    ['Acme.Api.Tests/UsersControllerTests.cs', 'csharp', true, true],
    ['Acme.Api.Tests/Helpers.cs', 'csharp', true, true],
    ['Acme.Api/Program.cs', 'csharp', false, false],
    ['spec/models/user_spec.rb', 'ruby', true, true],
    ['test/models/user_test.rb', 'ruby', true, true],
    ['app/models/user_spec.rb', 'ruby', false, false],
    ['tests/Unit/UserTest.php', 'php', true, true],
    ['src/User.php', 'php', false, false],
    ['tests/integration.rs', 'rust', true, true],
    ['src/lib.rs', 'rust', false, false],
  ])('%s', (filePath, language, isTest, isTestFile) => {
    expect(describeFile(filePath)).toEqual({ path: filePath, language, isTest, isTestFile });
  });
});
