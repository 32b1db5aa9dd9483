import * as path from 'node:path';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel, type ApiModel } from '@kubegen/model';

/** The fixtures every document test covers, with their source roots. */
export const FIXTURES: { name: string; sourceRoots: string[] }[] = [
  { name: 'demo', sourceRoots: ['apis'] },
  { name: 'kitchen-sink', sourceRoots: ['apis', 'controllers'] },
  { name: 'apps', sourceRoots: ['apis'] },
  { name: 'operator', sourceRoots: ['apis'] },
  { name: 'wardle', sourceRoots: ['apis'] },
];

const cache = new Map<string, ApiModel>();

/** The model of a fixture, loaded once per test file. */
export function fixtureModel(name: string): ApiModel {
  const cached = cache.get(name);
  if (cached) return cached;
  const fixture = FIXTURES.find((f) => f.name === name)!;
  const root = path.resolve(__dirname, '../../../../fixtures', name);
  const { model } = loadApiModel({
    root,
    sourceRoots: fixture.sourceRoots,
    registry: defaultMarkerRegistry(),
  });
  cache.set(name, model);
  return model;
}
