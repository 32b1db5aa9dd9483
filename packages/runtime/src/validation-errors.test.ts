import {
  aboveMaximum,
  belowMinimum,
  isInt32,
  noMatch,
  notMultipleOf,
  notSupportedAt,
  pathAt,
  requiredAt,
  tooFewItems,
  tooFewProperties,
  tooLongAt,
  tooManyAt,
  tooShort,
  wrongType,
} from './validation-errors';
import { invalid, notSupported, required, tooLong, tooMany, typeInvalid } from './field-errors';
import { pathText } from './validation-helpers';

describe('pathAt', () => {
  it('joins the path steps and the tail below them, as pathText joins them all', () => {
    expect(pathAt(['.spec', '.template.spec', '.containers', 2], '.name')).toBe('spec.template.spec.containers[2].name');
    expect(pathAt(['.spec'], ['.limits', '[cpu]'])).toBe('spec.limits[cpu]');
    expect(pathAt([], ['.items', 0, '.key'])).toBe('items[0].key');
    expect(pathAt([], '.replicas')).toBe('replicas');
    expect(pathAt([], '')).toBe('');
    expect(pathAt([], [3])).toBe('[3]');
    expect(pathAt(['.spec'], '')).toBe('spec');
  });

  it('agrees with pathText over the concatenated steps', () => {
    const cases: [(string | number)[], (string | number)[]][] = [
      [[], []],
      [['.a'], ['.b.c', 1, '[k]']],
      [[0, '.x'], ['[y]']],
      [['[k]'], ['.z']],
    ];
    for (const [path, tail] of cases) expect(pathAt(path, tail)).toBe(pathText([...path, ...tail]));
  });
});

describe('the error helpers', () => {
  const path = ['.spec'];
  it('build the errors the API server reports, at the path below the steps', () => {
    expect(requiredAt(path, '.name')).toEqual(required('spec.name', ''));
    expect(wrongType(path, '.name', 1, 'string')).toEqual(typeInvalid('spec.name', 1, 'must be of type string'));
    expect(tooLongAt(path, '.name', 'abc', 2)).toEqual(tooLong('spec.name', 'abc', 2));
    expect(tooShort(path, '.name', 'a', 2)).toEqual(invalid('spec.name', 'a', 'should be at least 2 chars long'));
    expect(noMatch(path, '.name', 'A', '^[a-z/]+$')).toEqual(invalid('spec.name', 'A', "should match '^[a-z/]+$'"));
    expect(belowMinimum(path, '.n', -1, 0)).toEqual(invalid('spec.n', -1, 'should be greater than or equal to 0'));
    expect(belowMinimum(path, '.n', 0, 0, true)).toEqual(invalid('spec.n', 0, 'should be greater than 0'));
    expect(aboveMaximum(path, '.n', 11, 10)).toEqual(invalid('spec.n', 11, 'should be less than or equal to 10'));
    expect(aboveMaximum(path, '.n', 1, 1, true)).toEqual(invalid('spec.n', 1, 'should be less than 1'));
    expect(aboveMaximum(path, '.n', 2, 1.5)).toEqual(invalid('spec.n', 2, 'should be less than or equal to 1.5'));
    expect(notMultipleOf(path, '.n', 7, 5)).toEqual(invalid('spec.n', 7, 'should be a multiple of 5'));
    expect(notSupportedAt(path, '.m', 'x', ['A', 'B'])).toEqual(notSupported('spec.m', 'x', ['A', 'B']));
    expect(tooManyAt(path, '.l', 4, 3)).toEqual(tooMany('spec.l', 4, 3));
    expect(tooFewItems(path, '.l', 0, 1)).toEqual(invalid('spec.l', 0, 'should have at least 1 items'));
    expect(tooFewProperties(path, '.o', 0, 2)).toEqual(invalid('spec.o', 0, 'should have at least 2 properties'));
  });
});

describe('isInt32', () => {
  it("is true within int32's range only", () => {
    expect([-(2 ** 31), 0, 2 ** 31 - 1].map(isInt32)).toEqual([true, true, true]);
    expect([-(2 ** 31) - 1, 2 ** 31].map(isInt32)).toEqual([false, false]);
  });
});
