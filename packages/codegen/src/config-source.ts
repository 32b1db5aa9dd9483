import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { SourcePosition } from '@kubegen/diagnostics';
import type { Locate } from './config-validate';

/** A configuration value read from a file, with a way to find where a value at a path was written. */
export interface LoadedConfig {
  raw: unknown;
  locate: Locate;
}

/**
 * Parses JSON or YAML text; `base` is the path of the configuration inside the document (`['kubegen']`
 * in package.json). Positions of keys come from the YAML parser, which reads JSON as well.
 */
export function parseDataConfig(
  file: string,
  text: string,
  base: readonly string[] = [],
): { loaded?: LoadedConfig; problem?: { message: string; position: SourcePosition } } {
  const isJson = path.extname(file) === '.json';
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (e) {
      const message = `${path.basename(file)} is not valid JSON: ${(e as Error).message}`;
      return { problem: { message, position: { file, line: 1, column: 1 } } };
    }
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const { line, col } = lineCounter.linePos(first.pos[0]);
    const message = `${path.basename(file)} is not valid YAML: ${first.message.split('\n')[0]}`;
    return { problem: { message, position: { file, line, column: col } } };
  }
  const whole = doc.toJS() as unknown;
  const raw = base.reduce<unknown>(
    (value, key) => (isRecord(value) ? value[key] : undefined),
    whole,
  );
  const locate: Locate = (at) => {
    const offset = offsetOf(doc.contents, [...base, ...at]);
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  return { loaded: { raw, locate } };
}

/** The offset of the key (for a map entry) or item (for a list) deepest along `at` that exists. */
function offsetOf(node: unknown, at: readonly (string | number)[]): number {
  let current = node;
  let offset = rangeStart(node);
  for (const step of at) {
    if (isMap(current)) {
      const pair = current.items.find((p) => isScalar(p.key) && p.key.value === step);
      if (!pair) break;
      offset = rangeStart(pair.key);
      current = pair.value;
    } else if (isSeq(current) && typeof step === 'number' && current.items[step]) {
      current = current.items[step];
      offset = rangeStart(current);
    } else break;
  }
  return offset;
}

function rangeStart(node: unknown): number {
  return (node as Node | undefined)?.range?.[0] ?? 0;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
