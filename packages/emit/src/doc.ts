import { PRINT_WIDTH } from './typescript-file';

/*
 * A small copy of prettier's document model and line-fitting algorithm, so that generators can lay
 * out long statements exactly as `prettier.format` would and the pipeline can skip formatting them.
 */

/** A layout document: text, a sequence, or one of the layout commands below. */
export type Doc = string | readonly Doc[] | Group | Indent | IndentIfBreak | Line | IfBreak | Fill;

interface Group {
  readonly kind: 'group';
  readonly contents: Doc;
  readonly shouldBreak: boolean;
  /** Alternatives tried in order when the group does not fit flat (prettier's conditionalGroup). */
  readonly states?: readonly Doc[];
  /** Names the group so that an `indentIfBreak` elsewhere can follow its layout. */
  readonly id?: symbol;
}
interface Indent {
  readonly kind: 'indent';
  readonly contents: Doc;
}
interface IndentIfBreak {
  readonly kind: 'indentIfBreak';
  readonly contents: Doc;
  readonly groupId: symbol;
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
  /** Follows the group of this name instead of the enclosing one. */
  readonly groupId?: symbol;
}
interface Fill {
  readonly kind: 'fill';
  /** Contents and separators, alternating: `[content, separator, content, …]`. */
  readonly parts: readonly Doc[];
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

/** A group named `id`, whose chosen layout `indentIfBreak(…, id)` follows. */
export function groupWithId(id: symbol, contents: Doc): Doc {
  return { kind: 'group', contents, shouldBreak: containsHardline(contents), id };
}

/** Contents indented two more spaces when the group named `groupId` was printed broken. */
export function indentIfBreak(contents: Doc, groupId: symbol): Doc {
  return { kind: 'indentIfBreak', contents, groupId };
}

/** Tries each state in turn: the first flat, then the others as prettier's conditionalGroup does. */
export function conditionalGroup(states: readonly Doc[]): Doc {
  return { kind: 'group', contents: states[0], shouldBreak: false, states };
}

/** Contents whose broken lines are indented two more spaces. */
export function indent(contents: Doc): Doc {
  return { kind: 'indent', contents };
}

/** `broken` when the enclosing group (or the group named `groupId`) breaks, else `flat`. */
export function ifBreak(broken: Doc, flat: Doc = '', groupId?: symbol): Doc {
  return { kind: 'ifBreak', broken, flat, groupId };
}

/** As many contents per line as fit, each separator breaking only when the next content does not fit. */
export function fill(parts: readonly Doc[]): Doc {
  return { kind: 'fill', parts };
}

/** `docs` with `separator` between each two. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const out: Doc[] = new Array(Math.max(0, docs.length * 2 - 1));
  for (let i = 0; i < docs.length; i++) {
    if (i > 0) out[2 * i - 1] = separator;
    out[2 * i] = docs[i];
  }
  return out;
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
    case 'indentIfBreak':
      return containsHardline(doc.contents);
    case 'ifBreak':
      return containsHardline(doc.broken);
    case 'fill':
      return doc.parts.some(containsHardline);
  }
}

function isArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}

type Mode = 'flat' | 'break';

/*
 * Most of a generated file is small groups printed flat. A document that prints the same in flat mode
 * wherever it stands (no hard line, no group that must break, nothing that follows a named group) is
 * printed in one recursive pass, with no layout commands for its parts.
 */

/** The text `doc` prints in flat mode, or undefined when that depends on where it stands. */
function flatText(doc: Doc): string | undefined {
  const text = flatTextWithin(doc, Infinity);
  return typeof text === 'string' ? text : undefined;
}

/** A group with no layout of its own to choose beyond flat or broken (no hard line, no name, no states). */
function isPlainGroup(g: Group): boolean {
  return !g.shouldBreak && g.id === undefined && g.states === undefined;
}

const TOO_LONG = Symbol('too long');
const NOT_FLAT = Symbol('not flat');

/**
 * The flat text of `doc` when it is at most `room` long; TOO_LONG as soon as it is longer (so a long
 * document is not walked to its end); NOT_FLAT when its flat text depends on where it stands (see
 * `flatText`) before it got too long: `fits` decides those.
 */
function flatTextWithin(doc: Doc, room: number): string | typeof TOO_LONG | typeof NOT_FLAT {
  const pieces: string[] = [];
  const budget = { room };
  const result = appendFlatWithin(doc, pieces, budget);
  return result === true ? pieces.join('') : result;
}

function appendFlatWithin(
  doc: Doc,
  pieces: string[],
  budget: { room: number },
): true | typeof TOO_LONG | typeof NOT_FLAT {
  if (typeof doc === 'string') {
    pieces.push(doc);
    return (budget.room -= doc.length) < 0 ? TOO_LONG : true;
  }
  if (isArray(doc)) {
    for (const d of doc) {
      const r = appendFlatWithin(d, pieces, budget);
      if (r !== true) return r;
    }
    return true;
  }
  switch (doc.kind) {
    case 'indent':
    case 'indentIfBreak':
      return appendFlatWithin(doc.contents, pieces, budget);
    case 'ifBreak':
      return doc.groupId === undefined ? appendFlatWithin(doc.flat, pieces, budget) : NOT_FLAT;
    case 'fill':
      for (const d of doc.parts) {
        const r = appendFlatWithin(d, pieces, budget);
        if (r !== true) return r;
      }
      return true;
    case 'group':
      return isPlainGroup(doc) ? appendFlatWithin(doc.contents, pieces, budget) : NOT_FLAT;
    case 'line':
      if (doc.hard) return NOT_FLAT;
      if (doc.soft) return true;
      pieces.push(' ');
      return --budget.room < 0 ? TOO_LONG : true;
  }
}

/** Whether what follows on the current line (the commands still to run) fits in `room` columns. */
function fitsAfter(rest: readonly Command[], room: number, groupModes: GroupModes): boolean {
  return room >= 0 && fits({ indent: 0, mode: 'flat', doc: '' }, rest, room, groupModes);
}

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
  // Pieces, joined once at the end: trimming a long string with a regex at every line break is quadratic.
  const out: string[] = [];
  let pos = indentWidth;
  const cmds: Command[] = [{ indent: indentWidth, mode: 'break', doc }];
  const groupModes = new Map<symbol, Mode>();
  while (cmds.length > 0) {
    const { indent: ind, mode, doc: d } = cmds.pop() as Command;
    if (typeof d === 'string') {
      out.push(d);
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
      case 'indentIfBreak':
        cmds.push({
          indent: groupModes.get(d.groupId) === 'break' ? ind + 2 : ind,
          mode,
          doc: d.contents,
        });
        break;
      case 'ifBreak': {
        const groupMode = d.groupId === undefined ? mode : (groupModes.get(d.groupId) ?? 'flat');
        cmds.push({ indent: ind, mode, doc: groupMode === 'break' ? d.broken : d.flat });
        break;
      }
      case 'fill':
        cmds.push(...fillLayout(d.parts, ind, mode, groupModes, width - pos));
        break;
      case 'line':
        if (mode === 'flat' && !d.hard) {
          if (!d.soft) {
            out.push(' ');
            pos += 1;
          }
        } else {
          trimTrailingBlanks(out);
          out.push('\n' + ' '.repeat(ind));
          pos = ind;
        }
        break;
      case 'group': {
        if (mode === 'break' && isPlainGroup(d)) {
          // One bounded pass both measures the flat layout and prints it (`fits` then `flatText` would walk it twice).
          const room = width - pos;
          const text = flatTextWithin(d.contents, room);
          if (text !== NOT_FLAT) {
            if (text !== TOO_LONG && fitsAfter(cmds, room - text.length, groupModes)) {
              out.push(text);
              pos += text.length;
            } else cmds.push({ indent: ind, mode: 'break', doc: d.contents });
            break;
          }
        }
        const chosen = chooseGroupLayout(d, ind, mode, cmds, width - pos, groupModes);
        if (d.id !== undefined) groupModes.set(d.id, chosen.mode);
        const text = chosen.mode === 'flat' ? flatText(chosen.doc) : undefined;
        if (text !== undefined) {
          out.push(text);
          pos += text.length;
        } else cmds.push(chosen);
        break;
      }
    }
  }
  return out.join('');
}

