import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));

// The browser journeys build into a folder of their own (SAMEN_WEB_BUILD_DIR) so a test run
// never replaces the build a running server is serving.
const outDir =
  process.env.SAMEN_WEB_BUILD_DIR || fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    // Sizes are reported gzip in the note; the warning limit guards the first load.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // A few long-lived chunks instead of dozens of tiny ones: fewer requests per page, and
        // a new release of the app does not invalidate the cached libraries.
        codeSplitting: {
          groups: [
            {
              name: (id) => `locale-${/[\\/]locales[\\/](\w+)[\\/]/.exec(id)?.[1] ?? 'en'}`,
              test: /[\\/]i18n[\\/]locales[\\/]/,
              priority: 30,
              debugName: 'locales',
            },
            {
              name: 'framework',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|cookie|set-cookie-parser)[\\/]/,
              priority: 20,
            },
            { name: 'ui', test: /[\\/]node_modules[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
