import * as path from 'node:path';
import { error, sortDiagnostics, warning } from './diagnostic';
import { formatDiagnostic, formatDiagnostics } from './format';

const cwd = path.resolve('/project');

test('prints like tsc: relative path, line, column, severity, code, message, then the hint', () => {
  const d = error(
    'KG1001',
    'unknown marker +kubebuilder:validation:Minimun',
    { file: path.join(cwd, 'apis/demo/v1/foo_types.ts'), line: 12, column: 4 },
    'did you mean +kubebuilder:validation:Minimum?',
  );
  expect(formatDiagnostic(d, { cwd })).toBe(
    'apis/demo/v1/foo_types.ts:12:4 - error KG1001: unknown marker +kubebuilder:validation:Minimun\n' +
      '  did you mean +kubebuilder:validation:Minimum?',
  );
});

test('a diagnostic with no position prints without one', () => {
  expect(formatDiagnostic(warning('KG9003', 'bad option'), { cwd })).toBe('warning KG9003: bad option');
});

test('a closing count line follows several diagnostics', () => {
  const text = formatDiagnostics([error('KG1', 'a'), error('KG2', 'b'), warning('KG3', 'c')], { cwd });
  expect(text.split('\n').slice(-1)[0]).toBe('Found 2 errors and 1 warning.');
});

test('sorting is by file, line, column and code, whatever the input order', () => {
  const at = (file: string, line: number, column: number) => ({ file, line, column });
  const ds = [
    error('KG2', 'x', at('b.ts', 1, 1)),
    error('KG1', 'x', at('a.ts', 2, 1)),
    error('KG1', 'x', at('a.ts', 1, 5)),
    error('KG0', 'x', at('a.ts', 1, 5)),
  ];
  const sorted = sortDiagnostics(ds).map((d) => `${d.position!.file}:${d.position!.line}:${d.position!.column}:${d.code}`);
  expect(sorted).toEqual(['a.ts:1:5:KG0', 'a.ts:1:5:KG1', 'a.ts:2:1:KG1', 'b.ts:1:1:KG2']);
  expect(sortDiagnostics([...ds].reverse())).toEqual(sortDiagnostics(ds));
});
