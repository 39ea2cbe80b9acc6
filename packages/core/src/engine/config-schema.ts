import {everyRule} from '../rules/index.js'
import {segmenterNames} from '../segment/index.js'
import {presetNames} from './config.js'

const levels = ['off', 'error', 'warning', 'info']

/**
 * The JSON Schema of `.shenjiaorc.json`, generated from the rules shenjiao ships so that
 * editors complete rule ids and explain each one. `npm run generate` writes it to
 * `packages/core/shenjiaorc.schema.json`; a test keeps the file in step with the rules.
 * `validateConfig` stays the authority: the schema is for editing help.
 */
export function configSchema(): Record<string, unknown> {
  const ruleProperties = Object.fromEntries(
    everyRule.map((rule) => [
      rule.id,
      {
        description: `默认 ${rule.severity}${rule.recommended ? '，recommended 预设启用' : ''}；说明：${rule.url}`,
        markdownDescription: `[${rule.id}](${rule.url})：默认 \`${rule.severity}\`${rule.recommended ? '，recommended 预设启用' : ''}`,
        anyOf: [
          {enum: levels},
          {type: 'array', items: [{enum: levels}, {type: 'object'}], minItems: 1, maxItems: 2},
        ],
      },
    ]),
  )
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/shenjiao/shenjiao/blob/main/packages/core/shenjiaorc.schema.json',
    title: 'shenjiao 配置（.shenjiaorc.json）',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      preset: {enum: presetNames, description: 'recommended：推荐规则，各按默认级别；strict：全部规则，警告升为错误'},
      rules: {type: 'object', description: '规则 id → 级别，或 [级别, 选项]', properties: ruleProperties, additionalProperties: false},
      dictionary: {
        type: 'object',
        additionalProperties: false,
        properties: {
          allow: {type: 'array', items: {type: 'string', minLength: 1}, description: '本项目认可的词语：不在其中报告问题'},
          replace: {type: 'object', additionalProperties: {type: 'string', minLength: 1}, description: '错词 → 正词'},
        },
      },
      segmenter: {enum: segmenterNames, description: '分词器'},
    },
  }
}
