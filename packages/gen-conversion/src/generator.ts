import type { Diagnostic } from '@kubegen/diagnostics';
import { indexTypes, inScope, type GeneratedFile, type Generator } from '@kubegen/emit';
import type { MarkerDefinition } from '@kubegen/markers';
import { LOSSLESS_MARKER, planLostFields } from './lost-fields';
import { findPackagePairs } from './peers';
import { planPackage } from './plan';
import { handWrittenProblems, missingConversions } from './problems';
import { writeConversionFile } from './writer';

/** File name of a version package's generated conversions. */
export const CONVERSION_FILE = 'zz_generated.conversion.ts';

/** The markers this generator reads beyond the shared catalogue. */
export const conversionGeneratorMarkers: readonly MarkerDefinition[] = [
  {
    name: LOSSLESS_MARKER,
    targets: ['package', 'type'],
    value: { type: 'bool' },
    help: 'false: do not keep hub fields this version lacks in the conversion-data annotation (lossy round trips)',
    owner: 'conversion',
  },
];

/**
 * Generates `zz_generated.conversion.ts` in every version package that converts to a hub: the internal package
 * named by `+k8s:conversion-gen=<path>` (code-generator's style) or the group's `+kubebuilder:storageversion`
 * version (kubebuilder's hub and spokes).
 */
export const conversionGenerator: Generator = {
  name: 'conversion',
  description: 'conversions between versions and their hub: convert_<a>_<T>_To_<b>_<T>, registerConversions (zz_generated.conversion.ts)',
  markers: conversionGeneratorMarkers,
  perGroup: true,
  generate(model, options, scope) {
    const types = indexTypes(model);
    const { pairs, diagnostics } = findPackagePairs(model);
    const problems: Diagnostic[] = [...diagnostics];
    const files: GeneratedFile[] = [];
    for (const pair of pairs) {
      if (!inScope(pair.spoke.group, scope)) continue;
      const plan = planPackage(pair, types);
      const lost = planLostFields(plan, types);
      const own = [...handWrittenProblems(plan), ...missingConversions(plan, lost)];
      problems.push(...own);
      if (own.length === 0 && plan.types.length > 0) files.push(writeConversionFile(plan, lost, types, options));
    }
    return { files: files.sort((a, b) => (a.path < b.path ? -1 : 1)), diagnostics: problems };
  },
  preformatted: true,
};
