import { Document, isScalar, parseDocument, visit } from 'yaml';

/*
 * controller-gen's YAML (sigs.k8s.io/yaml over go-yaml v2), as @kubegen/gen-rbac's stringifyManifests writes it,
 * plus one thing RBAC never needs: go-yaml writes every multi-line string as a literal block (`|-`), never folded.
 */

/** Renders one CRD as a YAML document preceded by `---`, keys sorted, in controller-gen's layout. */
export function stringifyCrd(object: object): string {
  const doc = new Document(object, { version: '1.1', sortMapEntries: true });
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string') return;
      if (node.value.includes('\n')) node.type = 'BLOCK_LITERAL';
      else if (readsAsOtherType(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return `---\n${doc.toString({ indentSeq: false, singleQuote: true })}`;
}

function readsAsOtherType(text: string): boolean {
  if (text === '') return true;
  const parsed = parseDocument(text, { version: '1.1' });
  return (
    parsed.errors.length === 0 &&
    isScalar(parsed.contents) &&
    typeof parsed.contents.value !== 'string'
  );
}
