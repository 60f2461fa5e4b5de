/** The look: calm, legible, the violet of the fight against gender violence used sparingly. */
import { colorsTuple, type CSSVariablesResolver, createTheme, darken, DEFAULT_THEME, type MantineThemeOverride, ScrollArea } from '@mantine/core';
import type { TFunction } from 'i18next';
import { readableOn, withLegibleDarkShades } from './contrast';

const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** Mantine's colours, with the shades used for text (8 and 9) dark enough to read (WCAG AA). */
const COLORS = Object.fromEntries(Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [name, colorsTuple(withLegibleDarkShades(shades))]));

/**
 * A long list of options scrolls in the list itself, not in a scroll box around it: the list is
 * what the field's keyboard moves through (arrows and typing), and assistive technology knows it as
 * the field's list (axe asks a scroll box of its own to be reachable with Tab).
 */
const LIST_SCROLLS_ITSELF = { withScrollArea: false };
const LIST_STYLES = { options: { maxHeight: 220, overflowY: 'auto' as const } };

/** The theme in the interface language: the close buttons it sets up have spoken names. */
export function appTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    colors: COLORS,
    primaryColor: 'violet',
    primaryShade: 7,
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    headings: { fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif', fontWeight: '650' },
    defaultRadius: 'sm',
    cursorType: 'pointer',
    // Windows' «Mostrar animaciones» switched off (prefers-reduced-motion) stops windows, menus and
    // notices from sliding and fading: some people get dizzy from motion.
    respectReducedMotion: true,
    components: {
      // Help text under the input keeps inputs side by side aligned, whatever their help says.
      TextInput: { defaultProps: { inputWrapperOrder: BELOW } },
      Textarea: { defaultProps: { inputWrapperOrder: BELOW } },
      NumberInput: { defaultProps: { inputWrapperOrder: BELOW } },
      // A list to pick from is searched by typing, and Enter takes the first match: the keyboard
      // picks "Municipalidad" with "mu" + Enter instead of arrowing down the list.
      Select: { defaultProps: { inputWrapperOrder: BELOW, searchable: true, selectFirstOptionOnChange: true, ...LIST_SCROLLS_ITSELF }, styles: LIST_STYLES },
      MultiSelect: { defaultProps: LIST_SCROLLS_ITSELF, styles: LIST_STYLES },
      Modal: {
        defaultProps: {
          // The window's title bar is no banner of the page (Mantine draws it as a <header>).
          attributes: { header: { role: 'presentation' } },
          radius: 'md',
          overlayProps: { backgroundOpacity: 0.45, blur: 1 },
          // A long form scrolls inside the window (768 px high screens) under a title that stays put.
          scrollAreaComponent: ScrollArea.Autosize,
          closeButtonProps: { 'aria-label': t('common.close') },
        },
        styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
      },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('common.closeNotice') } } },
      FileInput: { defaultProps: { clearButtonProps: { 'aria-label': t('common.removeFile') } } },
      Badge: { defaultProps: { tt: 'none' } },
      Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    },
  });
}

/** Grey help text: the calmest grey that still reads at 4.5:1 on the light grey of the pages. */
const DIMMED = '#5f666d';
const WHITE = '#ffffff';

/** Written on in dark, not white (the DEMO badge): its filled shade stays bright. */
const DARK_TEXT_COLORS = new Set(['yellow']);

/**
 * Text in Mantine's named colours made legible (WCAG AA): help, placeholder and error text darker; outlined
 * badges and buttons, and the white words on filled ones ("Eliminar", "Vencido"), darkened where
 * they are under 4.5:1 on white. (Light badges, alerts and the active menu item write in shade 9,
 * made legible in COLORS.)
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': DIMMED,
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // A placeholder is read too ("Adjuntar un archivo" in a file field): legible, still lighter than text.
    '--mantine-color-placeholder': readableOn(theme.colors.gray[5], WHITE),
  };
  for (const [name, shades] of Object.entries(theme.colors)) {
    light[`--mantine-color-${name}-outline`] = readableOn(shades[7], WHITE);
    if (DARK_TEXT_COLORS.has(name)) continue;
    const filled = readableOn(shades[7], WHITE);
    if (filled === shades[7]) continue;
    light[`--mantine-color-${name}-filled`] = filled;
    light[`--mantine-color-${name}-filled-hover`] = darken(filled, 0.1);
  }
  return { variables: {}, light, dark: {} };
};
