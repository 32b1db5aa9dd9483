import type { MarkerRegistry } from './registry';
import type { MarkerDefinition } from './types';

/** The marker text split into its name (`+name` up to `=`) and where its value starts. */
export interface MarkerHead {
  plus: number;
  name: string;
  nameEnd: number;
  /** Offset just after `=`, when the marker has `=value`. */
  valueStart?: number;
}

/** The registered marker a name stands for; `argsStart` is where `arg=…` starts when written `+name:arg=…`. */
export interface Resolved {
  definition: MarkerDefinition;
  argsStart?: number;
}

/** Splits the marker text into its name and, after `=`, its value. */
export function readHead(text: string): MarkerHead {
  const plus = text.indexOf('+');
  let nameEnd = plus + 1;
  while (nameEnd < text.length && text[nameEnd] !== '=' && !/\s/.test(text[nameEnd])) nameEnd++;
  let name = text.slice(plus + 1, nameEnd);
  const afterName = text.slice(nameEnd).trimStart();
  const valueStart = afterName.startsWith('=') ? text.length - afterName.length + 1 : undefined;
  // `+name:=value` is `+name=value`, as in controller-gen.
  if (valueStart !== undefined && name.endsWith(':')) name = name.slice(0, -1);
  return { plus, name, nameEnd, valueStart };
}

/** The longest registered `:`-prefix of the name; what follows it must be a single argument name. */
export function resolve(head: MarkerHead, registry: MarkerRegistry): Resolved | undefined {
  const exact = registry.get(head.name);
  if (exact) return { definition: exact };
  for (let cut = head.name.lastIndexOf(':'); cut > 0; cut = head.name.lastIndexOf(':', cut - 1)) {
    const definition = registry.get(head.name.slice(0, cut));
    if (!definition) continue;
    const rest = head.name.slice(cut + 1);
    if (!definition.args || rest === '' || rest.includes(':')) return undefined;
    return { definition, argsStart: head.plus + 1 + cut + 1 };
  }
  return undefined;
}
