import type {Rule} from '../../engine/rule.js'
import canonicalFormulation from './canonical-formulation.js'
import forbiddenTerm from './forbidden-term.js'
import inconsistentInstitutionName from './inconsistent-institution-name.js'
import protectedName from './protected-name.js'
import regionAsCountry from './region-as-country.js'

/** Official wording rules (规范表述, protected names, 禁用词), in documentation order. */
export const wordingRules: ReadonlyArray<Rule<string, any>> = [canonicalFormulation, protectedName, forbiddenTerm, regionAsCountry, inconsistentInstitutionName]
