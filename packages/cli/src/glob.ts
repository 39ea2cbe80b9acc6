/** Whether a command-line argument is a glob pattern rather than a path. */
export function isGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern)
}

/**
 * Splits a glob into the directory to walk (its leading segments without wildcards) and the
 * pattern the rest of each path must match: `docs/**\/*.md` → `docs` and `**\/*.md`.
 */
export function splitGlob(pattern: string): {base: string; rest: string} {
  const segments = pattern.split('/')
  const firstWild = segments.findIndex(isGlob)
  const base = segments.slice(0, firstWild).join('/')
  return {base: base === '' ? (pattern.startsWith('/') ? '/' : '.') : base, rest: segments.slice(firstWild).join('/')}
}

/**
 * Compiles the part of a glob after its base: `*` and `?` stay inside one path segment, `**`
 * spans segments, `{a,b}` is a choice and `[…]` a character class (`[!…]` negated).
 * Throws SyntaxError for an unbalanced or invalid pattern.
 */
export function globToRegExp(glob: string): RegExp {
  let source = ''
  let braces = 0
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*' && glob[i + 1] === '*') {
      const wholeSegment = (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/')
      if (!wholeSegment) {
        source += '[^/]*'
        i++
      } else if (glob[i + 2] === '/') {
        source += '(?:[^/]*/)*'
        i += 2
      } else {
        source += '.*'
        i++
      }
    } else if (char === '*') source += '[^/]*'
    else if (char === '?') source += '[^/]'
    else if (char === '[') {
      const close = glob.indexOf(']', i + 2)
      if (close === -1) source += '\\['
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\')
        source += `[${body}]`
        i = close
      }
    } else if (char === '{') {
      braces++
      source += '(?:'
    } else if (char === '}' && braces > 0) {
      braces--
      source += ')'
    } else if (char === ',' && braces > 0) source += '|'
    else source += char.replace(/[.+^$()|\\\]{}]/g, '\\$&')
  }
  if (braces > 0) throw new SyntaxError('“{” 没有配对的 “}”')
  return new RegExp(`^${source}$`, 'u')
}
