import { describe, expect, it } from 'vitest';
import { countOf, linesOf, scan } from './scan.js';

const SOURCE = 'src/Client.php';
const generic = (source: string): number => countOf(scan(SOURCE, source), 'catch.generic');
const errors = (source: string): Array<[number, string]> => linesOf(scan(SOURCE, source), 'parse.errors');
const CATCH = 'try { f(); } catch (Exception $e) { g(); }';

describe('PHP lexer: only code islands count, never strings or comments', () => {
  it.each([
    ['a file without <?php is HTML', `<p>${CATCH}</p>`, 0],
    ['<?xml is not an open tag', `<?xml version="1.0"?><p>${CATCH}</p>`, 0],
    ['code island between HTML', `<h1>x</h1>\n<?php ${CATCH} ?>\n<p>${CATCH}</p>`, 1],
    ['upper-case open tag, no closing tag', `<?PHP\n${CATCH}\n`, 1],
    ['echo tag', `<p><?= $x ?></p><?php ${CATCH}`, 1],
    ['single quotes', `<?php $a = '${CATCH}';`, 0],
    ['double quotes with {$…} holding quotes', `<?php $a = "v {$row["k"]} ${CATCH} {$o->f('}')}";`, 0],
    ['backticks', `<?php $a = \`${CATCH}\`;`, 0],
    ['heredoc', `<?php $a = <<<EOT\n${CATCH}\nEOT;\n${CATCH}`, 1],
    ['quoted heredoc', `<?php $a = <<<"EOT"\n${CATCH}\nEOT;\n${CATCH}`, 1],
    ['nowdoc with an indented closing marker (PHP 7.3)', `<?php $a = [<<<'EOT'\n    ${CATCH}\n    EOT, 1];\n${CATCH}`, 1],
    ['line comment', `<?php // ${CATCH}\n`, 0],
    ['hash comment', `<?php # ${CATCH}\n`, 0],
    ['block comment', `<?php /* ${CATCH} */`, 0],
    ['a line comment ends at ?>', `<?php // note ?>\n<?php ${CATCH}`, 1],
    ['?> inside a string does not close code', `<?php $a = '?>'; ${CATCH}`, 1],
    ['#[ is an attribute, not a comment', `<?php #[Attr] function f() { ${CATCH} }`, 1],
  ])('%s', (_name, source, expected) => {
    expect(generic(source)).toBe(expected);
    expect(errors(source)).toEqual([]);
  });
});

describe('todo.comments in PHP', () => {
  it('counts //, # and one per /* */ block, not strings, heredocs or attributes', () => {
    const source = [
      '<?php', // 1
      '// TODO: validate input', // 2
      '$a = "TODO in a string"; # FIXME: rename', // 3
      '/**', // 4
      ' * HACK: works around bug 12', // 5
      ' * TODO: second tag in the same block', // 6
      ' */', // 7
      '$b = <<<EOT', // 8
      '// TODO: inside a heredoc', // 9
      'EOT;', // 10
      '#[Todo("TODO")]', // 11
      '?>', // 12
      '<p>TODO in HTML</p> <!-- TODO: html comment -->', // 13
    ].join('\n');
    expect(linesOf(scan(SOURCE, source), 'todo.comments')).toEqual([
      [2, 'TODO: validate input'],
      [3, 'FIXME: rename'],
      [5, 'HACK: works around bug 12 TODO: second tag in the same block'],
    ]);
  });
});

describe('parse.errors in PHP', () => {
  it.each([
    ['unterminated string', "<?php\n$a = 'open;\n", [2, 'could not follow PHP syntax after line 2 (unterminated string); counts for this file may be incomplete']],
    ['unterminated heredoc', '<?php\n$a = <<<EOT\nbody\n', [2, 'could not follow PHP syntax after line 2 (unterminated heredoc <<<EOT); counts for this file may be incomplete']],
    ['unterminated nowdoc', "<?php\n$a = <<<'EOT'\nbody\n", [2, 'could not follow PHP syntax after line 2 (unterminated nowdoc <<<EOT); counts for this file may be incomplete']],
    ['unterminated block comment', '<?php\n/* open\n', [2, 'could not follow PHP syntax after line 2 (unterminated block comment); counts for this file may be incomplete']],
    ['unterminated interpolation', '<?php\n$a = "{$b[\'x\']";\n', [2, 'could not follow PHP syntax after line 2 (unterminated string); counts for this file may be incomplete']],
    ['unmatched brace', '<?php\nf();\n}\n', [3, 'could not follow PHP syntax after line 3 (unmatched `}`); counts for this file may be incomplete']],
    ['unclosed brace', '<?php\nfunction f() {\n', [2, 'could not follow PHP syntax after line 2 (unclosed `{`); counts for this file may be incomplete']],
  ])('%s', (_name, source, expected) => {
    expect(errors(source)).toEqual([expected]);
  });

  it('pairs braces across HTML islands', () => {
    const source = '<?php if ($x) { ?>\n<p>yes</p>\n<?php } else { ?>\n<p>no</p>\n<?php } ?>\n';
    expect(errors(source)).toEqual([]);
  });

  it('reads a 1 MB file quickly and without errors', () => {
    const chunk = [
      'class Repo {',
      '    public function find(int $id): ?array {',
      '        try { return $this->db->q("SELECT {$this->t} WHERE id = ?", [$id]); }',
      '        catch (\\Exception $e) { /* TODO: log */ }',
      '        return <<<SQL',
      '            SELECT 1',
      '            SQL;',
      '    }',
      '}',
      '',
    ].join('\n');
    const copies = Math.ceil(1_048_576 / chunk.length);
    const source = `<?php\n${chunk.repeat(copies)}`;
    const started = performance.now();
    const findings = scan(SOURCE, source);
    const elapsed = performance.now() - started;
    expect(countOf(findings, 'catch.generic')).toBe(copies);
    expect(countOf(findings, 'catch.empty')).toBe(copies);
    expect(countOf(findings, 'todo.comments')).toBe(copies);
    expect(countOf(findings, 'parse.errors')).toBe(0);
    expect(elapsed).toBeLessThan(2000);
  });
});
