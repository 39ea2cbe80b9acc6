import type {Rule} from '../../engine/rule.js'
import bankCard from './bank-card.js'
import email from './email.js'
import homeAddress from './home-address.js'
import idCard from './id-card.js'
import licensePlate from './license-plate.js'
import militaryId from './military-id.js'
import passport from './passport.js'
import personName from './person-name.js'
import phone from './phone.js'
import travelPermit from './travel-permit.js'

/** Personal-information rules, in documentation order. */
export const privacyRules: ReadonlyArray<Rule<string, any>> = [
  idCard,
  phone,
  bankCard,
  passport,
  travelPermit,
  militaryId,
  licensePlate,
  email,
  homeAddress,
  personName,
]
