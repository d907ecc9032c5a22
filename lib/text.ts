/**
 * Text that came from a page or a file, made safe to show and to put in a caption: control
 * characters and angle brackets become spaces, bidirectional controls (which can make a caption
 * read differently from what it is: "Trojan Source") are removed, runs of space fold to one.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f<>]/g;
/** ALM, LRM/RLM, LRE/RLE/PDF/LRO/RLO, LRI/RLI/FSI/PDI. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanPageText(text: string, max: number): string {
  return text.replace(BIDI, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim().slice(0, max);
}

/** Removes what can disguise text (bidirectional and other control characters), nothing else. */
export function stripControls(text: string): string {
  return text.replace(BIDI, '').replace(CONTROL_ONLY, '');
}
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const CONTROL_ONLY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** "1 link", "12,480 links": a count with its noun in the right number. */
export function counted(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
