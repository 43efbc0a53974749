/**
 * Text from a case file (names, descriptions, keys) or the command line (file names, arguments)
 * can hold control characters: an ESC sequence retitles or clears a terminal or plants a
 * hyperlink, a bidi override makes a line read differently from its bytes. Wherever such text
 * reaches a terminal, these characters are shown as visible escapes (`\u001b`) instead. Shared by
 * the CLI (messages, summaries) and the text and Markdown worksheets (src/report/plain.ts).
 */

/**
 * C0 controls, DEL, C1 controls (U+0080-U+009F: U+009B is a CSI on terminals that take 8-bit
 * controls), the Arabic letter mark, the LRM/RLM marks and the bidi embeddings, overrides and
 * isolates.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The characters of {@link CONTROL} that JSON.stringify leaves as they are (it escapes C0). */
const JSON_UNESCAPED_CONTROL = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `\u001b` for ESC: the JSON (and JavaScript) spelling, so it reads as what it is. */
function visibleEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * One line of terminal text: every control character (line breaks and tabs included, so a value
 * cannot start a forged line of output) and bidi control shown as a visible escape.
 */
export function terminalText(text: string): string {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text) ? text.replace(CONTROL, visibleEscape) : text;
}

/**
 * {@link terminalText} of a text's characters except the line breaks, tabs and carriage return
 * (what text layout owns), for user text that is about to be reflowed.
 */
export function escapeControlsKeepingSpace(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) =>
    c === '\n' || c === '\t' || c === '\r' ? c : visibleEscape(c),
  );
}

/**
 * Text of many lines for a terminal: every control character but the line feed and the tab
 * (the layout's own) shown as a visible escape; a carriage return too, which could overwrite
 * what the line printed before it.
 */
export function terminalLines(text: string): string {
  CONTROL.lastIndex = 0;
  if (!CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) => (c === '\n' || c === '\t' ? c : visibleEscape(c)));
}

/**
 * The output of JSON.stringify with the controls it leaves raw (C1, DEL, bidi) escaped as
 * `\u009b`: the same JSON value, and nothing on a terminal that prints it can act on it. Such
 * characters only occur inside JSON strings, where `\uXXXX` is their valid spelling.
 */
export function escapeJsonControls(json: string): string {
  JSON_UNESCAPED_CONTROL.lastIndex = 0;
  return JSON_UNESCAPED_CONTROL.test(json)
    ? json.replace(JSON_UNESCAPED_CONTROL, visibleEscape)
    : json;
}
