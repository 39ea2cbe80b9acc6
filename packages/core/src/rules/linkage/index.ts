import type {SiteRule} from '../../engine/site-rule.js'
import interpretationSource from './interpretation-source.js'
import twoWay from './two-way.js'

/** Site rules: 政策文件 ↔ 解读 linkage, checked over a whole site, in documentation order. */
export const siteRules: ReadonlyArray<SiteRule> = [twoWay, interpretationSource]
