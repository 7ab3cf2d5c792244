import { join } from 'node:path';
import { defineConfig } from 'vite';

const root = import.meta.dirname;

/** The web application, built into the service's build output (dist/web), which serves it at `/`. */
export default defineConfig({
  root,
  resolve: {
    alias: [
      // dkfds's package exports hide dist/: its CSS, fonts and icons are reached by path.
      { find: /^dkfds\/dist\/(.*)$/, replacement: join(root, '..', 'node_modules', 'dkfds', 'dist', '$1') },
      { find: /^@web\/(.*)$/, replacement: join(root, 'src', '$1') },
      // The service's pure vocabularies, shared rather than copied.
      { find: /^@workflows\/(.*)$/, replacement: join(root, '..', 'workflows', '$1') },
      { find: /^@src\/(.*)$/, replacement: join(root, '..', 'src', '$1') },
    ],
  },
  build: {
    outDir: join(root, '..', 'dist', 'web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      // React Query marks its modules "use client" for server components, which a plain SPA ignores.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
