export type {Category, Finding, Fixable, Format, Severity} from './types.js'
export {categories} from './types.js'
export {check, stripBom, type CheckOptions} from './engine/check.js'
export {applyFixes, fix, type FixOptions, type FixResult} from './engine/fix.js'
export {
  ConfigError,
  presetNames,
  validateConfig,
  type Config,
  type PresetName,
  type RuleLevel,
  type RuleSetting,
} from './engine/config.js'
export {defineRule, docsBaseUrl, type ProseSegment, type Report, type Rule, type RuleContext, type RuleDefinition, type RuleVisitors, type UserDictionary} from './engine/rule.js'
export {levelOf, resolveRules, type ActiveRule} from './engine/resolve.js'
export {compareFindings, withoutRepeats} from './engine/finding.js'
export {configSchema} from './engine/config-schema.js'
export {lintDocument} from './engine/run.js'
export {applyDirectives} from './engine/directives.js'
export {parse, formatOfPath, supportedExtensions, extractHtml, extractMarkdown, type Block, type BlockKind, type ParsedDocument, type Span} from './parse/index.js'
export {LineIndex} from './parse/line-index.js'
export {createMatcher, type Match, type Matcher} from './dictionaries/matcher.js'
export {getSegmenter, defaultSegmenter, segmenterNames, type Segmenter, type SegmenterName, type Token} from './segment/index.js'
export {everyRule, rules, ruleIds, siteRules} from './rules/index.js'
export {defineSiteRule, type SiteReport, type SiteRule, type SiteRuleDefinition} from './engine/site-rule.js'
export {checkSite, lintSite, type SiteFile} from './site/check-site.js'
export {readPage, type PageKind, type SitePage} from './site/page.js'
export {checkFile, decodeText, readTextFile, InputError, type CheckFileOptions, type FileText} from './node/check-file.js'
export {clearConfigCache, findConfig, readConfigFile, type LoadedConfig} from './node/config.js'
export {default as shenjiao, default, type ShenjiaoPluginOptions} from './plugin.js'
