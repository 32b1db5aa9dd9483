import type { ApiType, EnumConstant } from '@kubegen/model';
import { goQuote } from '@kubegen/runtime';
import { withEnumValueLines } from './enum-description';

/** A named string type with the given markers, enum of `constants`. */
function enumType(markers: string[], constants: EnumConstant[] | string[]): ApiType {
  const values = constants.map((c) => (typeof c === 'string' ? c : c.value));
  const withConstants = typeof constants[0] === 'string' ? {} : { constants };
  return {
    name: 'Policy',
    markers: markers.map((name) => ({ name })),
    shape: { form: 'enum', values, ...withConstants },
  } as unknown as ApiType;
}

const POLICY = enumType(
  ['enum'],
  [
    {
      name: 'PolicyReplace',
      value: 'Replace',
      comment: '  PolicyReplace cancels the\trunning job  and starts a new one. ',
    },
    { name: 'PolicyAllow', value: 'Allow', comment: 'allows overlapping runs' },
    { name: 'PolicyForbid', value: 'Forbid', comment: '' },
  ],
);

describe('withEnumValueLines (kube-openapi enum.go)', () => {
  test('appends a blank line, the header and one sorted line per constant, its name trimmed', () => {
    expect(withEnumValueLines('How runs overlap.', POLICY)).toBe(
      [
        'How runs overlap.',
        '',
        'Possible enum values:',
        ' - `"Allow"` allows overlapping runs',
        ' - `"Forbid"`',
        ' - `"Replace"` cancels the running job and starts a new one.',
      ].join('\n'),
    );
  });

  test('a property without a description gets the paragraph alone', () => {
    expect(withEnumValueLines(undefined, POLICY)).toMatch(/^Possible enum values:\n - `"Allow"`/);
  });

  test('a union of literals marked +enum lists its values without comments', () => {
    expect(withEnumValueLines('Heat.', enumType(['enum'], ['Mild', 'Hot']))).toBe(
      'Heat.\n\nPossible enum values:\n - `"Hot"`\n - `"Mild"`',
    );
  });

  test('only +enum counts: kube-openapi does not read +k8s:enum', () => {
    expect(withEnumValueLines('How.', enumType(['k8s:enum'], ['A']))).toBe('How.');
    expect(withEnumValueLines('How.', undefined)).toBe('How.');
  });

  test('values are quoted as Go %q quotes them', () => {
    expect(goQuote('a"b\\c\n\u0001é')).toBe('"a\\"b\\\\c\\n\\x01é"');
  });
});
