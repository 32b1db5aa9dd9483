import { Codes } from '@kubegen/diagnostics';
import { splitComment } from './comments';
import { readCommentMarkers } from './comment-markers';
import { defaultMarkerRegistry } from './registry';
import type { MarkerTarget } from './types';

const registry = defaultMarkerRegistry();
const read = (lines: string[], target: MarkerTarget = 'field') =>
  readCommentMarkers(
    splitComment(lines.map((l) => `// ${l}`).join('\n'), { file: 'f.ts', line: 1, column: 1 }),
    target,
    registry,
  );

describe('readCommentMarkers: description', () => {
  it('drops marker lines and TODO lines, keeps blank lines, trims leading and trailing blanks', () => {
    const { doc, markers } = read([
      '',
      'Replicas is the count.',
      '+optional',
      'TODO: remove',
      '',
      'More text.',
      '',
      '+kubebuilder:default=1',
      '',
    ]);
    expect(doc).toBe('Replicas is the count.\n\nMore text.');
    expect(markers.map((m) => m.name)).toEqual(['optional', 'kubebuilder:default']);
  });

  it('drops everything after a `---` line but still reads its markers', () => {
    const { doc, markers } = read(['Visible.', '---', 'Hidden.', '+optional']);
    expect(doc).toBe('Visible.');
    expect(markers.map((m) => m.name)).toEqual(['optional']);
  });

  it('keeps `---` and TODO inside ``` fences', () => {
    expect(read(['Example:', '```', '---', 'TODO x', '```', 'End.']).doc).toBe(
      'Example:\n```\n---\nTODO x\n```\nEnd.',
    );
  });

  it('removes every `+` line from the description, known or not; keeps `+` inside text', () => {
    expect(read(['A + B is fine.', '+1 for this idea']).doc).toBe('A + B is fine.');
  });

  it('keeps one blank line of a run, as Go doc comments do', () => {
    expect(read(['One.', '', '', 'Two.']).doc).toBe('One.\n\nTwo.');
  });
});

describe('readCommentMarkers: diagnostics', () => {
  it('collects every problem of the block together', () => {
    const { diagnostics, markers } = read([
      '+optinal',
      '+kubebuilder:validation:Minimum=x',
      '+kubebuilder:validation:MaxLength=3',
    ]);
    expect(diagnostics.map((d) => [d.code, d.position?.line])).toEqual([
      [Codes.NearMissBareMarker, 1],
      [Codes.MalformedMarkerValue, 2],
    ]);
    expect(markers.map((m) => m.name)).toEqual(['kubebuilder:validation:MaxLength']);
  });

  it('KG1007 a non-repeatable marker repeated, at the second one', () => {
    const { diagnostics } = read([
      '+kubebuilder:validation:Minimum=1',
      'text',
      '+kubebuilder:validation:Minimum=2',
    ]);
    expect(diagnostics).toMatchObject([
      { code: Codes.RepeatedMarker, position: { line: 3, column: 4 } },
    ]);
    expect(diagnostics[0].message).toContain('line 1');
  });

  it('allows repeatable markers to repeat, keeping source order', () => {
    const { diagnostics, markers } = read(['+listMapKey=name', '+listMapKey=protocol']);
    expect(diagnostics).toEqual([]);
    expect(markers.map((m) => m.value)).toEqual(['name', 'protocol']);
  });

  it('KG1008 conflicting requiredness markers', () => {
    const { diagnostics } = read(['+optional', '+required']);
    expect(diagnostics).toMatchObject([{ code: Codes.ConflictingMarkers, position: { line: 2 } }]);
    expect(read(['+optional', '+kubebuilder:validation:Required']).diagnostics).toEqual([]);
  });
});
