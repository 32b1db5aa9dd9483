import { evaluateCel } from './compile';

const run = (rule: string) => evaluateCel(rule, {});
const errorOf = (rule: string) => {
  const result = run(rule);
  return result instanceof Error ? result.message : `no error, got ${String(result)}`;
};

// The cases of cel-go's ext/lists_test.go for the functions of ListsVersion(3).
describe("cel-go's lists extension", () => {
  it.each([
    '[1,2,3,4].slice(0, 4) == [1,2,3,4]',
    '[1,2,3,4].slice(0, 0) == []',
    '[1,2,3,4].slice(1, 1) == []',
    '[1,2,3,4].slice(4, 4) == []',
    '[1,2,3,4].slice(1, 3) == [2, 3]',
    'dyn([]).flatten() == []',
    'dyn([1,2,3,4]).flatten() == [1,2,3,4]',
    '[1,[2,[3,4]]].flatten() == [1,2,[3,4]]',
    '[1,2,[],[],[3,4]].flatten() == [1,2,3,4]',
    '[1,[2,[3,4]]].flatten(2) == [1,2,3,4]',
    '[1,[2,[3,[4]]]].flatten(0) == [1,[2,[3,[4]]]]',
    'lists.range(4) == [0,1,2,3]',
    'lists.range(0) == []',
    '[5,1,2,3].reverse() == [3,2,1,5]',
    '[].reverse() == []',
    '[1].reverse() == [1]',
    "['are', 'you', 'as', 'bored', 'as', 'I', 'am'].reverse() == ['am', 'I', 'as', 'bored', 'as', 'you', 'are']",
    '[].sort() == []',
    '[1].sort() == [1]',
    '[4, 3, 2, 1].sort() == [1, 2, 3, 4]',
    '["d", "a", "b", "c"].sort() == ["a", "b", "c", "d"]',
    '[].distinct() == []',
    '[1].distinct() == [1]',
    '[-2, 5, -2, 1, 1, 5, -2, 1].distinct() == [-2, 5, 1]',
    "['c', 'a', 'a', 'b', 'a', 'b', 'c', 'c'].distinct() == ['c', 'a', 'b']",
    '[1, 2.0, "c", 3, "c", 1].distinct() == [1, 2.0, "c", 3]',
    '[1, 1.0, 2, 2u].distinct() == [1, 2]',
    '[[1], [1], [2]].distinct() == [[1], [2]]',
    '[1, 2, 3].first().value() == 1',
    '![].first().hasValue()',
    '[1, 2, 3].last().value() == 3',
    '![].last().hasValue()',
  ])('%s', (rule) => {
    expect(run(rule)).toBe(true);
  });

  it.each([
    ['[1,2,3,4].slice(3, 0)', 'cannot slice(3, 0), start index must be less than or equal to end index'],
    ['[1,2,3,4].slice(0, 10)', 'cannot slice(0, 10), list is length 4'],
    ['[1,2,3,4].slice(-5, 10)', 'cannot slice(-5, 10), negative indexes not supported'],
    ['[1,[2,[3,[4]]]].flatten(-1)', 'level must be non-negative'],
    ['["d", 3, 2, "c"].sort()', 'list elements must have the same type'],
    ['[[1], [2]].sort()', 'list elements must be comparable'],
  ])('%s fails: %s', (rule, message) => {
    expect(errorOf(rule)).toContain(message);
  });
});
