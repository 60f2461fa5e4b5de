/** The look: calm, legible, the violet of the fight against gender violence used sparingly. */
import { createTheme } from '@mantine/core';

const BELOW: ('label' | 'input' | 'description' | 'error')[] = ['label', 'input', 'description', 'error'];

export const theme = createTheme({
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
      defaultProps: { radius: 'md', overlayProps: { backgroundOpacity: 0.45, blur: 1 } },
      styles: { title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } },
    },
    Badge: { defaultProps: { tt: 'none' } },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
  },
});
