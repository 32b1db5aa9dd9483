/*
 * Go strings are bytes. To port Go's byte-wise parsers faithfully, a JS string is turned into a "byte
 * string" (one char per UTF-8 byte, 0-255) and back. Written out because TextEncoder is not in the ES
 * library typings the generated code compiles with.
 */

/** The UTF-8 bytes of `s`, one char each; a lone surrogate becomes U+FFFD, as Go's []byte(string) would hold it. */
export function toByteString(s: string): string {
  let out = '';
  for (const ch of s) {
    let cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
    if (cp < 0x80) out += ch;
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else {
      out += String.fromCharCode(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
  }
  return out;
}

/** The text of a byte string, decoding UTF-8; an invalid sequence becomes U+FFFD per byte, as Go's range over a string. */
export function fromByteString(b: string): string {
  let out = '';
  for (let i = 0; i < b.length; ) {
    const c = b.charCodeAt(i);
    const [length, min] = sequenceOf(c);
    let cp = length === 1 ? c : c & (0xff >> (length + 1));
    let ok = length > 0 && i + length <= b.length;
    for (let k = 1; ok && k < length; k++) {
      const next = b.charCodeAt(i + k);
      ok = (next & 0xc0) === 0x80;
      cp = (cp << 6) | (next & 63);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += length;
    } else {
      out += '\ufffd';
      i += 1;
    }
  }
  return out;
}

/** The length of the UTF-8 sequence a lead byte starts, and the least code point it may encode (0 length: not a lead byte). */
function sequenceOf(lead: number): [number, number] {
  if (lead < 0x80) return [1, 0];
  if (lead < 0xc2) return [0, 0];
  if (lead < 0xe0) return [2, 0x80];
  if (lead < 0xf0) return [3, 0x800];
  if (lead < 0xf5) return [4, 0x10000];
  return [0, 0];
}
