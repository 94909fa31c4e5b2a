// The cases of a fuzz run: a mix of hostile inputs, made in chunks so any case
// can be made again from the seed and its number alone.
import fc from 'fast-check'
import { anyBytes, anyString, mutatedPage, tokenSoup } from './generators.js'

export const chunkSize = 500

export function caseArbitrary(pages) {
  return fc.oneof(
    { weight: 5, arbitrary: mutatedPage(pages).map(({ name, mutations, text }) => ({ kind: 'mutated', note: `${name} ${JSON.stringify(mutations)}`, input: text })) },
    { weight: 3, arbitrary: tokenSoup.map((input) => ({ kind: 'markup', input })) },
    { weight: 1, arbitrary: anyString.map((input) => ({ kind: 'string', input })) },
    { weight: 1, arbitrary: anyBytes.map((input) => ({ kind: 'bytes', input })) }
  )
}

/** The cases of chunk `chunk` of a run seeded with `seed`. */
export function chunkCases(arbitrary, seed, chunk) {
  return fc.sample(arbitrary, { seed: (seed + chunk * 7919) | 0, numRuns: chunkSize })
}
