import * as fs from 'node:fs';
import { ts } from 'ts-morph';

/** The compiler options of the one program a run may need: no lib, no types, no emit. */
const COMPILER_OPTIONS: ts.CompilerOptions = {
  noLib: true,
  types: [],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  noEmit: true,
  skipLibCheck: true,
};

/**
 * Parses a file as the loader reads it. Comments are read from the text, so JSDoc is not parsed into
 * trees; parents are set because diagnostics find a node's file through them.
 */
export function parseSourceFile(filePath: string, text: string): ts.SourceFile {
  return ts.createSourceFile(
    filePath,
    text,
    { languageVersion: ts.ScriptTarget.ES2022, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    true,
  );
}

/**
 * The parsed files of a loader, by absolute path: each file is parsed once and kept until it changes on
 * disk (a re-parse makes a new syntax tree, which is how package memos notice). The type checker is built
 * only when a bare npm import must be followed to its `.d.ts`.
 */
export class SourceTree {
  private files = new Map<string, ts.SourceFile>();
  /** Bumped by every change to the set of trees, so that a kept program is rebuilt after it. */
  private version = 0;
  private program?: { version: number; program: ts.Program };

  /** The parsed file at that absolute path, if it was added. */
  get(filePath: string): ts.SourceFile | undefined {
    return this.files.get(filePath);
  }

  /** Reads and parses a file (it must exist), replacing any earlier tree of it. */
  add(filePath: string): ts.SourceFile {
    const sourceFile = parseSourceFile(filePath, fs.readFileSync(filePath, 'utf8'));
    this.files.set(filePath, sourceFile);
    this.version += 1;
    return sourceFile;
  }

  /** The kept tree of a file, or a new one read from disk. */
  getOrAdd(filePath: string): ts.SourceFile {
    return this.files.get(filePath) ?? this.add(filePath);
  }

  /** Forgets a file. */
  remove(filePath: string): void {
    if (this.files.delete(filePath)) this.version += 1;
  }

  /** Re-reads a file: a deleted file is forgotten, an unchanged one keeps its tree, a changed one is re-parsed. */
  refresh(filePath: string): void {
    const known = this.files.get(filePath);
    let text: string;
    try {
      text = fs.readFileSync(filePath, 'utf8');
    } catch {
      this.remove(filePath);
      return;
    }
    if (known && known.text === text) return;
    this.files.set(filePath, parseSourceFile(filePath, text));
    this.version += 1;
  }

  /** The absolute paths of every kept file. */
  paths(): string[] {
    return [...this.files.keys()];
  }

  /** A type checker over every kept file; the files it reaches (npm `.d.ts`) are kept too, so nodes stay the same. */
  typeChecker(): ts.TypeChecker {
    if (this.program?.version !== this.version) {
      const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
      host.getSourceFile = (fileName) => {
        const known = this.files.get(fileName);
        if (known) return known;
        const text = ts.sys.readFile(fileName);
        if (text === undefined) return undefined;
        const parsed = parseSourceFile(fileName, text);
        this.files.set(fileName, parsed);
        return parsed;
      };
      const program = ts.createProgram({
        rootNames: this.paths(),
        options: COMPILER_OPTIONS,
        host,
        oldProgram: this.program?.program,
      });
      this.program = { version: this.version, program };
    }
    return this.program.program.getTypeChecker();
  }
}
