import { splitComment } from './comments';

const at = (line: number, column: number) => ({ file: 'f.ts', line, column });

describe('splitComment', () => {
  it('splits a run of // comments, dropping `//` and one space', () => {
    const raw = '// Foo is a thing.\n  //   indented\n  //+kubebuilder:object:root=true\n  //';
    expect(splitComment(raw, at(3, 1))).toEqual([
      { text: 'Foo is a thing.', position: at(3, 4) },
      { text: '  indented', position: at(4, 6) },
      { text: '+kubebuilder:object:root=true', position: at(5, 5) },
      { text: '', position: at(6, 5) },
    ]);
  });

  it('counts the first line from the start column', () => {
    expect(splitComment('// +optional', at(10, 5))).toEqual([
      { text: '+optional', position: at(10, 8) },
    ]);
  });

  it('reads a one-line /* */ and /** */', () => {
    expect(splitComment('/* +optional */', at(2, 3))).toEqual([
      { text: '+optional', position: at(2, 6) },
    ]);
    expect(splitComment('/** How many. */', at(2, 3))).toEqual([
      { text: 'How many.', position: at(2, 7) },
    ]);
  });

  it('strips ` * ` prefixes of a /** */ block and keeps exact columns', () => {
    const raw = [
      '/**',
      '   * Replicas is the count.',
      '   *',
      '   * +kubebuilder:validation:Minimum=0',
      '   */',
    ].join('\n');
    expect(splitComment(raw, at(20, 3))).toEqual([
      { text: 'Replicas is the count.', position: at(21, 6) },
      { text: '', position: at(22, 5) },
      { text: '+kubebuilder:validation:Minimum=0', position: at(23, 6) },
    ]);
  });

  it('reads a /* */ block without star prefixes and text on the closing line', () => {
    const raw = '/* first\n   second\n   +optional */';
    expect(splitComment(raw, at(1, 1))).toEqual([
      { text: 'first', position: at(1, 4) },
      { text: 'second', position: at(2, 4) },
      { text: '+optional', position: at(3, 4) },
    ]);
  });

  it('handles CRLF line ends and several comments in one text', () => {
    const raw = '/** Doc. */\r\n// +optional\r\n';
    expect(splitComment(raw, at(1, 1))).toEqual([
      { text: 'Doc.', position: at(1, 5) },
      { text: '+optional', position: at(2, 4) },
    ]);
  });

  it('keeps text after an unterminated block', () => {
    expect(splitComment('/* +optional', at(1, 1))).toEqual([
      { text: '+optional', position: at(1, 4) },
    ]);
  });
});
