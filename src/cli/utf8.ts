import { isUtf8 } from 'node:buffer';

/**
 * Where `bytes[start, end)` stops being UTF-8: the offset (from `start`) of the first byte of the
 * first ill-formed sequence, or -1 when it is all UTF-8. Decoding with `toString('utf8')` would
 * put U+FFFD in a name without a word; the caller rejects the input instead. `isUtf8` (native)
 * answers the common case; the offset is looked for only in text that is not UTF-8, by the
 * well-formed byte sequences of the Unicode Standard (Table 3-7: no overlong forms, no
 * surrogates, nothing above U+10FFFF).
 */
export function invalidUtf8Offset(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (isUtf8(bytes.subarray(start, end))) return -1;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i - start;
    if (i + length > end) return i - start;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i - start;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return i - start;
    }
    i += length;
  }
  // isUtf8 and the table disagree: cannot happen, but the input is still rejected.
  return 0;
}

/** Line and column (1-based, the column in bytes) of a byte offset. */
export function byteLineAndColumn(
  bytes: Uint8Array,
  offset: number,
): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = bytes.indexOf(0x0a); k >= 0 && k < offset; k = bytes.indexOf(0x0a, k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** `byte 0xff` for a message. */
export function byteName(byte: number): string {
  return `byte 0x${byte.toString(16).padStart(2, '0')}`;
}