/** Removes spaces and tabs at the end of the printed pieces, as prettier trims a line before breaking it. */
function trimTrailingBlanks(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1];
    let end = last.length;
    while (end > 0 && (last.charCodeAt(end - 1) === 32 || last.charCodeAt(end - 1) === 9)) end--;
    if (end > 0) {
      if (end < last.length) out[out.length - 1] = last.slice(0, end);
      return;
    }
    out.pop();
  }
}

type GroupModes = Map<symbol, Mode>;

function chooseGroupLayout(
  g: Group,
  ind: number,
  mode: Mode,
  rest: readonly Command[],
  room: number,
  groupModes: GroupModes,
): Command {
  if (mode === 'flat')
    return { indent: ind, mode: g.shouldBreak ? 'break' : 'flat', doc: g.contents };
  const flat: Command = { indent: ind, mode: 'flat', doc: g.contents };
  if (!g.shouldBreak && fits(flat, rest, room, groupModes)) return flat;
  if (g.states === undefined) return { indent: ind, mode: 'break', doc: g.contents };
  for (const state of g.states.slice(1, -1)) {
    const attempt: Command = { indent: ind, mode: 'flat', doc: state };
    if (fits(attempt, rest, room, groupModes)) return attempt;
  }
  return { indent: ind, mode: 'break', doc: g.states[g.states.length - 1] };
}

