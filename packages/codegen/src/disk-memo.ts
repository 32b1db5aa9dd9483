import * as fs from 'node:fs/promises';

/**
 * What a long-lived session last saw of each generated file on disk: its text and its stat. A file
 * whose new text is the one remembered, and whose size and mtime did not move, is up to date without
 * being read. Watch mode compares every generated file on every run; most are the last run's.
 */
export class DiskMemo {
  private readonly seen = new Map<string, { contents: string; mtimeMs: number; size: number }>();

  /** Whether `file` (absolute) certainly holds `contents`, judged from memory and a stat. */
  async holds(file: string, contents: string): Promise<boolean> {
    const known = this.seen.get(file);
    if (!known || known.contents !== contents) return false;
    const stat = await fs.stat(file).catch(() => undefined);
    return stat !== undefined && stat.mtimeMs === known.mtimeMs && stat.size === known.size;
  }

  /** Records that `file` (absolute) now holds `contents`. */
  async remember(file: string, contents: string): Promise<void> {
    const stat = await fs.stat(file).catch(() => undefined);
    if (stat) this.seen.set(file, { contents, mtimeMs: stat.mtimeMs, size: stat.size });
    else this.seen.delete(file);
  }
}
