/**
 * `shenjiao check` reads the files it checks as one site: a policy and its interpretation
 * that do not link to each other are reported (政策 ↔ 解读 linkage), in every format.
 */
import {describe, expect, it} from 'vitest'
import {fixture, runCli} from './run-cli.js'

const policy = '# 某市人民政府关于印发某市支持中小企业高质量发展若干措施的通知\n\n某政发〔2026〕3号\n\n各区人民政府：现将《若干措施》印发给你们。\n'
const interpretation = '# 《某市支持中小企业高质量发展若干措施》政策解读\n\n原文见[通知](/zwgk/cuoshi.md)。\n'
const linkedPolicy = `${policy}\n解读见[政策解读](../zcjd/jiedu.md)。\n`
const message = '政策文件未链接其解读“《某市支持中小企业高质量发展若干措施》政策解读”（zcjd/jiedu.md），政策文件与解读应双向关联'

describe('site rules in shenjiao check', () => {
  it('reports the unlinked policy at its title, with root-relative links resolved inside the checked folder', async () => {
    const cwd = await fixture({'site/zwgk/cuoshi.md': policy, 'site/zcjd/jiedu.md': interpretation})
    const result = await runCli(['check', 'site', '--format', 'json'], {cwd})
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report.files.every((file: {findings: unknown[]}) => file.findings.length === 0)).toBe(true)
    expect(report.site).toEqual([
      {
        path: 'site/zwgk/cuoshi.md',
        findings: [
          expect.objectContaining({ruleId: 'linkage/two-way', category: 'linkage', severity: 'error', line: 1, column: 3, endColumn: 33, message}),
        ],
      },
    ])
    expect(report.summary).toMatchObject({files: 2, findings: 1, error: 1, byCategory: {linkage: 1}})
  })

  it('prints site findings after the files, and passes once both pages link', async () => {
    const cwd = await fixture({'zwgk/cuoshi.md': policy, 'zcjd/jiedu.md': interpretation})
    const pretty = await runCli(['check', '.'], {cwd})
    expect(pretty.stdout).toContain(`zwgk/cuoshi.md:1:3  error  ${message}  linkage/two-way`)
    const fixed = await fixture({'zwgk/cuoshi.md': linkedPolicy, 'zcjd/jiedu.md': interpretation})
    expect((await runCli(['check', '.'], {cwd: fixed})).code).toBe(0)
  })

  it('follows --rule and the configuration like any rule', async () => {
    const cwd = await fixture({
      'zwgk/cuoshi.md': policy,
      'zcjd/jiedu.md': interpretation,
      '.shenjiaorc.json': JSON.stringify({rules: {'linkage/two-way': 'warning'}}),
    })
    const configured = JSON.parse((await runCli(['check', '.', '--format', 'json'], {cwd})).stdout)
    expect(configured.site[0].findings[0].severity).toBe('warning')
    const only = await runCli(['check', '.', '--rule', 'typo/no-repeated-word', '--format', 'json'], {cwd})
    expect(JSON.parse(only.stdout).site).toEqual([])
    const sarif = JSON.parse((await runCli(['check', '.', '--format', 'sarif'], {cwd})).stdout)
    expect(sarif.runs[0].results.map((result: {ruleId: string}) => result.ruleId)).toEqual(['linkage/two-way'])
    expect(sarif.runs[0].tool.driver.rules.map((rule: {id: string}) => rule.id)).toContain('linkage/two-way')
  })

  it('does not pair a page with pages outside the checked files', async () => {
    const cwd = await fixture({'zwgk/cuoshi.md': policy, 'zcjd/jiedu.md': interpretation})
    expect((await runCli(['check', 'zwgk/cuoshi.md'], {cwd})).code).toBe(0)
  })
})
