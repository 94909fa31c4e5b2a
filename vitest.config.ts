import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (name: string) => fileURLToPath(new URL(`packages/${name}/src/index.ts`, import.meta.url))

// In-repo tests run the TypeScript sources; published packages use dist.
const alias = {
  '@modulemark/model/arbitraries': fileURLToPath(new URL('packages/model/src/arbitraries.ts', import.meta.url)),
  '@modulemark/model': src('model'),
  '@modulemark/dialect': src('dialect'),
  '@modulemark/extract': src('extract'),
  '@modulemark/render-markdown': src('render-markdown'),
  '@modulemark/render-html': src('render-html'),
  '@modulemark/pdf': src('pdf'),
  '@modulemark/course': src('course'),
  '@modulemark/unified': src('unified'),
  modulemark: src('modulemark')
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { resolve: { alias }, test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 120_000 } },
      // Real Chromium and poppler: `pnpm test:browser` only, one file at a time (2 cores).
      {
        resolve: { alias },
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false }
      }
    ]
  }
})
