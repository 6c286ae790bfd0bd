import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  // The web UI lives in web/; the server serves the build from dist/web.
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Every browser that runs the UI knows <link rel=modulepreload>; the polyfill is dead weight.
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': { target: 'http://127.0.0.1:7945', ws: false } },
  },
});
