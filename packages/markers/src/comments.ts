import type { SourcePosition } from '@kubegen/diagnostics';
import type { CommentLine } from './types';

/**
 * Splits comment source text (`// …` runs, `/* … *\/`, `/** … *\/`, or several of them) into lines without the
 * comment syntax: `//` or a leading ` * ` is removed with one following space, as Go's doc comments are read.
 * `start` is the position of the first character of `raw`; every line keeps its exact position.
 */
export function splitComment(raw: string, start: SourcePosition): CommentLine[] {
  const positionOf = positionsIn(raw, start);
  const lines: CommentLine[] = [];
  const push = (from: number, to: number): void => {
    lines.push({ text: raw.slice(from, to).trimEnd(), position: positionOf(from) });
  };
  let i = 0;
  while (i < raw.length) {
    if (raw.startsWith('//', i)) {
      const end = lineEnd(raw, i);
      push(skipOneSpace(raw, i + 2), end);
      i = end;
    } else if (raw.startsWith('/*', i)) {
      i = splitBlock(raw, i, push);
    } else {
      i++;
    }
  }
  return lines;
}

/** Splits the block comment opening at `open`; returns the index after it. */
function splitBlock(raw: string, open: number, push: (from: number, to: number) => void): number {
  const isDoc = raw.startsWith('/**', open) && !raw.startsWith('/**/', open);
  const contentStart = open + (isDoc ? 3 : 2);
  const close = raw.indexOf('*/', contentStart);
  const contentEnd = close < 0 ? raw.length : close;
  let from = contentStart;
  let first = true;
  for (;;) {
    const newline = raw.indexOf('\n', from);
    const to = newline < 0 || newline > contentEnd ? contentEnd : newline;
    const last = to === contentEnd;
    let textStart = from;
    if (!first) {
      while (textStart < to && (raw[textStart] === ' ' || raw[textStart] === '\t')) textStart++;
      if (raw[textStart] === '*') textStart++;
    }
    textStart = skipOneSpace(raw, textStart);
    const blank = raw.slice(textStart, to).trim() === '';
    // The `/**` line and the ` */` line carry no text of their own.
    if (!(blank && ((first && !last) || (last && !first)))) push(Math.min(textStart, to), to);
    if (last) break;
    from = to + 1;
    first = false;
  }
  return close < 0 ? raw.length : close + 2;
}

function skipOneSpace(raw: string, i: number): number {
  return raw[i] === ' ' ? i + 1 : i;
}

function lineEnd(raw: string, i: number): number {
  const newline = raw.indexOf('\n', i);
  return newline < 0 ? raw.length : newline;
}

/** Maps an index of `raw` to its source position, the first line starting at `start`. */
function positionsIn(raw: string, start: SourcePosition): (index: number) => SourcePosition {
  const lineStarts = [0];
  for (let i = 0; i < raw.length; i++) if (raw[i] === '\n') lineStarts.push(i + 1);
  return (index) => {
    let k = lineStarts.length - 1;
    while (lineStarts[k] > index) k--;
    const column = (k === 0 ? start.column : 1) + index - lineStarts[k];
    return { file: start.file, line: start.line + k, column };
  };
}
