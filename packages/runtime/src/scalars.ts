/*
 * Scalar aliases. At run time they are plain numbers and strings; the model reads their names to pick the
 * schema type and format, as Go's int32/int64/float64/[]byte pick them for the Go tools.
 */

/** A 32-bit signed integer (`type: integer, format: int32`). */
export type int32 = number;

/** A 64-bit signed integer (`type: integer, format: int64`); values beyond 2^53 lose precision in JavaScript. */
export type int64 = number;

/** Go's `int`: `type: integer` with no format in CRDs, int32 in OpenAPI. */
export type int = number;

/** A 32-bit float (`type: number, format: float`). */
export type float32 = number;

/** A 64-bit float (`type: number, format: double`). */
export type float64 = number;

/** Bytes, base64-encoded in JSON (`type: string, format: byte`), as Go's `[]byte`. */
export type Bytes = string;
