import type { Generator } from '@kubegen/emit';
import { conversionGenerator } from '@kubegen/gen-conversion';
import { crdGenerator } from '@kubegen/gen-crd';
import { openApiGenerator } from '@kubegen/gen-openapi';
import { deepCopyGenerator } from '@kubegen/gen-deepcopy';
import { defaultsGenerator } from '@kubegen/gen-defaults';
import { rbacGenerator } from '@kubegen/gen-rbac';
import { listTypesGenerator, registerGenerator } from '@kubegen/gen-register';
import { validationGenerator } from '@kubegen/gen-validation';
import { webhookGenerator } from '@kubegen/gen-webhook';
import { defaultMarkerRegistry } from '@kubegen/markers';
import { loadApiModel } from '@kubegen/model';
import { startOutputStager } from './output-stager';
import { startWorkerHelper } from './parallel';
import type { Toolkit } from './pipeline';

/**
 * The built-in generators, in the order they run. Adding one is one line here (plus the package's
 * dependency and tsconfig reference); its markers are then known whether or not it is selected.
 */
export const builtinGenerators: readonly Generator<object>[] = [
  deepCopyGenerator,
  registerGenerator,
  listTypesGenerator,
  conversionGenerator,
  defaultsGenerator,
  validationGenerator,
  crdGenerator,
  openApiGenerator,
  rbacGenerator,
  webhookGenerator,
];

/** The production toolkit: the built-in generators and the ts-morph model loader. */
export const builtinToolkit: Toolkit = {
  generators: builtinGenerators,
  startHelper: startWorkerHelper,
  createStager: startOutputStager,
  loadModel({ root, sourceRoots, markers }) {
    const registry = defaultMarkerRegistry();
    // A generator may bring a marker the shared catalogue later adopted; the catalogue's entry wins.
    for (const definition of markers)
      if (!registry.get(definition.name)) registry.register(definition);
    return loadApiModel({ root, sourceRoots, registry });
  },
};
