/**
 * Bytes to text for CSV import, with the standard `TextDecoder` only (no Node-only API), so the
 * library runs in browsers too. A UTF-8 or UTF-16 byte-order mark decides the encoding; without
 * one the bytes are read in the given encoding, or else as UTF-8, strictly: bytes that are not
 * UTF-8 are refused rather than turned into replacement characters.
 */
import { csvMessages as M } from "../errors/csvMessages.js";

/** The text of a file, or why it cannot be read. */
export type DecodedText = { readonly text: string; readonly encoding: string } | { readonly problem: string; readonly line?: number };

/** The encoding a byte-order mark at the start of `bytes` names, and the mark's length. */
function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** The 1-based line of byte offset `at` (counting `\n` bytes, which every ASCII-compatible encoding shares). */
function lineAt(bytes: Uint8Array, at: number): number {
  let line = 1;
  for (let i = 0; i < at && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (n === 0 || i + n > bytes.length) return i;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + n));
    } catch {
      return i;
    }
    i += n;
  }
  return bytes.length;
}

/**
 * Decodes a CSV file. A byte-order mark wins (UTF-8, UTF-16LE, UTF-16BE); else `encoding` (any
 * WHATWG label: `gb18030`, `gbk`, `big5`, `shift_jis`, `windows-1252`, `utf-16le` ...); else
 * UTF-8. Decoding is strict: bytes that are invalid in the encoding are refused, never replaced.
 * Text with NUL characters is refused as UTF-16 without a byte-order mark.
 *
 * @param bytes - the file's bytes
 * @param encoding - the encoding to use when there is no byte-order mark
 * @returns the text without its byte-order mark and the encoding used, or the problem
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom !== undefined) {
    const text = new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
    return { text, encoding: bom.encoding };
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding ?? "utf-8", { fatal: true });
  } catch {
    return { problem: M.unknownEncoding(encoding) };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    if (decoder.encoding !== "utf-8") return { problem: M.invalidText(decoder.encoding) };
    const at = firstInvalidUtf8(bytes);
    const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, "0");
    return {
      problem: M.notUtf8(hex, at),
      line: lineAt(bytes, at),
    };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\u0000") && !(encoding ?? "").startsWith("utf-16")) {
    return { problem: M.nulCharacters, line: 1 };
  }
  return { text, encoding: decoder.encoding };
}
