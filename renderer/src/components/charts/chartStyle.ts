/**
 * The charts' look: dark bars on a light track and black labels, so a chart printed in grey (or
 * pasted in the Word report) reads as well as on screen. The font is the window's, which the
 * rasterised copy also finds on the computer.
 */
export const CHART_FONT = '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif';
export const INK = '#212529';
export const BAR = '#5f3dc4';
export const TRACK = '#f1f3f5';
export const AXIS = '#868e96';

/** Shades far apart in lightness, so the statuses stay apart in grey; each slice is also labelled. */
export const STATUS_FILLS = {
  done: '#1b4332',
  on_track: '#5f3dc4',
  behind: '#e8590c',
  not_started: '#ced4da',
} as const;

export const tickStyle = { fontSize: 12, fill: INK, fontFamily: CHART_FONT } as const;
