import { formatTypeScript } from '../../codegen/src/format';
import { array, call, chain, code, guarded, ifStatement, printStatements, statement, type Statement } from './statements';

const report = (name: string, tail = code(`'.${name}'`)) =>
  statement(call('errs.push', [call('wrongType', [code('path'), tail, code(name), code("'string'")])]));

function print(statements: Statement[]): string {
  const lines = ['function f(v: any, path: any, errs: any[]): void {'];
  printStatements(statements, '  ', lines);
  lines.push('}', '');
  return lines.join('\n');
}

/** The printed text is what prettier prints: it is a fixed point of formatting. */
async function expectPrettier(text: string): Promise<void> {
  expect(await formatTypeScript(text, 'x.ts')).toBe(text);
}

describe('printStatements', () => {
  it('prints a lone statement after its if on one line when it fits', async () => {
    const text = print([ifStatement(code("typeof host !== 'string'"), [report('host')])]);
    expect(text).toContain("  if (typeof host !== 'string') errs.push(wrongType(path, '.host', host, 'string'));\n");
    await expectPrettier(text);
  });

  it('chains else-if and breaks what does not fit as prettier does', async () => {
    const long = 'aVeryLongFieldNameThatGoesOnAndOnAndOn';
    const typed = ifStatement(code(`typeof ${long} === 'string'`), [report(long)], [report(long)]);
    const text = print([
      ifStatement(code(`${long} === undefined`), [statement(call('errs.push', [call('requiredAt', [code('path'), code(`'.${long}'`)])]))], [typed]),
      guarded(code(`${long} !== undefined`), [ifStatement(code(`typeof ${long} !== 'string'`), [report(long)])]),
      ifStatement(code('Array.isArray(v)'), [report('v', array([code("'.items'"), code('i'), code(`'.${long}'`), code('j')]))], [report('v')]),
      ifStatement(chain('&&', [code(`typeof ${long} === 'object'`), code(`${long} !== null`), code(`!Array.isArray(${long})`)]), [report(long), report(long)], [report(long)]),
      guarded(code('apiVersion !== undefined'), [ifStatement(code("typeof apiVersion !== 'string'"), [report('apiVersion')])]),
      statement(call('errs.push', [call('requiredAt', [code('path'), array([code(`'.${long}'`), code('index'), code(`'.${long}'`)])])])),
    ]);
    expect(text).toContain(`  else if (typeof ${long} === 'string')\n`);
    expect(text).toContain(`  if (apiVersion !== undefined && typeof apiVersion !== 'string')\n    errs.push(wrongType(`);
    await expectPrettier(text);
  });
});
