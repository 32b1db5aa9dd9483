import { Codes, error, type Diagnostic } from '@kubegen/diagnostics';
import { isMarkerLine, parseMarkerLine } from './marker-line';
import type { MarkerRegistry } from './registry';
import type { CommentLine, CommentMarkers, MarkerTarget, ParsedMarker } from './types';

/**
 * Reads every marker of one comment block and builds its description as controller-gen does: marker lines
 * removed, `TODO` lines dropped, everything after a `---` line dropped (outside ``` fences), runs of blank lines
 * kept as one blank line, leading and trailing blank lines trimmed.
 */
export function readCommentMarkers(
  lines: CommentLine[],
  target: MarkerTarget,
  registry: MarkerRegistry,
): CommentMarkers {
  const markers: ParsedMarker[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const line of lines) {
    if (!isMarkerLine(line.text)) continue;
    const parsed = parseMarkerLine(line, target, registry);
    diagnostics.push(...parsed.diagnostics);
    if (parsed.marker) markers.push(parsed.marker);
  }
  diagnostics.push(...repeated(markers, registry), ...conflicting(markers, registry));
  return { markers, doc: buildDoc(lines), diagnostics };
}

function repeated(markers: readonly ParsedMarker[], registry: MarkerRegistry): Diagnostic[] {
  const seen = new Map<string, ParsedMarker>();
  const out: Diagnostic[] = [];
  for (const marker of markers) {
    const first = seen.get(marker.name);
    if (!first) {
      seen.set(marker.name, marker);
      continue;
    }
    if (registry.get(marker.name)?.repeatable) continue;
    out.push(
      error(
        Codes.RepeatedMarker,
        `+${marker.name} may stand only once here; it was already given on line ${first.position.line}`,
        marker.position,
        `keep one +${marker.name}`,
      ),
    );
  }
  return out;
}

function conflicting(markers: readonly ParsedMarker[], registry: MarkerRegistry): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [i, marker] of markers.entries()) {
    const conflicts = registry.get(marker.name)?.conflicts ?? [];
    const earlier = markers.slice(0, i).find((m) => conflicts.includes(m.name));
    if (!earlier) continue;
    out.push(
      error(
        Codes.ConflictingMarkers,
        `+${marker.name} contradicts +${earlier.name} on line ${earlier.position.line}`,
        marker.position,
        `keep either +${earlier.name} or +${marker.name}`,
      ),
    );
  }
  return out;
}

function buildDoc(lines: readonly CommentLine[]): string {
  const kept: string[] = [];
  let inFence = false;
  for (const { text } of lines) {
    const trimmed = text.trim();
    if (trimmed.startsWith('```')) inFence = !inFence;
    if (!inFence && trimmed.startsWith('---')) break;
    if (isMarkerLine(text) || (!inFence && trimmed.startsWith('TODO'))) continue;
    const line = text.trimEnd();
    if (line === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept.join('\n');
}
