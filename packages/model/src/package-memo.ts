import type { ts } from 'ts-morph';
import type { Diagnostic } from '@kubegen/diagnostics';
import type { LoadContext, PackageInfo, TypeDeclaration, TypeHome } from './context';
import { collectPackageTypes } from './package-types';
import type { SourceTree } from './source-tree';
import type { ApiType } from './types';

/**
 * A long-lived loader's memory of each package's collected types. Collecting a package reads its own
 * files and the files its types reach (imports, bases, aliases); when none of them was re-parsed since,
 * the next load reuses the types, the diagnostics and the external types reached instead of converting
 * again. Watch mode's model rebuild then costs about one package, not the whole tree.
 */
export class PackageMemo {
  private entries = new Map<string, MemoEntry>();

  /** Forgets everything (files were added or removed: a name may now resolve elsewhere). */
  clear(): void {
    this.entries.clear();
  }

  /** The package's types: remembered when nothing they were read from changed, else collected anew. */
  collect(info: PackageInfo, ctx: LoadContext): ApiType[] {
    const key = infoKey(info);
    const known = this.entries.get(info.dir);
    if (known && known.key === key && unchanged(known.files, ctx.tree)) {
      ctx.diagnostics.push(...known.diagnostics);
      for (const [declaration, home] of known.externals)
        if (!ctx.types.has(declaration) && !ctx.pendingExternal.has(declaration))
          ctx.pendingExternal.set(declaration, home);
      return known.types;
    }
    const tracker = { files: new Set<ts.SourceFile>(info.files), externals: new Map() };
    const before = ctx.diagnostics.length;
    ctx.tracker = tracker;
    try {
      const types = collectPackageTypes(info, ctx);
      this.entries.set(info.dir, {
        key,
        files: [...tracker.files],
        types,
        diagnostics: ctx.diagnostics.slice(before),
        externals: [...tracker.externals],
      });
      return types;
    } finally {
      ctx.tracker = undefined;
    }
  }
}

interface MemoEntry {
  key: string;
  /** Every syntax tree the collection read (a re-parse or a removal replaces it in the source tree). */
  files: ts.SourceFile[];
  types: ApiType[];
  diagnostics: Diagnostic[];
  externals: [TypeDeclaration, TypeHome][];
}

function unchanged(files: MemoEntry['files'], tree: SourceTree): boolean {
  return files.every((file) => tree.get(file.fileName) === file);
}

/** What the package is, apart from its files: classification can change when other folders change. */
function infoKey(info: PackageInfo): string {
  return JSON.stringify([
    info.dir,
    info.name,
    info.group,
    info.version,
    info.internal,
    info.home,
    info.files.map((f) => f.fileName),
    info.markers.map((m) => [m.name, m.value]),
  ]);
}
