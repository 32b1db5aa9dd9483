import type { ProgressEvent } from '@kubegen/codegen';

/** The part of a terminal stream the progress line needs (`process.stderr`, or a fake in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  /** Width of the terminal; the line is cut to fit so that `\r` rewrites it whole. */
  columns?: number;
  write(text: string): unknown;
}

/** Below this many API packages a run is quick and a progress line would only flicker. */
export const PROGRESS_MIN_PACKAGES = 20;

/** Carriage return, then ANSI "erase the whole line". */
const CLEAR = '\r\x1b[2K';

/** A single line on a terminal, rewritten in place at each progress event, cleared before other output. */
export class ProgressLine {
  private shown = false;

  constructor(private readonly stream: ProgressStream) {}

  /** Shows the event, once the tree is known to be large enough to be worth it. */
  readonly onProgress = (event: ProgressEvent): void => {
    if ((event.packages ?? 0) <= PROGRESS_MIN_PACKAGES) return;
    const text = `kubegen: ${event.phase} ${event.done}/${event.total} (${event.packages} packages)`;
    const width = this.stream.columns;
    this.stream.write(CLEAR + (width && width > 1 ? text.slice(0, width - 1) : text));
    this.shown = true;
  };

  /** Erases the line, if anything was shown, so that what is printed next starts on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(CLEAR);
    this.shown = false;
  }
}

/** A progress line for a run, or undefined when it must not show: not a terminal, `--quiet` or `--json`. */
export function progressLineFor(
  stream: ProgressStream | undefined,
  request: { quiet: boolean; json: boolean },
): ProgressLine | undefined {
  if (!stream?.isTTY || request.quiet || request.json) return undefined;
  return new ProgressLine(stream);
}
