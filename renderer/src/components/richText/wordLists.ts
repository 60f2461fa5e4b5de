/** How Word's clipboard HTML tells a list paragraph: its place in a list, and the marker typed before it. */

/** `mso-list:l0 level2 lfo1` → list "l0 lfo1", level 2; null for `mso-list:Ignore` and other paragraphs. */
export function msoListPosition(style: string): { list: string; level: number } | null {
  const match = /mso-list:\s*(l\d+)\s+level(\d+)\s+(lfo\d+)/i.exec(style);
  return match ? { list: `${match[1]} ${match[3]}`, level: Number(match[2]) } : null;
}

/**
 * Numbers and letters ("1.", "2)", "a.", "iv.", "(3)", "1.2.") number the list; anything else
 * (Word's "·" in Symbol, "o" in Courier New, "§" in Wingdings, "-") is a bullet.
 */
export function listTypeOfMarker(marker: string): 'ul' | 'ol' {
  const text = marker.replace(/[\s\u00a0]/g, '');
  return /^\(?(\d+(\.\d+)*|[a-z]{1,2}|[ivxlcdm]+)[.)]$/i.test(text) || /^\d+(\.\d+)+$/.test(text) ? 'ol' : 'ul';
}
