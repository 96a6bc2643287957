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
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
