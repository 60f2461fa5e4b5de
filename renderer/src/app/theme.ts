/** The look: calm, legible, the violet of the fight against gender violence used sparingly. */
import { createTheme, type MantineThemeOverride, ScrollArea } from '@mantine/core';
import type { TFunction } from 'i18next';

const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

/** The theme in the interface language: the close buttons it sets up have spoken names. */
export function appTheme(t: TFunction): MantineThemeOverride {
  return createTheme({
    primaryColor: 'violet',
    primaryShade: 7,
    fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    headings: { fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif', fontWeight: '650' },
    defaultRadius: 'sm',
    cursorType: 'pointer',
    components: {
      // Help text under the input keeps inputs side by side aligned, whatever their help says.
      TextInput: { defaultProps: { inputWrapperOrder: BELOW } },
      Textarea: { defaultProps: { inputWrapperOrder: BELOW } },
      NumberInput: { defaultProps: { inputWrapperOrder: BELOW } },
      Select: { defaultProps: { inputWrapperOrder: BELOW } },
      Modal: {
        defaultProps: {
          radius: 'md',
          overlayProps: { backgroundOpacity: 0.45, blur: 1 },
          // A long form scrolls inside the window (768 px high screens) under a title that stays put.
          scrollAreaComponent: ScrollArea.Autosize,
          closeButtonProps: { 'aria-label': t('common.close') },
        },
        styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
      },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': t('common.closeNotice') } } },
      Badge: { defaultProps: { tt: 'none' } },
      Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    },
  });
}
