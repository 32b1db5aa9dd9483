import {
  formatGroupVersion,
  formatGroupVersionKind,
  fromAPIVersionAndKind,
  parseGroupVersion,
  toAPIVersionAndKind,
} from './group-version';
import { SchemeError } from './scheme-error';

describe('group/version helpers', () => {
  it('parses apiVersion strings as schema.ParseGroupVersion', () => {
    expect(parseGroupVersion('demo.example.com/v1beta1')).toEqual({
      group: 'demo.example.com',
      version: 'v1beta1',
    });
    expect(parseGroupVersion('v1')).toEqual({ group: '', version: 'v1' });
    expect(parseGroupVersion('')).toEqual({ group: '', version: '' });
    expect(() => parseGroupVersion('a/b/c')).toThrow(SchemeError);
    expect(() => parseGroupVersion('a/b/c')).toThrow('unexpected GroupVersion string: a/b/c');
  });

  it('formats the core group as the bare version', () => {
    expect(formatGroupVersion({ group: '', version: 'v1' })).toBe('v1');
    expect(formatGroupVersion({ group: 'apps', version: 'v1' })).toBe('apps/v1');
  });

  it('round-trips apiVersion and kind', () => {
    const gvk = { group: 'apps', version: 'v1', kind: 'Deployment' };
    expect(toAPIVersionAndKind(gvk)).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment' });
    expect(fromAPIVersionAndKind('apps/v1', 'Deployment')).toEqual(gvk);
    expect(fromAPIVersionAndKind('a/b/c', 'X')).toEqual({ group: '', version: '', kind: 'X' });
  });

  it('formats a GroupVersionKind as Go does', () => {
    expect(formatGroupVersionKind({ group: 'apps', version: 'v1', kind: 'Deployment' })).toBe(
      'apps/v1, Kind=Deployment',
    );
  });
});
