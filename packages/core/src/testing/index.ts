/**
 * `@shenjiao/core/testing`: the strict rule tester, on vitest. Import it only from tests;
 * vitest is an optional peer dependency of `@shenjiao/core`.
 */
export {
  messageIdsOf,
  ruleTester,
  validateCases,
  type CaseConfig,
  type ExpectedError,
  type InvalidCase,
  type RuleTesterCases,
  type ValidCase,
} from './rule-tester.js'
export {variantsOf, type Variant} from './variants.js'
