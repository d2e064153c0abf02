import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The explorer is built into client/dist, which the API server serves at "/". In development
// (npm run dev:client) Vite proxies /graphql to the API on port 4000.
export default defineConfig({
  root,
  plugins: [svelte()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Three pages: the explorer, GraphiQL for staff (served at /graphiql), and the canvas benchmark.
    rollupOptions: {
      input: { main: `${root}index.html`, graphiql: `${root}graphiql.html`, bench: `${root}bench.html` },
    },
    chunkSizeWarningLimit: 2000,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
