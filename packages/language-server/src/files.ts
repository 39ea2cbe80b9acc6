import {sep} from 'node:path'

/** Characters that mark a document as binary, as the CLI decides (a NUL in the first 8000). */
const binaryProbe = 8000

/** Whether a document's text is binary content rather than text. */
export function looksBinary(text: string): boolean {
  return text.slice(0, binaryProbe).includes('\u0000')
}

/** Whether `path` lies below `folder` (both absolute; the folder itself is not below it). */
export function isInside(folder: string, path: string): boolean {
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
}
