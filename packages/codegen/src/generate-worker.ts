/*
 * The helper process of one-shot generation (parallel.ts): loads the model as the main process does and
 * runs the `perGroup` generators for the second share of the groups.
 */
import { builtinGenerators, builtinToolkit } from './builtins';
import {
  writeShare,
  type ShareMessage,
  modelFingerprint,
  runShare,
  splitGroups,
  type HelperRequest,
  type HelperResult,
} from './parallel';

async function main(request: HelperRequest): Promise<void> {
  const selected = builtinGenerators.filter((g) => request.generators.includes(g.name));
  const loaded = await builtinToolkit.loadModel({
    root: request.root,
    sourceRoots: request.sourceRoots,
    markers: builtinGenerators.flatMap((g) => g.markers ?? []),
  });
  const [, theirs] = splitGroups(loaded.model);
  const share = runShare(selected, loaded.model, request.generatorOptions, theirs);
  const result: HelperResult = { ...share, fingerprint: modelFingerprint(loaded.model) };
  const message: ShareMessage = { file: writeShare(result) };
  process.send!(message, () => process.disconnect());
}

process.once('message', (request) => {
  main(request as HelperRequest).catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exit(1);
  });
});
