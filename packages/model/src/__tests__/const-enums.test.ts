import { DOC, loadTree, where } from './write-tree';

const POLICY = (markers: string, consts: string) => `/**
 * ConcurrencyPolicy says how runs may overlap.
 * ${markers}
 */
export type ConcurrencyPolicy = string;

${consts}
`;

const CONSTS = `/** Replace cancels the running job. */
export const ReplaceConcurrent: ConcurrencyPolicy = 'Replace';
export const AllowConcurrent: ConcurrencyPolicy = 'Allow';
export const ForbidConcurrent: ConcurrencyPolicy = 'Forbid';
/** Not of the type: left out. */
export const Other = 'Other';
export const Again: ConcurrencyPolicy = 'Allow';
`;

function policyOf(files: Record<string, string>) {
  const result = loadTree({ 'apis/test/v1/doc.ts': DOC, ...files });
  const type = result.model.packages[0]?.types.find((t) => t.name === 'ConcurrencyPolicy');
  return { result, type };
}

describe('+k8s:enum and +enum on a string type', () => {
  test.each(['+k8s:enum', '+enum'])(
    '%s makes the type an enum of its constants, sorted by JSON text',
    (marker) => {
      const { result, type } = policyOf({ 'apis/test/v1/policy_types.ts': POLICY(marker, CONSTS) });
      expect(result.diagnostics).toEqual([]);
      expect(type?.shape).toMatchObject({ form: 'enum', values: ['Allow', 'Forbid', 'Replace'] });
    },
  );

  test('keeps each constant with its doc comment, markers included, as gengo reads it', () => {
    const { result, type } = policyOf({
      'apis/test/v1/policy_types.ts': POLICY(
        '+enum',
        `/**
 * ReplaceConcurrent cancels the running job
 * and starts a new one.
 * +someMarker
 */
export const ReplaceConcurrent: ConcurrencyPolicy = 'Replace';
// AllowConcurrent allows overlapping runs.
export const AllowConcurrent: ConcurrencyPolicy = 'Allow';
export const ForbidConcurrent: ConcurrencyPolicy = 'Forbid';
/** Again is a second Allow with a longer comment, so it wins. */
export const Again: ConcurrencyPolicy = 'Allow';
`,
      ),
    });
    expect(result.diagnostics).toEqual([]);
    expect(type?.shape.form === 'enum' && type.shape.constants).toEqual([
      {
        name: 'Again',
        value: 'Allow',
        comment: 'Again is a second Allow with a longer comment, so it wins.',
      },
      { name: 'ForbidConcurrent', value: 'Forbid', comment: '' },
      {
        name: 'ReplaceConcurrent',
        value: 'Replace',
        comment: 'ReplaceConcurrent cancels the running job and starts a new one. +someMarker',
      },
    ]);
  });

  test('constants in another file of the package count', () => {
    const { result, type } = policyOf({
      'apis/test/v1/policy_types.ts': POLICY('+k8s:enum', ''),
      'apis/test/v1/policy_values.ts': `import type { ConcurrencyPolicy } from './policy_types';\n\n${CONSTS}`,
    });
    expect(result.diagnostics).toEqual([]);
    expect(type?.shape).toMatchObject({ form: 'enum', values: ['Allow', 'Forbid', 'Replace'] });
  });

  test('without the marker the type stays a string alias', () => {
    const { type } = policyOf({ 'apis/test/v1/policy_types.ts': POLICY('', CONSTS) });
    expect(type?.shape.form).toBe('alias');
  });

  test('on a type that is not a string it is KG2017 at the marker', () => {
    const { result } = policyOf({
      'apis/test/v1/policy_types.ts':
        "import type { int32 } from '@kubegen/runtime';\n\n/**\n * +k8s:enum\n */\nexport type ConcurrencyPolicy = int32;\n",
    });
    expect(where(result)).toEqual(['KG2017 policy_types.ts:4:4']);
  });

  test('with no constant of the type it is KG2018 with the constant to write', () => {
    const { result } = policyOf({ 'apis/test/v1/policy_types.ts': POLICY('+k8s:enum', '') });
    expect(where(result)).toEqual(['KG2018 policy_types.ts:3:4']);
    expect(result.diagnostics[0].hint).toContain(
      "export const ConcurrencyPolicyExample: ConcurrencyPolicy = 'Example';",
    );
  });
});
