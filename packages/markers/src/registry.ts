import { markerCatalogue } from './catalogue';
import type { MarkerDefinition } from './types';

/** The markers kubegen knows, by full name. */
export class MarkerRegistry {
  private readonly byName = new Map<string, MarkerDefinition>();

  constructor(definitions: Iterable<MarkerDefinition> = []) {
    for (const definition of definitions) this.register(definition);
  }

  /** Adds a definition; a second definition of the same name is a programming error and throws. */
  register(definition: MarkerDefinition): void {
    if (this.byName.has(definition.name))
      throw new Error(`marker +${definition.name} is already registered`);
    this.byName.set(definition.name, definition);
  }

  /** The definition registered under exactly `name`. */
  get(name: string): MarkerDefinition | undefined {
    return this.byName.get(name);
  }

  /** Every definition, sorted by name. */
  all(): MarkerDefinition[] {
    return [...this.byName.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  }
}

/** A fresh registry holding every marker of the catalogue. */
export function defaultMarkerRegistry(): MarkerRegistry {
  return new MarkerRegistry(markerCatalogue);
}
