/** Raised by the Scheme for a programming error: an unknown kind, a missing conversion, a conflicting registration. */
export class SchemeError extends Error {
  override readonly name = 'SchemeError';
}
