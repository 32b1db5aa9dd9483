import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/*
 * Remembers, for an unformatted generated text, the hash of what prettier made of it. When the file on
 * disk has that hash, the file is up to date and prettier need not run: a `--check`, a no-op `generate`
 * and a watch rebuild format only what really changed. The cache never decides what is written: a miss
 * formats as before, so output bytes do not depend on it.
 */

const CACHE_DIR = path.join('node_modules', '.cache', 'kubegen');

/** Hash of a text (or bytes), as stored in the cache. */
export function textHash(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** Format results kept in memory for the process (watch mode) and on disk under node_modules/.cache. */
export class FormatCache {
  private readonly used = new Map<string, string>();

  private constructor(
    private readonly file: string | undefined,
    private readonly known: Map<string, string>,
    private readonly salt: string,
  ) {}

  /** Opens the project's cache; `salt` names the formatter and its options, so a new prettier starts afresh. */
  static async open(root: string, salt: string): Promise<FormatCache> {
    const shared = processCaches.get(root);
    if (shared && shared.salt === salt) return shared;
    const file = await usableCacheFile(root);
    const known = new Map<string, string>();
    if (file) {
      try {
        const data = JSON.parse(await fs.readFile(file, 'utf8')) as {
          salt?: string;
          entries?: Record<string, string>;
        };
        if (data.salt === salt)
          for (const [k, v] of Object.entries(data.entries ?? {})) known.set(k, v);
      } catch {
        // No cache yet, or an unreadable one: start empty.
      }
    }
    const cache = new FormatCache(file, known, salt);
    processCaches.set(root, cache);
    return cache;
  }

  /** The hash of the formatted text for this unformatted text, if known. */
  formattedHash(unformatted: string): string | undefined {
    const key = textHash(unformatted);
    const value = this.known.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  /** Records what prettier made of a text. */
  remember(unformatted: string, formatted: string): void {
    const key = textHash(unformatted);
    const value = textHash(formatted);
    this.known.set(key, value);
    this.used.set(key, value);
  }

  /** Writes the entries this run used (so the cache stays as large as the project's output). */
  async save(): Promise<void> {
    if (!this.file || this.used.size === 0) return;
    const entries = Object.fromEntries([...this.used].sort(([a], [b]) => (a < b ? -1 : 1)));
    try {
      await fs.mkdir(path.dirname(this.file), { recursive: true });
      const temporary = `${this.file}.${process.pid}.tmp`;
      await fs.writeFile(temporary, JSON.stringify({ salt: this.salt, entries }));
      await fs.rename(temporary, this.file);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }
}

const processCaches = new Map<string, FormatCache>();

/**
 * The cache file when the project has a node_modules folder (as babel, eslint and jest keep theirs).
 * Named after the project's folder: node_modules may be shared (a workspace, a symlink), and each
 * project keeps only the entries its last run used.
 */
async function usableCacheFile(root: string): Promise<string | undefined> {
  try {
    await fs.access(path.join(root, 'node_modules'));
    return path.join(root, CACHE_DIR, `format-${textHash(path.resolve(root)).slice(0, 16)}.json`);
  } catch {
    return undefined;
  }
}
