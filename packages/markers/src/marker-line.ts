import { Codes, error, warning, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import { Cursor, MarkerSyntaxError } from './cursor';
import { describeMarker } from './describe';
import { readHead, resolve, type MarkerHead, type Resolved } from './marker-head';
import { readNamedArgs, type ReportAt } from './named-args';
import { misreadAsArgument, unregistered } from './unknown-marker';
import type { MarkerRegistry } from './registry';
import type {
  CommentLine,
  MarkerDefinition,
  MarkerTarget,
  MarkerValue,
  ParsedMarker,
  ValueType,
} from './types';
import { expectEnd, readValue } from './value-parser';

/** True when the first non-space character of `text` is `+`. */
export function isMarkerLine(text: string): boolean {
  return /^\s*\+/.test(text);
}
/**
 * Parses one comment line as a marker against the registry. A `+` line outside the namespaces kubegen owns
 * returns neither marker nor diagnostic, except a near miss of a known bare marker (a warning).
 */
export function parseMarkerLine(
  line: CommentLine,
  target: MarkerTarget,
  registry: MarkerRegistry,
): { marker?: ParsedMarker; diagnostics: Diagnostic[] } {
  if (!isMarkerLine(line.text)) return { diagnostics: [] };
  const head = readHead(line.text);
  const at = (offset: number): SourcePosition => ({
    ...line.position,
    column: line.position.column + offset,
  });
  const resolved = resolve(head, registry);
  if (!resolved || misreadAsArgument(head, resolved, registry, target))
    return { diagnostics: unregistered(line.text, head, target, registry, at) };

  const { definition } = resolved;
  const diagnostics: Diagnostic[] = [];
  const usage = `usage: ${describeMarker(definition, target)}`;
  const report = (code: string, message: string, offset: number, hintPrefix = ''): void => {
    diagnostics.push(error(code, message, at(offset), hintPrefix + usage));
  };
  if (!definition.targets.includes(target)) {
    const where = definition.targets.map((t) => `a ${t}`).join(' or ');
    report(
      Codes.MisplacedMarker,
      `+${definition.name} may not stand on a ${target}; it belongs on ${where}`,
      head.plus,
    );
  }
  const value = readMarkerValue(line.text, head, resolved, target, report);
  if (definition.deprecated) {
    diagnostics.push(
      warning(
        Codes.DeprecatedMarker,
        `+${definition.name} is deprecated`,
        at(head.plus),
        definition.deprecated,
      ),
    );
  }
  const failed = diagnostics.some((d) => d.severity === 'error');
  if (failed || value === undefined) return { diagnostics };
  const marker: ParsedMarker = {
    name: definition.name,
    value,
    text: line.text.slice(head.plus + 1).trimEnd(),
    position: at(head.plus),
  };
  return { marker, diagnostics };
}
function readMarkerValue(
  text: string,
  head: MarkerHead,
  resolved: Resolved,
  target: MarkerTarget,
  report: ReportAt,
): MarkerValue | undefined {
  const { definition, argsStart } = resolved;
  const name = `+${definition.name}`;
  if (argsStart !== undefined) return readNamedArgs(text, argsStart, definition, head.plus, report);
  const valueType = valueTypeFor(definition, target);
  const fail = (code: string, message: string, offset: number): undefined => {
    report(code, message, offset);
    return undefined;
  };
  if (head.valueStart === undefined) {
    const rest = text.slice(head.nameEnd).trim();
    const restStart = text.length - text.slice(head.nameEnd).trimStart().length;
    if (rest !== '') {
      return fail(Codes.MalformedMarkerValue, `unexpected \`${rest}\` after ${name}`, restStart);
    }
    if (definition.args) return argsFlag(definition, head.plus, report);
    if (!valueType || valueType.type === 'bool') return true;
    return fail(Codes.MissingMarkerArgument, `${name} needs a value`, head.plus);
  }
  const equals = head.valueStart - 1;
  if (definition.args)
    return fail(Codes.MalformedMarkerValue, `${name} takes named arguments, not \`=\``, equals);
  if (!valueType)
    return fail(Codes.MalformedMarkerValue, `${name} is a flag and takes no value`, equals);
  if (text.slice(head.valueStart).trim() === '') {
    return fail(Codes.MissingMarkerArgument, `${name} needs a value after \`=\``, equals);
  }
  const c = new Cursor(text, head.valueStart);
  try {
    const value = readValue(c, valueType);
    expectEnd(c, valueType);
    return value;
  } catch (e) {
    if (!(e instanceof MarkerSyntaxError)) throw e;
    return fail(Codes.MalformedMarkerValue, `${name}: ${e.message}`, e.offset);
  }
}

/** A named-arguments marker written as a bare flag: allowed when every argument is optional; the value is `{}`. */
function argsFlag(
  definition: MarkerDefinition,
  plus: number,
  report: ReportAt,
): MarkerValue | undefined {
  const missing = Object.entries(definition.args ?? {}).filter(([, a]) => !a.optional);
  for (const [arg] of missing) {
    report(
      Codes.MissingMarkerArgument,
      `+${definition.name} is missing its argument \`${arg}\``,
      plus,
    );
  }
  return missing.length === 0 ? {} : undefined;
}

/** The value type of a marker on `target`; a misplaced marker is checked against its first allowed target. */
function valueTypeFor(definition: MarkerDefinition, target: MarkerTarget): ValueType | undefined {
  const byTarget = definition.valueByTarget;
  if (!byTarget) return definition.value;
  return (
    byTarget[target] ??
    byTarget[definition.targets.find((t) => byTarget[t]) ?? target] ??
    definition.value
  );
}
