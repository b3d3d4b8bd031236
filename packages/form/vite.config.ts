import { defineConfig } from 'vite';

/**
 * The standalone bundle for a CMS `<script type="module">`: Lit, core, the 2021 format's
 * precompiled validator and the element in one minified file that registers
 * `<nianbao-report-form>`. The Markdown reader and writer stay in chunks beside it, fetched only
 * when someone imports or exports Markdown, and so does the 2019 validator (core's `browser` field
 * makes it a dynamic import), fetched only when a 2019 report is opened.
 */
export default defineConfig({
  build: {
    // Its own folder, emptied on each build, so that stale chunks never ship.
    outDir: 'dist/standalone',
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'nianbao-form.js',
    },
    rolldownOptions: {
      // Lets the shared code (core, used by the lazy Markdown chunks too) live in the entry file,
      // which then stays the one file a page loads first; the chunks import it from there.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: 'nianbao-form-[name]-[hash].js',
      },
    },
  },
});
