import type {Rule} from '../engine/rule.js'
import noHalfwidthInChinese from './punctuation/no-halfwidth-in-chinese.js'
import noSpaceInChinese from './punctuation/no-space-in-chinese.js'
import privacyBankCard from './privacy/bank-card.js'
import privacyEmail from './privacy/email.js'
import privacyHomeAddress from './privacy/home-address.js'
import privacyIdCard from './privacy/id-card.js'
import privacyLicensePlate from './privacy/license-plate.js'
import privacyMilitaryId from './privacy/military-id.js'
import privacyPassport from './privacy/passport.js'
import privacyPersonName from './privacy/person-name.js'
import privacyPhone from './privacy/phone.js'
import privacyTravelPermit from './privacy/travel-permit.js'
import noRepeatedWord from './typo/no-repeated-word.js'
import userDictionary from './typo/user-dictionary.js'

/** Every rule shenjiao ships, in documentation order. */
export const rules: ReadonlyArray<Rule<string, any>> = [
  noHalfwidthInChinese,
  noSpaceInChinese,
  noRepeatedWord,
  userDictionary,
  privacyIdCard,
  privacyPhone,
  privacyBankCard,
  privacyPassport,
  privacyTravelPermit,
  privacyMilitaryId,
  privacyLicensePlate,
  privacyEmail,
  privacyHomeAddress,
  privacyPersonName,
]

export const ruleIds: ReadonlySet<string> = new Set(rules.map((rule) => rule.id))
