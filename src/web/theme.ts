import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm sea green. Shades 6 and up are dark enough for white text and for links on white
// (WCAG AA), which the browser journeys check with axe on every page.
const samen: MantineColorsTuple = [
  '#e7f5f3',
  '#d2e9e6',
  '#a5d2cc',
  '#74b9b1',
  '#4da59b',
  '#35988d',
  '#1f756c',
  '#176960',
  '#0c5a52',
  '#004a43',
];

export const theme = createTheme({
  primaryColor: 'samen',
  primaryShade: { light: 6, dark: 4 },
  colors: { samen },
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'auto',
  components: {
    Paper: { defaultProps: { withBorder: true, radius: 'lg' } },
    Card: { defaultProps: { withBorder: true, radius: 'lg' } },
  },
});

/**
 * Mantine's dimmed grey and its error red are below 4.5:1 on white; darker shades pass AA, so
 * hints and field errors stay readable.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
