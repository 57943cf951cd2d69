import { describe, expect, it } from 'vitest';
import { collect, found } from './helpers.js';

function catches(source: readonly string[], path?: string): string[] {
  const findings = collect(source, path);
  return [...found(findings, 'catch.generic'), ...found(findings, 'catch.empty')];
}

describe('python catch.generic and catch.empty', () => {
  it.each([
    [
      'bare except',
      ['try:', '    run()', 'except:', '    log()'],
      ['3: bare `except:` catches every error, even KeyboardInterrupt; catch the exceptions you expect'],
    ],
    [
      'except Exception as name',
      ['try:', '    run()', 'except Exception as error:', '    log(error)'],
      ['3: `except Exception` catches every error; catch the exceptions you expect'],
    ],
    [
      'except BaseException as e',
      ['try:', '    run()', 'except BaseException as e:', '    raise'],
      ['3: `except BaseException` catches every error; catch the exceptions you expect'],
    ],
    [
      'dotted builtins.Exception',
      ['try:', '    run()', 'except builtins.Exception:', '    log()'],
      ['3: `except builtins.Exception` catches every error; catch the exceptions you expect'],
    ],
    [
      'Exception inside a tuple',
      ['try:', '    run()', 'except (ValueError, Exception) as e:', '    log(e)'],
      ['3: `except (ValueError, Exception)` catches every error; catch the exceptions you expect'],
    ],
    [
      'except* group',
      ['try:', '    run()', 'except* Exception:', '    log()'],
      ['3: `except* Exception` catches every error; catch the exceptions you expect'],
    ],
    ['specific exceptions are fine', ['try:', '    run()', 'except (ValueError, KeyError):', '    log()'], []],
    ['an attribute of Exception is not Exception', ['try:', '    run()', 'except Exception.Sub:', '    log()'], []],
    [
      'same-line pass',
      ['try:', '    run()', 'except ValueError: pass'],
      ['3: `except ValueError` swallows the error: its body is only `pass`'],
    ],
    [
      'ellipsis then continue',
      ['for x in y:', '    try:', '        run()', '    except KeyError:', '        ...', '        continue'],
      ['4: `except KeyError` swallows the error: its body is only `...` and `continue`'],
    ],
    [
      'comment-only line does not count as a statement',
      ['try:', '    run()', 'except OSError:', '    # ignore', '    pass'],
      ['3: `except OSError` swallows the error: its body is only `pass`'],
    ],
    [
      'generic and empty at once',
      ['try:', '    run()', 'except Exception:', '    pass'],
      [
        '3: `except Exception` catches every error; catch the exceptions you expect',
        '3: `except Exception` swallows the error: its body is only `pass`',
      ],
    ],
    [
      'bare and empty on one line',
      ['try: run()', 'except: pass'],
      [
        '2: bare `except:` catches every error, even KeyboardInterrupt; catch the exceptions you expect',
        '2: `except:` swallows the error: its body is only `pass`',
      ],
    ],
    ['a body that does something is not empty', ['try:', '    run()', 'except OSError:', '    pass', '    log()'], []],
    [
      'handlers in nested functions and methods',
      ['class A:', '    def f(self):', '        try:', '            run()', '        except Exception:', '            return 1'],
      ['5: `except Exception` catches every error; catch the exceptions you expect'],
    ],
    ['except Exception in a docstring', ['def f():', '    """', '    try: x', '    except Exception: pass', '    """'], []],
  ])('%s', (_name, source, expected) => {
    expect(catches(source)).toEqual(expected);
  });

  it('ignores test code', () => {
    const source = ['try:', '    run()', 'except Exception:', '    pass'];
    expect(catches(source, 'tests/helpers.py')).toEqual([]);
    expect(catches(source, 'pkg/conftest.py')).toEqual([]);
    expect(catches(source, 'pkg/test_x.py')).toEqual([]);
  });

  it('gives the column of the except keyword', () => {
    const finding = collect(['def f():', '    try:', '        run()', '    except:', '        log()']).find(
      (item) => item.kind === 'catch.generic',
    );
    expect(finding).toMatchObject({ line: 4, column: 5, language: 'python', file: 'pkg/module.py' });
  });
});
