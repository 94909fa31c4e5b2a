import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const src = (name: string) => fileURLToPath(new URL(`packages/${name}/src/index.ts`, import.meta.url))

// In-repo tests run the TypeScript sources; published packages use dist.
const alias = {
  '@modulemark/model': src('model'),
  '@modulemark/dialect': src('dialect'),
  '@modulemark/extract': src('extract'),
  modulemark: src('modulemark')
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { resolve: { alias }, test: { name: 'corpus', include: ['test/corpus/**/*.test.ts'], testTimeout: 120_000 } }
    ]
  }
})
