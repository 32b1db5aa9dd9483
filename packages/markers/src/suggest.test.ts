import { defaultMarkerRegistry } from './registry';
import { suggestMarker } from './suggest';

const registry = defaultMarkerRegistry();

describe('suggestMarker', () => {
  it.each([
    ['kubebuilder:validation:enum', 'kubebuilder:validation:Enum'],
    ['kubebuilder:validation:maximum', 'kubebuilder:validation:Maximum'],
    ['kubebuilder:validaton:Minimum', 'kubebuilder:validation:Minimum'],
    ['kubebuilder:printcolumns', 'kubebuilder:printcolumn'],
    ['kubebuilder:validation:nullable', 'nullable'],
    ['kubebuilder:validation:Default', 'kubebuilder:default'],
    ['optinal', 'optional'],
  ])('%s → %s', (name, meant) => {
    expect(suggestMarker(name, registry)).toBe(meant);
  });

  it('prefers markers allowed at the target', () => {
    // `+kubebuilder:validation:optional` on a package: the package-level Optional, found case-insensitively.
    expect(suggestMarker('kubebuilder:validation:optional', registry, 'package')).toBe(
      'kubebuilder:validation:Optional',
    );
    expect(suggestMarker('listtype', registry, 'field')).toBe('listType');
  });

  it('suggests nothing for a name far from every marker', () => {
    expect(suggestMarker('kubebuilder:completely:different:thing', registry)).toBeUndefined();
  });
});
