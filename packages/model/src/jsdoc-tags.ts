import { Codes, error, type Diagnostic, type SourcePosition } from '@kubegen/diagnostics';
import {
  describeMarker,
  type MarkerDefinition,
  parseMarkerValue,
  type CommentLine,
  type MarkerRegistry,
  type MarkerValue,
  type ParsedMarker,
  type ValueType,
} from '@kubegen/markers';

/** The JSDoc tags of ts-json-schema-generator and tsoa that mean a `+kubebuilder` marker, by tag name. */
export const jsdocTagMarkers: Readonly<Record<string, string>> = {
  minimum: 'kubebuilder:validation:Minimum',
  maximum: 'kubebuilder:validation:Maximum',
  minLength: 'kubebuilder:validation:MinLength',
  maxLength: 'kubebuilder:validation:MaxLength',
  pattern: 'kubebuilder:validation:Pattern',
  format: 'kubebuilder:validation:Format',
  default: 'kubebuilder:default',
  example: 'kubebuilder:example',
};

const deprecatedTag = 'deprecated';

type ValuedDefinition = MarkerDefinition & { value: ValueType };
const tagLine = /^(\s*)@([A-Za-z]+)(?:\s+|$)/;

/** The markers a field's JSDoc tags stand for, and the comment lines left for the description. */
export interface JsdocTags {
  markers: ParsedMarker[];
  /** The comment without tag lines; `@deprecated text` becomes a `Deprecated: text` paragraph, as in Go. */
  lines: CommentLine[];
  diagnostics: Diagnostic[];
}

/** Reads the known JSDoc tags of a field's comment as the markers they stand for; other lines are kept. */
export function readJsdocTags(lines: readonly CommentLine[], registry: MarkerRegistry): JsdocTags {
  const out: JsdocTags = { markers: [], lines: [], diagnostics: [] };
  for (const line of lines) {
    const match = tagLine.exec(line.text);
    const tag = match?.[2] ?? '';
    const definition = tagDefinition(tag, registry);
    if (!match || (tag !== deprecatedTag && !definition)) {
      out.lines.push(line);
      continue;
    }
    const valueStart = match[0].length;
    const value = line.text.slice(valueStart).trim();
    const at = (offset: number): SourcePosition => ({
      ...line.position,
      column: line.position.column + offset,
    });
    if (tag === deprecatedTag) {
      out.lines.push({ text: '', position: line.position });
      out.lines.push({
        text: value === '' ? 'Deprecated.' : `Deprecated: ${value}`,
        position: at(valueStart),
      });
      continue;
    }
    if (!definition) continue;
    const parsed = tagMarker(tag, value, definition, at(match[1].length), at(valueStart));
    if ('marker' in parsed) out.markers.push(parsed.marker);
    else out.diagnostics.push(parsed.diagnostic);
  }
  return out;
}

/** The definition of the marker a tag stands for; a tag whose marker the registry lacks stays description text. */
function tagDefinition(tag: string, registry: MarkerRegistry): ValuedDefinition | undefined {
  if (!Object.hasOwn(jsdocTagMarkers, tag)) return undefined;
  const definition = registry.get(jsdocTagMarkers[tag]);
  return definition?.value ? { ...definition, value: definition.value } : undefined;
}

function tagMarker(
  tag: string,
  text: string,
  definition: ValuedDefinition,
  tagAt: SourcePosition,
  valueAt: SourcePosition,
): { marker: ParsedMarker } | { diagnostic: Diagnostic } {
  const { name, value: type } = definition;
  const hint = `write \`@${tag} <value>\`; it means ${describeMarker(definition, 'field')}`;
  if (text === '') {
    return { diagnostic: error(Codes.MissingMarkerArgument, `@${tag} needs a value`, tagAt, hint) };
  }
  const parsed = parseTagValue(text, type);
  if (parsed.value === undefined) {
    const where = { ...valueAt, column: valueAt.column + (parsed.offset ?? 0) };
    return {
      diagnostic: error(
        Codes.MalformedMarkerValue,
        `@${tag}: ${parsed.error ?? 'bad value'}`,
        where,
        hint,
      ),
    };
  }
  return {
    marker: { name, value: parsed.value, text: `${name}=${text}`, position: tagAt },
  };
}

/**
 * The marker grammar's value parser, with two allowances for what JSDoc authors write: an unquoted string
 * (`@pattern ^[a-z]{2,3}$`) is the rest of the line verbatim, and a guessed value may be strict JSON (`[1, 2]`).
 */
function parseTagValue(
  text: string,
  type: ValueType,
): { value?: MarkerValue; error?: string; offset?: number } {
  const quoted = text.startsWith('"') || text.startsWith('`');
  if (type.type === 'string' && !quoted) return { value: text };
  const parsed = parseMarkerValue(text, type);
  if (parsed.value !== undefined || type.type !== 'any') return parsed;
  try {
    return { value: JSON.parse(text) as MarkerValue };
  } catch {
    return parsed;
  }
}
