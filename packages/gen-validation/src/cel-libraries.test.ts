import { typeErrors, loadModule, withGenerated } from '../../emit/src/__tests__/compile';
import { ModelBuilder, field, marker, t } from '../../emit/src/__tests__/model-builder';
import { listTypesGenerator } from '@kubegen/gen-register';
import type { FieldError } from '@kubegen/runtime';
import { validationGenerator } from './generator';

// A generated validator running a rule of the Kubernetes quantity library, end to end.

const PKG = 'apis/gadgets/v1';
const TYPES = `import type { ObjectMeta, TypeMeta, Quantity } from '@kubegen/runtime';
export interface Gadget extends TypeMeta { metadata?: ObjectMeta; spec?: GadgetSpec }
export interface GadgetSpec { memory?: Quantity }
`;
const RULE = "!has(self.memory) || quantity(self.memory).compareTo(quantity('1Gi')) <= 0";

function gadgetModel() {
  const b = new ModelBuilder();
  const pkg = b.package(PKG, 'gadgets.example.com');
  pkg.kind('Gadget', [field('spec', t.named(PKG, 'GadgetSpec'))]);
  pkg.struct('GadgetSpec', [field('memory', t.meta('Quantity'))], {
    markers: [marker('kubebuilder:validation:XValidation', { rule: RULE, message: 'memory must be at most 1Gi' })],
  });
  return b.build();
}

const model = gadgetModel();
const result = validationGenerator.generate(model, {});
const files = withGenerated({ [`${PKG}/types.ts`]: TYPES }, [...result.files, ...listTypesGenerator.generate(model, {}).files]);
const validate = (memory: unknown) =>
  (loadModule(files, `${PKG}/zz_generated.validation.ts`).validateGadget as (obj: unknown) => FieldError[])({
    apiVersion: 'gadgets.example.com/v1',
    kind: 'Gadget',
    metadata: { name: 'g', namespace: 'default' },
    spec: { memory },
  });

describe('a generated validator with a quantity() rule', () => {
  it('is generated without diagnostics and type-checks', () => {
    expect(result.diagnostics).toEqual([]);
    expect(typeErrors(files)).toEqual([]);
  });

  it('compares quantities by value, across suffixes', () => {
    expect(validate('1024Mi')).toEqual([]);
    expect(validate('1073741824')).toEqual([]);
    expect(validate('0.5Gi')).toEqual([]);
    expect(validate(undefined)).toEqual([]);
    expect(validate('1025Mi')).toEqual([
      { type: 'FieldValueInvalid', field: 'spec', badValue: 'object', detail: 'memory must be at most 1Gi' },
    ]);
    expect(validate('2G')).toHaveLength(1);
  });
});
