import { PRINT_WIDTH } from './typescript-file';

/*
 * A small copy of prettier's document model and line-fitting algorithm, so that generators can lay
 * out long statements exactly as `prettier.format` would and the pipeline can skip formatting them.
 */

/** A layout document: text, a sequence, or one of the layout commands below. */
export type Doc = string | readonly Doc[] | Group | Indent | Line | IfBreak;

interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  readonly shouldBreak: boolean;
  /** Alternatives tried in order when the group does not fit flat (prettier's conditionalGroup). */
  readonly states?: readonly Doc[];
}
interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
}
interface Line {
  readonly kind: 'line';
  readonly soft: boolean;
  readonly hard: boolean;
}
interface IfBreak {
  readonly kind: 'ifBreak';
  readonly broken: Doc;
  readonly flat: Doc;
}

/** A line break when the enclosing group breaks, else a space. */
export const line: Doc = { kind: 'line', soft: false, hard: false };
/** A line break when the enclosing group breaks, else nothing. */
export const softline: Doc = { kind: 'line', soft: true, hard: false };
/** Always a line break; breaks every enclosing group. */
export const hardline: Doc = { kind: 'line', soft: false, hard: true };

/** Contents printed on one line when they fit, else with their lines broken. */
export function group(contents: Doc, shouldBreak = false): Doc {
  return { kind: 'group', contents, shouldBreak: shouldBreak || containsHardline(contents) };
}

/** Tries each state in turn: the first flat, then the others as prettier's conditionalGroup does. */
export function conditionalGroup(states: readonly Doc[]): Doc {
  return { kind: 'group', contents: states[0], shouldBreak: false, states };
}

/** Contents whose broken lines are indented two more spaces. */
export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents };
}

/** `broken` when the enclosing group breaks, else `flat`. */
export function ifBreak(broken: Doc, flat: Doc = ''): Doc {
  return { kind: 'ifBreak', broken, flat };
}

/** `docs` with `separator` between each two. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((d, i) => (i === 0 ? [d] : [separator, d]));
}

function containsHardline(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (isArray(doc)) return doc.some(containsHardline);
  switch (doc.kind) {
    case 'line':
      return doc.hard;
    case 'group':
      return doc.shouldBreak;
    case 'indent':
      return containsHardline(doc.contents);
    case 'ifBreak':
      return containsHardline(doc.broken);
  }
}

function isArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

type Mode = 'flat' | 'break';
interface Command {
  indent: number;
  mode: Mode;
  doc: Doc;
}

/**
 * Prints `doc` as prettier would, its first line starting at column `indentWidth` (which is also the
 * indentation of its broken lines); returns the text without the leading indentation.
 */
export function printDoc(doc: Doc, indentWidth = 0, width = PRINT_WIDTH): string {
  let out = '';
  let pos = indentWidth;
  const cmds: Command[] = [{ indent: indentWidth, mode: 'break', doc }];
  while (cmds.length > 0) {
    const { indent: ind, mode, doc: d } = cmds.pop() as Command;
    if (typeof d === 'string') {
      out += d;
      pos += d.length;
      continue;
    }
    if (isArray(d)) {
      for (let i = d.length - 1; i >= 0; i--) cmds.push({ indent: ind, mode, doc: d[i] });
      continue;
    }
    switch (d.kind) {
      case 'indent':
        cmds.push({ indent: ind + 2, mode, doc: d.contents });
        break;
      case 'ifBreak':
        cmds.push({ indent: ind, mode, doc: mode === 'break' ? d.broken : d.flat });
        break;
      case 'line':
        if (mode === 'flat' && !d.hard) {
          if (!d.soft) {
            out += ' ';
            pos += 1;
          }
        } else {
          out = out.replace(/[ \t]+$/, '') + '\n' + ' '.repeat(ind);
          pos = ind;
        }
        break;
      case 'group':
        cmds.push(chooseGroupLayout(d, ind, mode, cmds, width - pos));
        break;
    }
  }
  return out;
}

function chooseGroupLayout(g: Group, ind: number, mode: Mode, rest: readonly Command[], room: number): Command {
  if (mode === 'flat') return { indent: ind, mode: g.shouldBreak ? 'break' : 'flat', doc: g.contents };
  const flat: Command = { indent: ind, mode: 'flat', doc: g.contents };
  if (!g.shouldBreak && fits(flat, rest, room)) return flat;
  if (g.states === undefined) return { indent: ind, mode: 'break', doc: g.contents };
  for (const state of g.states.slice(1, -1)) {
    const attempt: Command = { indent: ind, mode: 'flat', doc: state };
    if (fits(attempt, rest, room)) return attempt;
  }
  return { indent: ind, mode: 'break', doc: g.states[g.states.length - 1] };
}

/** Whether `next` fits in `room` columns up to its first line break, counting what follows it on the line. */
function fits(next: Command, rest: readonly Command[], room: number): boolean {
  let restIndex = rest.length;
  const cmds: { mode: Mode; doc: Doc }[] = [next];
  while (room >= 0) {
    const cmd = cmds.pop();
    if (cmd === undefined) {
      if (restIndex === 0) return true;
      cmds.push(rest[--restIndex]);
      continue;
    }
    const { mode, doc } = cmd;
    if (typeof doc === 'string') {
      room -= doc.length;
    } else if (isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) cmds.push({ mode, doc: doc[i] });
    } else {
      switch (doc.kind) {
        case 'indent':
          cmds.push({ mode, doc: doc.contents });
          break;
        case 'ifBreak':
          cmds.push({ mode, doc: mode === 'break' ? doc.broken : doc.flat });
          break;
        case 'group': {
          const groupMode = doc.shouldBreak ? 'break' : mode;
          const contents = doc.states !== undefined && groupMode === 'break' ? doc.states[doc.states.length - 1] : doc.contents;
          cmds.push({ mode: groupMode, doc: contents });
          break;
        }
        case 'line':
          if (mode === 'break' || doc.hard) return true;
          if (!doc.soft) room -= 1;
          break;
      }
    }
  }
  return false;
}
