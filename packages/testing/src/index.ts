export { arbitraryFor } from './arbitrary';
export type { ArbitraryOptions } from './arbitrary';
export * as metaArbitraries from './meta-arbitraries';
export { expectNoSharedReferences } from './shared-references';
export { copyFixture, repoRoot, writeTree } from './temp-tree';
