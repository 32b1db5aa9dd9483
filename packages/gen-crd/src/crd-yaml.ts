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
  if (!mayReadAsOtherType(text)) return false;
  const parsed = parseDocument(text, { version: '1.1' });
  return (
    parsed.errors.length === 0 &&
    isScalar(parsed.contents) &&
    typeof parsed.contents.value !== 'string'
  );
}

/*
 * Parsing every string as YAML is most of a large run's time. Only a few strings can read as another
 * type in YAML 1.1: null and booleans are words of at most five letters (`~`, `null`, `y`, `off`, `False`),
 * numbers and timestamps start with a digit, a sign or a dot. Anything else is a string for sure.
 */
function mayReadAsOtherType(text: string): boolean {
  const first = text.charCodeAt(0);
  const isLetter = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
  if (isLetter) return text.length <= 5;
  return /^[0-9+\-.~]/.test(text);
}
