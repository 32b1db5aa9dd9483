import * as fs from 'node:fs';
import fc from 'fast-check';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel } from '@kubegen/model';
import type { ApiModel } from '@kubegen/model';
import { arbitraryFor } from './arbitrary';
import { copyFixture } from './temp-tree';
import { conformanceProblems } from './__tests__/conforms';

/* The arbitraries on a model the loader built from fixtures/apps, and the fixture itself. */

const DEPLOYMENT = 'apis/apps/v1#Deployment';
let root: string;
let model: ApiModel;

beforeAll(() => {
  root = copyFixture('apps');
  const result = loadApiModel({ root, registry: defaultMarkerRegistry() });
  expect(result.diagnostics).toEqual([]);
  model = result.model;
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('fixtures/apps through the loader', () => {
  it('is a Deployment kind with the pod types', () => {
    const types =
      model.packages.find((p) => p.dir === 'apis/apps/v1')?.types.map((t) => t.name) ?? [];
    expect(types).toEqual(
      expect.arrayContaining([
        'Deployment',
        'DeploymentList',
        'PodSpec',
        'Container',
        'EnvVarSource',
        'Volume',
        'Probe',
      ]),
    );
    expect(
      model.packages[0].types.find((t) => t.name === 'Deployment')?.kind?.subresources.scale,
    ).toBeDefined();
  });

  it('yields Deployments that conform to the loaded model', () => {
    fc.assert(
      fc.property(arbitraryFor(model, DEPLOYMENT), (deployment) => {
        expect(conformanceProblems(model, DEPLOYMENT, deployment)).toEqual([]);
        expect(deployment).toMatchObject({ apiVersion: 'apps.example.com/v1', kind: 'Deployment' });
      }),
      { numRuns: 50 },
    );
  });

  it('reaches the pod template containers within the default depth', () => {
    const containers = fc
      .sample(arbitraryFor(model, DEPLOYMENT), { numRuns: 200, seed: 11 })
      .flatMap(
        (d) =>
          (d as { spec?: { template: { spec?: { containers: unknown[] } } } }).spec?.template.spec
            ?.containers ?? [],
      );
    expect(containers.some((c) => Object.keys(c as object).length > 1)).toBe(true);
  });
});
