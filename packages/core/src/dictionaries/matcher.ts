/** An occurrence of a dictionary word: `index` is the word's position in the list given. */
export interface Match {
  index: number
  start: number
  end: number
}

export interface Matcher {
  /** Every occurrence of every word, overlapping ones included, in order of end offset. */
  findAll(text: string): Match[]
}

interface State {
  next: Map<number, number>
  fail: number
  /** Indexes of the words that end here, own and inherited through failure links. */
  outputs: number[]
}

/**
 * Aho–Corasick over UTF-16 code units: one pass over the text whatever the number of
 * words, so a large dictionary costs its build once and nothing per word at check time.
 */
export function createMatcher(words: readonly string[]): Matcher {
  const states: State[] = [{next: new Map(), fail: 0, outputs: []}]
  words.forEach((word, index) => {
    if (word === '') return
    let state = 0
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      let target = states[state]!.next.get(code)
      if (target === undefined) {
        target = states.length
        states.push({next: new Map(), fail: 0, outputs: []})
        states[state]!.next.set(code, target)
      }
      state = target
    }
    states[state]!.outputs.push(index)
  })

  const queue: number[] = [...states[0]!.next.values()]
  for (let head = 0; head < queue.length; head++) {
    const state = states[queue[head]!]!
    for (const [code, target] of state.next) {
      let fail = state.fail
      while (fail !== 0 && !states[fail]!.next.has(code)) fail = states[fail]!.fail
      const candidate = states[fail]!.next.get(code)
      const targetState = states[target]!
      targetState.fail = candidate !== undefined && candidate !== target ? candidate : 0
      targetState.outputs.push(...states[targetState.fail]!.outputs)
      queue.push(target)
    }
  }

  return {
    findAll(text) {
      const matches: Match[] = []
      let state = 0
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i)
        while (state !== 0 && !states[state]!.next.has(code)) state = states[state]!.fail
        state = states[state]!.next.get(code) ?? 0
        for (const index of states[state]!.outputs) {
          matches.push({index, start: i + 1 - words[index]!.length, end: i + 1})
        }
      }
      return matches
    },
  }
}

const cache = new Map<string, Matcher>()

/** A matcher compiled once per key (a dictionary id, or a user word list). */
export function cachedMatcher(key: string, words: () => readonly string[]): Matcher {
  let matcher = cache.get(key)
  if (!matcher) {
    matcher = createMatcher(words())
    cache.set(key, matcher)
  }
  return matcher
}
