import { correlatedItem, mapListIndex } from './list-correlation';

describe('correlatedItem', () => {
  const keys = ['name', 'protocol'];
  const old = [
    { name: 'http', protocol: 'TCP', port: 80 },
    { name: 'http', protocol: 'UDP', port: 81 },
    { name: 'http', protocol: 'TCP', port: 82 },
    { name: 'dns' },
    'not an object',
  ];
  const index = mapListIndex(old, keys);

  it('finds the old item with the same values of every key field, whatever its index', () => {
    expect(correlatedItem(index, { protocol: 'UDP', name: 'http', port: 1 }, keys)).toBe(old[1]);
  });

  it('keeps the first of old items with equal keys', () => {
    expect(correlatedItem(index, { name: 'http', protocol: 'TCP' }, keys)).toBe(old[0]);
  });

  it('matches nothing for an item with a missing or non-scalar key, or that is no object', () => {
    expect(correlatedItem(index, { name: 'dns' }, keys)).toBeUndefined();
    expect(correlatedItem(index, { name: 'http', protocol: { x: 1 } }, keys)).toBeUndefined();
    expect(correlatedItem(index, 'http', keys)).toBeUndefined();
  });

  it('tells keys of different types apart (1 is not "1")', () => {
    const numbered = mapListIndex([{ id: 1 }], ['id']);
    expect(correlatedItem(numbered, { id: '1' }, ['id'])).toBeUndefined();
    expect(correlatedItem(numbered, { id: 1 }, ['id'])).toEqual({ id: 1 });
  });

  it('has nothing to match when the old value is not a list', () => {
    expect(mapListIndex(undefined, keys)).toBeUndefined();
    expect(mapListIndex({ name: 'http' }, keys)).toBeUndefined();
    expect(correlatedItem(undefined, { name: 'http', protocol: 'TCP' }, keys)).toBeUndefined();
  });
});
