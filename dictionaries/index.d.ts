export interface DictionaryEntry {
  id: string
  file: string
  description: string
  source: string
  licence: string
  date: string
  columns: string[]
  /** Ids of the rules that read it. */
  rules: string[]
}

export declare const dictionaries: readonly DictionaryEntry[]

/** Rows of a dictionary: comment and blank lines dropped, each row split on tabs. */
export declare function readDictionary(id: string): string[][]

export interface BinaryDictionary {
  /** The `#` lines of the file, without the leading `# `. */
  comments: string[]
  bytes: Uint8Array
}

/** A dictionary stored as `#` lines and one base64 line: its comments and decoded bytes. */
export declare function readBinaryDictionary(id: string): BinaryDictionary

/** The comments and bytes of a binary dictionary's text (a model file read from elsewhere); `name` says whose in errors. */
export declare function decodeBinaryDictionary(text: string, name?: string): BinaryDictionary
