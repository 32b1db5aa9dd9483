import { evaluateCel } from './compile';

// The cases of cel-go's ext/sets_test.go (the sets extension the API server's CEL environment includes):
// numbers compare across int, uint and double, lists by their items, duplicates and order do not count.
describe("cel-go's sets extension", () => {
  it.each([
    'sets.contains([], [])',
    'sets.contains([1], [])',
    'sets.contains([1], [1])',
    'sets.contains([1], [1, 1])',
    'sets.contains([1, 1], [1])',
    'sets.contains([2, 1], [1])',
    'sets.contains([1, 2, 3, 4], [2, 3])',
    'sets.contains([1], [1.0, 1u])',
    'sets.contains([1, 2], [2u, 2.0])',
    'sets.contains([1, 2u], [2, 2.0])',
    'sets.contains([1, 2.0, 3u], [1.0, 2u, 3])',
    'sets.contains([[1], [2, 3]], [[2, 3.0]])',
    '!sets.contains([1], [2])',
    '!sets.contains([1], [1, 2])',
    '!sets.contains([1], ["1", 1])',
    '!sets.contains([1], [1.1, 1u])',
    'sets.equivalent([], [])',
    'sets.equivalent([1], [1, 1])',
    'sets.equivalent([1], [1u, 1.0])',
    'sets.equivalent([1, 2, 3], [3u, 2.0, 1])',
    'sets.equivalent([[1.0], [2, 3]], [[1], [2, 3.0]])',
    '!sets.equivalent([2, 1], [1])',
    '!sets.equivalent([1], [1, 2])',
    '!sets.equivalent([1, 2], [2u, 2, 2.0])',
    'sets.intersects([1], [1])',
    'sets.intersects([1], [1, 1])',
    'sets.intersects([1, 1], [1])',
    'sets.intersects([2, 1], [1])',
    'sets.intersects([1], [1, 2])',
    'sets.intersects([1], [1.0, 2])',
    'sets.intersects([1, 2], [2u, 2, 2.0])',
    'sets.intersects([1, 2], [1u, 2, 2.0])',
    'sets.intersects([[1], [2, 3]], [[1, 2], [2, 3.0]])',
    '!sets.intersects([], [])',
    '!sets.intersects([1], [])',
    '!sets.intersects([1], [2])',
    '!sets.intersects([1], ["1", 2])',
    '!sets.intersects([1], [1.1, 2u])',
  ])('%s', (rule) => {
    expect(evaluateCel(rule, {})).toBe(true);
  });

  it('works on the fields of the object being validated', () => {
    const self = { allowed: ['a', 'b', 'c'], requested: ['c', 'a'] };
    expect(evaluateCel('sets.contains(self.allowed, self.requested)', self)).toBe(true);
    expect(evaluateCel("sets.contains(self.allowed, self.requested + ['d'])", self)).toBe(false);
  });
});
