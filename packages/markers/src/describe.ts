import type { MarkerDefinition, MarkerTarget, ValueType } from './types';

/**
 * One usage line, e.g. `+kubebuilder:printcolumn:name=<string>,type=integer|…,JSONPath=<string>[,description=<string>]…`.
 * With `target`, a marker whose value depends on the target shows the form for that target only.
 */
export function describeMarker(definition: MarkerDefinition, target?: MarkerTarget): string {
  const head = `+${definition.name}`;
  if (definition.args) return head + describeArgs(definition);
  const byTarget = definition.valueByTarget;
  if (byTarget) {
    const forTarget = target && byTarget[target];
    if (forTarget) return `${head}=${describeType(forTarget)}`;
    return definition.targets
      .filter((t) => byTarget[t])
      .map((t) => `${head}=${describeType(byTarget[t] as ValueType)} on a ${t}`)
      .join('; ');
  }
  return definition.value ? `${head}=${describeType(definition.value)}` : head;
}

function describeArgs(definition: MarkerDefinition): string {
  const entries = Object.entries(definition.args ?? {});
  const required = entries
    .filter(([, a]) => !a.optional)
    .map(([n, a]) => `${n}=${describeType(a.type)}`);
  const optional = entries
    .filter(([, a]) => a.optional)
    .map(([n, a]) => `${n}=${describeType(a.type)}`);
  if (required.length === 0) return `[:${optional.join('][,')}]`;
  return `:${required.join(',')}${optional.map((o) => `[,${o}]`).join('')}`;
}

/** How a value of `type` is written, for usage lines and messages. */
export function describeType(type: ValueType): string {
  switch (type.type) {
    case 'bool':
      return 'true|false';
    case 'enum':
      return type.values.join('|');
    case 'list':
      return `${describeType(type.of)};…`;
    case 'map':
      return `{<key>: ${describeType(type.of)},…}`;
    case 'json':
      return type.allowRef ? '<json>|ref(<Name>)' : '<json>';
    case 'raw':
      return '<text>';
    default:
      return `<${type.type}>`;
  }
}