/**
 * The commands that print the first content of a fill and its separator (pushed last, run first),
 * then the rest of the fill, as prettier decides them: a separator breaks when the content after
 * it does not fit on the line.
 */
function fillLayout(
  parts: readonly Doc[],
  ind: number,
  mode: Mode,
  groupModes: GroupModes,
  room: number,
): Command[] {
  if (parts.length === 0) return [];
  const [content, separator] = parts;
  const contentFlat: Command = { indent: ind, mode: 'flat', doc: content };
  const contentBroken: Command = { indent: ind, mode: 'break', doc: content };
  const contentFits = fits(contentFlat, [], room, groupModes, true);
  if (parts.length === 1) return [contentFits ? contentFlat : contentBroken];
  const separatorFlat: Command = { indent: ind, mode: 'flat', doc: separator };
  const separatorBroken: Command = { indent: ind, mode: 'break', doc: separator };
  if (parts.length === 2)
    return contentFits ? [separatorFlat, contentFlat] : [separatorBroken, contentBroken];
  const remaining: Command = { indent: ind, mode, doc: fill(parts.slice(2)) };
  const pair: Command = { indent: ind, mode: 'flat', doc: [content, separator, parts[2]] };
  if (fits(pair, [], room, groupModes, true)) return [remaining, separatorFlat, contentFlat];
  return contentFits
    ? [remaining, separatorBroken, contentFlat]
    : [remaining, separatorBroken, contentBroken];
}

/**
 * Whether `next` fits in `room` columns up to its first line break, counting what follows it on the
 * line; with `mustBeFlat`, a group that must break does not fit.
 */
function fits(
  next: Command,
  rest: readonly Command[],
  room: number,
  groupModes: GroupModes,
  mustBeFlat = false,
): boolean {
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
        case 'indentIfBreak':
          cmds.push({ mode, doc: doc.contents });
          break;
        case 'ifBreak': {
          const groupMode =
            doc.groupId === undefined ? mode : (groupModes.get(doc.groupId) ?? 'flat');
          cmds.push({ mode, doc: groupMode === 'break' ? doc.broken : doc.flat });
          break;
        }
        case 'fill':
          for (let i = doc.parts.length - 1; i >= 0; i--) cmds.push({ mode, doc: doc.parts[i] });
          break;
        case 'group': {
          if (mustBeFlat && doc.shouldBreak) return false;
          const groupMode = doc.shouldBreak ? 'break' : mode;
          const contents =
            doc.states !== undefined && groupMode === 'break'
              ? doc.states[doc.states.length - 1]
              : doc.contents;
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
