/**
 * Control characters (ESC, BEL, line breaks…) and the controls that reverse text on screen (U+202E
 * and the other bidi controls) a submission can carry through YAML escapes, in keys, values, unit
 * names and file names. Printed raw they clear the screen, retitle the window, hide or reorder what
 * follows; shown as `\u001b` the official sees what the file holds.
 */
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function visible(text: string): string {
  return text.replace(HIDDEN, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
