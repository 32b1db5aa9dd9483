import { error, uniqueDiagnostics, warning } from './diagnostic';
import { Codes } from './codes';

describe('uniqueDiagnostics', () => {
  const at = (line: number) => ({ file: '/p/apis/a.ts', line, column: 3 });

  it('keeps the first of each repeated problem, in order', () => {
    const a = error(Codes.UnknownMarker, 'unknown marker', at(1));
    const b = error(Codes.UnknownMarker, 'unknown marker', at(2));
    const c = warning(Codes.UnknownMarker, 'unknown marker', at(1));
    const d = error(Codes.UnknownMarker, 'unknown marker', undefined);
    const unique = uniqueDiagnostics([a, b, { ...a }, c, d, { ...d, hint: 'another hint' }, b]);
    expect(unique).toEqual([a, b, c, d]);
  });
});
