import type {Rule} from '../../engine/rule.js'
import bixuBixu from './bixu-bixu.js'
import confusedWord from './confused-word.js'
import deDiDe from './de-di-de.js'
import fanyingFanying from './fanying-fanying.js'
import jianchaJiancha from './jiancha-jiancha.js'
import jiezhiJiezhi from './jiezhi-jiezhi.js'
import missingNumeral from './missing-numeral.js'
import noRepeatedWord from './no-repeated-word.js'
import qitaQita from './qita-qita.js'
import quanliQuanli from './quanli-quanli.js'
import suspiciousCharacter from './suspicious-character.js'
import traditionalChar from './traditional-char.js'
import userDictionary from './user-dictionary.js'
import variantForm from './variant-form.js'
import xiangXiang from './xiang-xiang.js'
import yiYi from './yi-yi.js'
import zhangZhang from './zhang-zhang.js'
import zuoZuo from './zuo-zuo.js'

/** Typo and misused-word rules, in documentation order. */
export const typoRules: ReadonlyArray<Rule<string, any>> = [
  noRepeatedWord,
  confusedWord,
  variantForm,
  traditionalChar,
  suspiciousCharacter,
  missingNumeral,
  deDiDe,
  zuoZuo,
  zhangZhang,
  jiezhiJiezhi,
  qitaQita,
  xiangXiang,
  yiYi,
  bixuBixu,
  fanyingFanying,
  jianchaJiancha,
  quanliQuanli,
  userDictionary,
]
