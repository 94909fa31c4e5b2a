// Compile-time proof that a hand-written interface and the zod schema agree.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export type Assert<T extends true> = T
