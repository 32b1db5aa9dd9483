import { Codes } from '@kubegen/diagnostics';
import { Cursor, MarkerSyntaxError, readBare } from './cursor';
import { closest } from './edit-distance';
import { setOwn } from './json-value';
import type { MarkerDefinition, MarkerValue } from './types';
import { readValue } from './value-parser';

/** Reports one problem at an offset of the line; `hintPrefix` goes before the usage line in the hint. */
export type ReportAt = (code: string, message: string, offset: number, hintPrefix?: string) => void;

const anyType = { type: 'any' } as const;

/**
 * Reads `arg1=v1,arg2=v2` from `start` to the end of `text` against the arguments of `definition`.
 * Returns the object keyed by argument name, or undefined when something was reported.
 */
export function readNamedArgs(
  text: string,
  start: number,
  definition: MarkerDefinition,
  markerOffset: number,
  report: ReportAt,
): MarkerValue | undefined {
  const args = definition.args ?? {};
  const c = new Cursor(text, start);
  const out: { [key: string]: MarkerValue } = {};
  const given = new Set<string>();
  let failed = false;
  for (;;) {
    c.skipSpaces();
    const nameStart = c.pos;
    const name = readBare(c, '=,').token;
    const argument = Object.prototype.hasOwnProperty.call(args, name) ? args[name] : undefined;
    if (name === '') {
      report(
        Codes.MalformedMarkerValue,
        `expected an argument name, found ${c.describeHere()}`,
        nameStart,
      );
      return undefined;
    }
    if (!argument) {
      const meant = closest(name, Object.keys(args), Math.max(2, Math.floor(name.length / 3)));
      const did = meant ? `did you mean ${meant}? ` : '';
      report(
        Codes.UnknownMarkerArgument,
        `+${definition.name} has no argument \`${name}\``,
        nameStart,
        did,
      );
      failed = true;
    } else if (given.has(name)) {
      report(Codes.MalformedMarkerValue, `argument \`${name}\` is given twice`, nameStart);
      failed = true;
    }
    given.add(name);
    c.skipSpaces();
    if (c.peek() === '=') {
      c.pos++;
      try {
        const value = readValue(c, argument?.type ?? anyType, { depth: 0, legacyList: true });
        if (argument) setOwn(out, name, value);
      } catch (e) {
        if (!(e instanceof MarkerSyntaxError)) throw e;
        report(
          Codes.MalformedMarkerValue,
          `argument \`${name}\` of +${definition.name}: ${e.message}`,
          e.offset,
        );
        return undefined;
      }
    } else if (argument?.type.type === 'bool') {
      setOwn(out, name, true);
    } else if (argument) {
      report(
        Codes.MissingMarkerArgument,
        `argument \`${name}\` of +${definition.name} needs a value`,
        nameStart,
      );
      failed = true;
    }
    c.skipSpaces();
    if (c.atEnd()) break;
    if (c.peek() !== ',') {
      report(
        Codes.MalformedMarkerValue,
        `unexpected ${c.describeHere()} after argument \`${name}\``,
        c.pos,
      );
      return undefined;
    }
    c.pos++;
  }
  for (const [name, argument] of Object.entries(args)) {
    if (argument.optional || given.has(name)) continue;
    report(
      Codes.MissingMarkerArgument,
      `+${definition.name} is missing its argument \`${name}\``,
      markerOffset,
    );
    failed = true;
  }
  return failed ? undefined : out;
}
