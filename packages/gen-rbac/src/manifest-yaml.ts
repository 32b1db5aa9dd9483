import { Document, isScalar, parseDocument, visit } from 'yaml';

/*
 * YAML as controller-gen writes it (sigs.k8s.io/yaml over go-yaml v2): `---` before every object, keys sorted,
 * sequences not indented under their key, strings plain where YAML 1.1 allows, double-quoted where a plain
 * scalar would read as another type (`""`, `"123"`, `"yes"`), single-quoted where an indicator forbids plain (`'*'`).
 */

/** Renders objects as one multi-document YAML file, each preceded by `---`, in controller-gen's layout. */
export function stringifyManifests(objects: readonly object[]): string {
  return objects.map((o) => `---\n${stringifyManifest(o)}`).join('');
}

/** Renders one object in controller-gen's layout, without a leading `---`. */
export function stringifyManifest(object: object): string {
  const doc = new Document(object, { version: '1.1', sortMapEntries: true });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && readsAsOtherType(node.value))
        node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc.toString({ indentSeq: false, singleQuote: true });
}

/** True when the string, written plain, would be read back by a YAML 1.1 parser as null, a bool or a number. */
function readsAsOtherType(text: string): boolean {
  if (text === '') return true;
  const parsed = parseDocument(text, { version: '1.1' });
  return (
    parsed.errors.length === 0 &&
    isScalar(parsed.contents) &&
    typeof parsed.contents.value !== 'string'
  );
}
