import type { ApiType } from '@kubegen/model';

/** Name of the file that declares a package's synthetic list types. */
export const LISTS_FILE = 'zz_generated.lists.ts';

/**
 * The module specifier `fromFile` uses to import `toFile` (both relative to the project root, `/`
 * separators): `.ts` stripped, `./` prefixed for siblings and children.
 */
export function relativeModule(fromFile: string, toFile: string): string {
  const from = fromFile.split('/').slice(0, -1);
  const to = stripTsExtension(toFile).split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) {
    common++;
  }
  const ups = from.length - common;
  const rest = to.slice(common).join('/');
  return ups === 0 ? `./${rest}` : `${'../'.repeat(ups)}${rest}`;
}

function stripTsExtension(file: string): string {
  return file.replace(/(\.d)?\.(ts|tsx|mts|cts)$/, '');
}

/** The module `fromFile` imports an API type from: its file, its package's lists file, or its npm module. */
export function moduleOfType(type: ApiType, fromFile: string): string {
  if (type.module !== undefined) {
    return type.module;
  }
  if (type.synthetic) {
    return relativeModule(fromFile, `${type.package}/${LISTS_FILE}`);
  }
  return relativeModule(fromFile, type.file);
}

/** Path of a generated file of a package: `apis/demo/v1` + `zz_generated.deepcopy.ts`. */
export function packageFile(packageDir: string, fileName: string): string {
  return `${packageDir}/${fileName}`;
}
