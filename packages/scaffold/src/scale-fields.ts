/*
 * A scale subresource reads spec.replicas and status.replicas, and the HorizontalPodAutoscaler reads
 * status.selector. `create subresource --type scale` adds those fields to the kind's Spec and Status
 * when they are missing, as a kubebuilder user would write them, and keeps every other byte.
 */

const SPEC_FIELDS = `  /**
   * How many replicas are wanted; the scale subresource reads and sets it (spec.replicas).
   * +optional
   */
  replicas?: int32;
`;

const STATUS_FIELDS = `  /**
   * How many replicas run, as the scale subresource reports them (status.replicas).
   * +optional
   */
  replicas?: int32;
  /**
   * The label selector of the replicas, in string form, for the HorizontalPodAutoscaler (status.selector).
   * +optional
   */
  selector?: string;
`;

/** The kind file with the scale fields added where missing (`int32` imported from the runtime when needed). */
export function addScaleFields(text: string, kind: string): string {
  let out = addFields(text, `${kind}Spec`, SPEC_FIELDS, ['replicas']);
  out = addFields(out, `${kind}Status`, STATUS_FIELDS, ['replicas', 'selector']);
  return out === text ? text : withInt32Import(out);
}

/** Inserts `fields` at the top of `export interface <name>`'s body unless one of `names` is already there. */
function addFields(text: string, name: string, fields: string, names: string[]): string {
  const head = new RegExp(`^export interface ${name}\\s*\\{`, 'm').exec(text);
  if (!head) return text;
  const open = head.index + head[0].length;
  const close = matchingBrace(text, open);
  if (close < 0) return text;
  const body = text.slice(open, close);
  if (names.some((n) => new RegExp(`^\\s*${n}\\??\\s*:`, 'm').test(body))) return text;
  // `{}` on one line becomes a block; a block gets the fields after its opening line.
  const inserted = body.trim() === '' ? `\n${fields}` : `\n${fields}${body.replace(/^\n/, '')}`;
  return text.slice(0, open) + inserted + text.slice(close);
}

function matchingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function withInt32Import(text: string): string {
  const runtimeImport = /^import type \{([^}]*)\} from '@kubegen\/runtime';/m.exec(text);
  if (!runtimeImport) return `import type { int32 } from '@kubegen/runtime';\n${text}`;
  const names = runtimeImport[1]
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.includes('int32')) return text;
  const merged = `import type { ${[...names, 'int32']
    .sort((a, b) => a.localeCompare(b, 'en'))
    .join(', ')} } from '@kubegen/runtime';`;
  return (
    text.slice(0, runtimeImport.index) +
    merged +
    text.slice(runtimeImport.index + runtimeImport[0].length)
  );
}
