import type {Severity} from '@shenjiao/core'

export type Paint = (text: string) => string

export interface Palette {
  bold: Paint
  dim: Paint
  green: Paint
  severity: Record<Severity, Paint>
}

const ansi = (open: number, close: number): Paint => (text) => `\u001b[${open}m${text}\u001b[${close}m`
const plain: Paint = (text) => text

/** Colours only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function shouldColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR
}

export function palette(color: boolean): Palette {
  if (!color) return {bold: plain, dim: plain, green: plain, severity: {error: plain, warning: plain, info: plain}}
  return {
    bold: ansi(1, 22),
    dim: ansi(2, 22),
    green: ansi(32, 39),
    severity: {error: ansi(31, 39), warning: ansi(33, 39), info: ansi(34, 39)},
  }
}
