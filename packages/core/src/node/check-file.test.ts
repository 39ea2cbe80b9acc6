import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkFile, decodeText, InputError, readTextFile} from './check-file.js'

let root: string

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'shenjiao-check-file-'))
})

afterAll(() => {
  rmSync(root, {recursive: true, force: true})
})

function write(name: string, content: string | Uint8Array): string {
  const path = join(root, name)
  mkdirSync(join(path, '..'), {recursive: true})
  writeFileSync(path, content)
  return path
}

async function inputError(promise: Promise<unknown>): Promise<InputError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  if (!(error instanceof InputError)) throw new Error(`expected an InputError, got ${String(error)}`)
  return error
}

describe('decodeText', () => {
  it('decodes UTF-8', () => {
    expect(decodeText(new TextEncoder().encode('中文𠮷'), 'a.txt')).toBe('中文𠮷')
  })

  it('keeps a BOM, so that callers can tell it was there', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0xad]), 'a.txt')).toBe('\uFEFF中')
  })

  it('refuses binary data and other encodings, naming the file', () => {
    expect(() => decodeText(new Uint8Array([0x50, 0x4b, 0x00, 0x01]), 'a.docx')).toThrow(InputError)
    expect(() => decodeText(new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]), 'gbk.txt')).toThrow(/^gbk\.txt：.*UTF-8/)
  })
})

describe('readTextFile', () => {
  it('removes a BOM and says there was one', async () => {
    const path = write('bom.md', '\uFEFF中文')
    expect(await readTextFile(path)).toEqual({text: '中文', hasBom: true, format: 'markdown'})
    expect((await readTextFile(write('plain.htm', '中文'))).hasBom).toBe(false)
  })

  it('picks the format by extension unless one is given', async () => {
    expect((await readTextFile(write('a.TXT', 'x'))).format).toBe('text')
    expect((await readTextFile(write('a.html', 'x'))).format).toBe('html')
    expect((await readTextFile(write('a.unknown', 'x'), 'markdown')).format).toBe('markdown')
  })

  it('refuses unknown types, missing files and directories', async () => {
    expect((await inputError(readTextFile(write('a.docx', 'x')))).message).toContain('.md')
    expect((await inputError(readTextFile(join(root, 'missing.md')))).path).toBe(join(root, 'missing.md'))
    mkdirSync(join(root, 'folder.md'))
    expect((await inputError(readTextFile(join(root, 'folder.md')))).message).toContain('目录')
  })
})

describe('checkFile', () => {
  it('uses the nearest configuration and counts offsets after the BOM', async () => {
    write('project/.shenjiaorc.json', JSON.stringify({rules: {'punctuation/no-space-in-chinese': 'off'}}))
    const path = write('project/docs/a.md', '\uFEFF我们要 加强管理,提高效率。')
    const findings = await checkFile(path)
    expect(findings.map((finding) => [finding.ruleId, finding.offset, finding.column])).toEqual([
      ['punctuation/no-halfwidth-in-chinese', 8, 9],
    ])
  })

  it('uses the configuration it is given instead', async () => {
    const path = write('project/docs/b.md', '中,文')
    expect(await checkFile(path, {config: {rules: {'punctuation/no-halfwidth-in-chinese': 'off'}}})).toEqual([])
  })
})
