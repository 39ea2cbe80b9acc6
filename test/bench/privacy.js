// `npm run bench:privacy`: precision and recall of the privacy rules on a labelled set of
// government-notice sentences with synthetic personal information, generated here from a
// fixed seed: 处罚决定书, 信息公开答复, 公示 lists, 补贴发放, 招聘公示, 违停曝光 … and the traps
// that must stay quiet (文号, 统一社会信用代码, 12345, 邮政编码, dates, amounts, project
// numbers, masked values, office phones and hotlines, office mailboxes and addresses).
//
// Every number is made up: identity numbers and card numbers get their check characters
// computed here, independently of the rules' own code. Exits 1 when a target is missed:
// recall and precision ≥ 0.99 on checksummed identifiers, precision ≥ 0.95 overall.
//
// SHENJIAO_BENCH_SEED and SHENJIAO_BENCH_SENTENCES change the set; SHENJIAO_BENCH_VERBOSE=1
// prints every miss and false alarm.
import {importCore, printTable, requireBuild} from './texts.js'
import {seeded} from './random.js'

const seed = Number(process.env.SHENJIAO_BENCH_SEED ?? 20261129)
const sentenceCount = Number(process.env.SHENJIAO_BENCH_SENTENCES ?? 3000)
const verbose = process.env.SHENJIAO_BENCH_VERBOSE === '1'

// ---- random values ----------------------------------------------------------------------

const random = seeded(seed)
const int = (min, max) => min + Math.floor(random() * (max - min + 1))
const pick = (list) => list[Math.floor(random() * list.length)]
const digits = (count) => Array.from({length: count}, () => int(0, 9)).join('')
const pad = (value, width) => String(value).padStart(width, '0')
const chance = (p) => random() < p

/** County-level codes of GB/T 2260 (public administrative codes, not anyone's number). */
const countyCodes = [
  '110101', '110105', '120101', '130102', '140105', '150102', '210102', '220102', '230102', '310104',
  '320102', '330106', '340104', '350203', '360102', '370102', '410105', '420106', '430104', '440305',
  '450103', '460106', '500103', '510107', '520102', '530102', '540102', '610113', '620102', '630102',
  '640104', '650102', '421302', '441900', '469005', '659001',
]

function birthDate() {
  const year = int(1940, 2006)
  const month = int(1, 12)
  const day = int(1, new Date(Date.UTC(year, month, 0)).getUTCDate())
  return `${year}${pad(month, 2)}${pad(day, 2)}`
}

/** GB 11643-1999: weights 2^(17-i) mod 11, check characters 1 0 X 9 8 7 6 5 4 3 2. */
function checkChar(first17) {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11)
  return '10X98765432'[sum % 11]
}

function idNumber() {
  const first17 = pick(countyCodes) + birthDate() + digits(3)
  return first17 + checkChar(first17)
}

/** Same shape, wrong check character: a typo in a leaked number. */
function badIdNumber() {
  const first17 = pick(countyCodes) + birthDate() + digits(3)
  const right = checkChar(first17)
  return first17 + pick('0123456789X'.split('').filter((char) => char !== right))
}

function legacyIdNumber() {
  return pick(countyCodes) + birthDate().slice(2) + digits(3)
}

const maskedId = (id) => `${id.slice(0, 6)}${'*'.repeat(8)}${id.slice(14)}`

const mobilePrefixes = ['130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199']

function mobileNumber() {
  const number = pick(mobilePrefixes) + digits(8)
  const style = random()
  if (style < 0.7) return number
  if (style < 0.8) return `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`
  if (style < 0.9) return `${number.slice(0, 3)}-${number.slice(3, 7)}-${number.slice(7)}`
  return `+86 ${number}`
}

const areaCodes = ['010', '020', '021', '022', '023', '025', '027', '028', '029', '0351', '0371', '0431', '0551', '0571', '0591', '0731', '0755', '0871']

function landlineNumber() {
  const area = pick(areaCodes)
  const local = String(int(2, 8)) + digits(area.length === 3 ? 7 : pick([6, 7]))
  return pick([`${area}-${local}`, `${area}-${local}`, `（${area}）${local}`, `${area} ${local}`])
}

/** Luhn: the check digit that makes the doubled-alternate sum a multiple of 10. */
function luhnComplete(partial) {
  let sum = 0
  for (let i = 0; i < partial.length; i++) {
    let digit = Number(partial[partial.length - 1 - i])
    if (i % 2 === 0) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return partial + ((10 - (sum % 10)) % 10)
}

function cardNumber() {
  const bin = pick(['622202', '622848', '621700', '622588', '622700', '621226', '623058', '625965', '436742', '518710'])
  const length = bin.startsWith('62') ? pick([16, 19, 19]) : 16
  const number = luhnComplete(bin + digits(length - bin.length - 1))
  return chance(0.3) ? number.replace(/(\d{4})(?=\d)/g, '$1 ') : number
}

/** A 19-digit account number of an office: no Luhn check digit. */
const officeAccount = () => String(int(1, 9)) + digits(18)

const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const passportNumber = () => pick([`E${digits(8)}`, `E${pick(letters.split(''))}${digits(7)}`, `G${digits(8)}`])
const permitNumber = () => pick([`H${digits(8)}`, `M${digits(8)}`, `H${digits(10)}`, `C${digits(8)}`, `L${digits(8)}`])
const taiwanPermitNumber = () => digits(8)
const militaryNumber = () => `${pick(['南', '北', '沈', '兰', '济', '成', '广', '海', '空', '军'])}字第${digits(7)}号`

const plateProvinces = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼'.split('')
function plateNumber() {
  const head = pick(plateProvinces) + pick('ABCDEFGHJK'.split(''))
  const style = random()
  if (style < 0.2) return `${head}${pick(['D', 'F'])}${pick(letters.split(''))}${digits(4)}`
  if (style < 0.3) return `${head}${digits(5)}${pick(['D', 'F'])}`
  const serial = digits(5).split('')
  serial[int(0, 4)] = chance(0.5) ? pick(letters.split('')) : serial[0]
  return head + serial.join('')
}

const pinyin = ['zhang', 'wang', 'li', 'liu', 'chen', 'yang', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'ma', 'zhu', 'hu', 'guo', 'lin']
const emailAddress = () =>
  `${pick(pinyin)}${pick(['', 'xm', 'jh', 'li', '_', '.'])}${pick(['', digits(2), digits(4), String(int(1960, 2005))])}@${pick(['163.com', '126.com', 'qq.com', 'sina.com', 'gmail.com', 'foxmail.com', 'hotmail.com', '139.com'])}`.replace(/[_.]@/, '@')

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'.split('')
const givenNames = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '建国', '志强', '晓东', '红梅', '玉兰', '海燕', '国庆', '春生', '子涵', '浩然', '雨萱', '梓轩', '思远', '婷婷', '文博', '佳怡', '德明', '淑珍', '金凤', '永福', '立新']
const personName = () => (chance(0.03) ? pick(['欧阳', '司马', '上官', '诸葛']) : pick(surnames)) + pick(givenNames)
const maskedName = () => pick(surnames) + pick(['某', '某某', '*', '**', '某某'])

const districts = ['北京市朝阳区', '北京市海淀区', '上海市徐汇区', '浙江省杭州市西湖区', '广东省深圳市南山区', '四川省成都市武侯区', '湖北省武汉市洪山区', '河南省郑州市金水区', '江苏省南京市鼓楼区', '山东省济南市历下区', '陕西省西安市雁塔区', '湖南省长沙市岳麓区']
const streets = ['人民路', '解放路', '建设大道', '文三路', '朝阳北路', '幸福巷', '中山街', '光明大道', '学院路', '和平里', '滨江路']
const estates = ['幸福小区', '金色家园', '阳光花园', '翠苑一区', '锦绣华庭', '东湖新村']
function homeAddress() {
  const style = random()
  if (style < 0.35) return `${pick(districts)}${pick(streets)}${int(1, 300)}号${int(1, 20)}号楼${int(1, 6)}单元${int(1, 30)}0${int(1, 4)}室`
  if (style < 0.7) return `${pick(districts)}${pick(streets)}${pick(estates)}${int(1, 30)}栋${int(1, 4)}单元${int(1, 30)}0${int(1, 4)}室`
  if (style < 0.85) return `${pick(['安徽省六安市霍邱县城关镇', '河南省周口市太康县城关镇', '江西省赣州市于都县贡江镇'])}${pick(['新华村', '红星村', '东风村'])}${int(1, 12)}组${int(1, 80)}号`
  return `${pick(districts)}${pick(streets)}${int(1, 300)}号`
}
const officeAddress = () => `${pick(districts)}${pick(streets)}${int(1, 300)}号`

const amount = () => pick([String(int(100, 99999)), `${int(1, 999)},${pad(int(0, 999), 3)}`, `${int(1, 99)}.${int(10, 99)}万`])
const date = () => `${int(2015, 2025)}年${int(1, 12)}月${int(1, 28)}日`
const gender = () => pick(['男', '女'])
const offices = ['区民政局', '市人力资源和社会保障局', '县市场监督管理局', '区住房和城乡建设局', '市医疗保障局', '街道办事处', '区退役军人事务局']

// ---- sentences --------------------------------------------------------------------------

/**
 * A sentence from parts: strings or numbers, and `[kind, value]` pairs labelled as leaks of that
 * privacy rule (`privacy/<kind>`); `checksummed` marks identifiers with a check character.
 */
function sentence(...parts) {
  let text = ''
  const labels = []
  for (const part of parts) {
    if (!Array.isArray(part)) {
      text += String(part)
      continue
    }
    const [kind, value, checksummed = false] = part
    labels.push({kind: `privacy/${kind}`, start: text.length, end: text.length + value.length, value, checksummed})
    text += value
  }
  return {text, labels}
}

const leak = (kind, value, checksummed) => [kind, value, checksummed]
const id = () => leak('id-card', idNumber(), true)
const card = () => leak('bank-card', cardNumber(), true)

/** Sentences that carry personal information. */
const leaking = [
  () => sentence('当事人：', leak('person-name', personName()), '，性别：', gender(), '，身份证号码：', id(), '，住址：', leak('home-address', homeAddress()), '。'),
  () => sentence('被处罚人', leak('person-name', personName()), '（公民身份号码', id(), '）因违法占道经营，依据《城市市容和环境卫生管理条例》第三十六条，决定给予罚款', amount(), '元的行政处罚。'),
  () => sentence('经核实，申请人', leak('person-name', personName()), '（手机号码：', leak('phone', mobileNumber()), '）反映的问题基本属实。'),
  () => sentence(leak('person-name', personName()), '，', gender(), '，', int(1950, 2000), '年', int(1, 12), '月出生，身份证号', id(), '，补贴资金', amount(), '元已发放至其社保卡（卡号：', card(), '）。'),
  () => sentence('户主', leak('person-name', personName()), '，家庭电话', leak('phone', landlineNumber()), '，家庭住址：', leak('home-address', homeAddress()), '。'),
  () => sentence('拟聘用人员：', leak('person-name', personName()), '，', gender(), '，身份证号：', id(), '，联系电话：', leak('phone', mobileNumber()), '。'),
  () => sentence(date(), '，', leak('person-name', personName()), '驾驶', leak('license-plate', plateNumber()), '号小型轿车在', pick(streets), '与', pick(streets), '交叉口违反禁令标志通行。'),
  () => sentence('违停车辆：', leak('license-plate', plateNumber()), '、', leak('license-plate', plateNumber()), '、', leak('license-plate', plateNumber()), '。'),
  () => sentence(leak('person-name', personName()), '，护照号码：', leak('passport', passportNumber()), '，已于', date(), '办结出入境手续。'),
  () => sentence('港澳居民', leak('person-name', personName()), '（港澳居民来往内地通行证号码：', leak('travel-permit', permitNumber()), '）已办理居住登记。'),
  () => sentence('台湾居民', leak('person-name', personName()), '，台湾居民来往大陆通行证号码', leak('travel-permit', taiwanPermitNumber()), '，申请就业登记。'),
  () => sentence('申请人', leak('person-name', personName()), '持往来港澳通行证（证件号码：', leak('travel-permit', `C${digits(8)}`), '）办理签注。'),
  () => sentence('随军家属', leak('person-name', personName()), '的配偶', leak('person-name', personName()), '，军官证号：', leak('military-id', militaryNumber().replace(/\D/g, '')), '。'),
  () => sentence('现役军人', leak('person-name', personName()), '（军官证：', pick(['南', '北', '海', '空']), '字第', leak('military-id', digits(7)), '号）已办理优待证。'),
  () => sentence('申请人', leak('person-name', personName()), '的电子邮箱为', leak('email', emailAddress()), '，答复书已按其要求以电子邮件送达。'),
  () => sentence('举报人', leak('person-name', personName()), '，邮箱：', leak('email', emailAddress()), '，反映某小区违规搭建问题。'),
  () => sentence(leak('person-name', personName()), '，', gender(), '，', int(20, 80), '岁，住', leak('home-address', homeAddress()), '。'),
  () => sentence('户籍地址：', leak('home-address', homeAddress()), '；现住址：', leak('home-address', homeAddress()), '。'),
  () => sentence('收款人：', leak('person-name', personName()), '，开户行：中国农业银行', pick(['城关', '滨江', '东湖']), '支行，账号：', card(), '。'),
  () => sentence('群众', leak('person-name', personName()), '来电反映小区供暖不足，来电号码', leak('phone', mobileNumber()), '。'),
  () => sentence('如对本决定不服，', leak('person-name', personName()), '可通过手机', leak('phone', mobileNumber()), '与承办人联系。'),
  () => sentence('身份证号码：', leak('id-card', `${idNumber().slice(0, 12)}******`), '。'),
  () => sentence('身份证号码：', leak('id-card', badIdNumber()), '。'),
  () => sentence('身份证号：', leak('id-card', legacyIdNumber()), '。'),
  () => sentence(String(int(1, 99)), '　', leak('person-name', personName()), '　', id(), '　', pick(['城关镇', '东风村', '红星社区']), '　', int(1, 6), '人'),
  () => sentence('联系人：', personName(), '，联系电话：', leak('phone', mobileNumber()), '。'),
  () => sentence('失主', leak('person-name', personName()), '（', leak('phone', mobileNumber()), '）的钱包已由民警送还。'),
  () => sentence('申请人', leak('person-name', personName()), '，银行卡号', card(), '，开户行中国建设银行。'),
  () => sentence('其母亲', leak('person-name', personName()), '，住宅电话', leak('phone', landlineNumber()), '。'),
  () => sentence('家长', leak('person-name', personName()), '：', leak('phone', mobileNumber()), '。'),
  () => sentence('违法行为人：', leak('person-name', personName()), '，身份证号：', id(), '，现住：', leak('home-address', homeAddress()), '。'),
  () => sentence('权利人：', leak('person-name', personName()), '（身份证号', id(), '），不动产坐落：', pick(districts), pick(streets), int(1, 99), '号。'),
  () => sentence('经查，', leak('person-name', personName()), '（身份证号码：', id(), '）于', date(), '在', pick(streets), '无证经营。'),
  () => sentence('确诊病例', leak('person-name', personName()), '，', gender(), '，', int(20, 80), '岁，住', leak('home-address', homeAddress()), '。'),
  () => sentence('收件人：', leak('person-name', personName()), '，电话：', leak('phone', mobileNumber()), '，地址：', leak('home-address', homeAddress()), '。'),
  () => sentence('请将款项汇入', leak('person-name', personName()), '的个人账户（工商银行，账号', card(), '）。'),
  () => sentence('车牌号为', leak('license-plate', plateNumber().replace(/^(..)/, '$1·')), '的车辆已被依法拖移。'),
  () => sentence('手机号：', leak('phone', mobileNumber()), '（本人）。'),
  () => sentence('委托人', leak('person-name', personName()), '，公民身份号码', id(), '，联系电话', leak('phone', mobileNumber()), '。'),
  () => sentence('当事人', leak('person-name', personName()), '的父亲', leak('person-name', personName()), '（电话', leak('phone', mobileNumber()), '）到场。'),
]

/** Sentences with number-like strings that are not personal information. */
const quiet = [
  () => sentence('根据《国务院办公厅关于全面推进政务公开工作的意见》（国办发〔', int(2015, 2024), '〕', int(1, 120), '号）精神，制定本办法。'),
  () => sentence(pick(['杭州', '成都', '武汉']), pick(['天成', '恒达', '众兴']), '建设工程有限公司（统一社会信用代码：91', pick(countyCodes), 'MA', digits(4), pick(letters.split('')), digits(1), pick(['X', 'Y', '3', '7']), '）存在违法分包行为。'),
  () => sentence('某事业单位（统一社会信用代码：12', pick(countyCodes), digits(8), pick(['X', 'Y', '3', '7']), '）已完成年度报告公示。'),
  () => sentence('如有疑问，请拨打政务服务便民热线12345。'),
  () => sentence('办公地址：', officeAddress(), '，邮政编码：', int(100000, 850000), '。'),
  () => sentence('本通知自', date(), '起施行，有效期至', int(2026, 2030), '-', pad(int(1, 12), 2), '-', pad(int(1, 28), 2), '。'),
  () => sentence('全年地区生产总值达到', int(1000, 99999), '亿元，同比增长', int(1, 9), '.', int(0, 9), '%，一般公共预算收入', int(10000000, 999999999), '元。'),
  () => sentence('项目编号：', pick(['ZB', 'CG', 'GC']), '-', int(2018, 2025), '-', pad(int(1, 999), 4), '，采购编号：', digits(18), '。'),
  () => sentence('项目代码：', int(2018, 2025), '-', pick(countyCodes), '-', int(10, 99), '-', pad(int(1, 99), 2), '-', digits(6), '。'),
  () => sentence('身份证号：', maskedId(idNumber()), '，联系电话：', pick(mobilePrefixes), '****', digits(4), '。'),
  () => sentence(maskedName(), '，', gender(), '，身份证号码', maskedId(idNumber()), '，执行标的', amount(), '元。'),
  () => sentence(pick(offices), '办公室电话：', landlineNumber(), '，传真：', landlineNumber(), '。'),
  () => sentence('咨询电话：', landlineNumber(), '；监督电话：', landlineNumber(), '。'),
  () => sentence(pick(offices), '联系电话：', landlineNumber(), '。'),
  () => sentence('举报电话：', mobileNumber().replace(/^\+86 /, ''), '（24小时值班）。'),
  () => sentence('投稿邮箱：', pick(['xxgk', 'tougao', 'zfxxgk', 'bgs']), '@', pick(['hangzhou', 'wuhan', 'chengdu']), '.gov.cn。'),
  () => sentence('请于', date(), '前将报名表发送至', pick(['rsj', 'zhaopin', 'hr']), digits(2), '@163.com。'),
  () => sentence('受理地点：', pick(districts), '政务服务中心（', pick(streets), int(1, 300), '号）', int(1, 3), '楼', int(1, 30), '号窗口。'),
  () => sentence('注册号：', digits(15), '，登记机关：', pick(offices), '。'),
  () => sentence('联系人：', personName(), '，联系电话：', landlineNumber(), '。'),
  () => sentence('户名：', pick(['杭州市', '成都市', '武汉市']), '财政局，开户行：中国工商银行', pick(['城东', '城西']), '支行，账号：', officeAccount(), '。'),
  () => sentence(personName(), pick(['副省长', '市长', '局长']), '出席会议并讲话，要求各地抓好落实。'),
  () => sentence('依据GB/T 2260—2007，ISBN 978-7-', digits(2), '-', digits(6), '-', int(0, 9), '。'),
  () => sentence('合同编号：', pick(mobilePrefixes), digits(8), '，签订日期：', date(), '。'),
  () => sentence('设备型号：', passportNumber(), '，出厂日期', int(2015, 2024), pad(int(1, 12), 2), pad(int(1, 28), 2), '。'),
  () => sentence('证书编号：', passportNumber(), '，有效期至', int(2026, 2030), '年。'),
  () => sentence('全市共有国家4A级旅游景区', int(10, 60), '家，G', int(1, 99), '高速公路通车里程', int(100, 999), '公里。'),
  () => sentence('请', personName(), '同志于', date(), '前持本人身份证到', pick(offices), '领取证书，联系电话：', landlineNumber(), '。'),
  () => sentence('经办人：', personName(), '，审核人：', personName(), '。'),
  () => sentence('公示期间如有异议，请向', pick(offices), '反映，电话：', landlineNumber(), '，电子邮箱：', pick(['jubao', 'xxgk', 'tousu']), '@', pick(['hz', 'wh']), '.gov.cn。'),
  () => sentence('截至', date(), '，累计发放补贴', int(1000000, 99999999), '元，惠及', int(1000, 99999), '户。'),
  () => sentence('订单号', digits(18), '已退款。'),
  () => sentence('当事人：', pick(['杭州', '成都']), '某某科技有限公司，统一社会信用代码：91', pick(countyCodes), 'MA', digits(5), pick(letters.split('')), '，法定代表人：', personName(), '，住所：', officeAddress(), '。'),
  () => sentence('经研究，决定给予', personName(), '同志党内警告处分。'),
  () => sentence('本次招聘报名咨询电话：', landlineNumber(), '，联系人：', pick(surnames), '老师。'),
  () => sentence('失信被执行人：', maskedName(), '，身份证号码：', maskedId(idNumber()), '，执行标的：', amount(), '元。'),
  () => sentence('京ICP备', digits(8), '号，京公网安备', digits(14), '号，网站标识码bm', digits(8), '。'),
  () => sentence('索引号：', digits(9), '/', int(2015, 2025), '-', digits(5), '，主题分类：', pick(['民政', '卫生', '交通']), '。'),
  () => sentence('批准文号：国药准字H', int(1990, 2024), digits(4), '，药品注册证号Z', int(1990, 2024), digits(4), '。'),
  () => sentence('统一社会信用代码11100000', digits(9), pick(['F', 'X', 'Y']), '的机关已完成赋码。'),
  () => sentence('营业执照注册号', digits(15), '，法定代表人：', personName(), '。'),
  () => sentence('户籍人口', int(10000000, 99999999), '人，一般公共预算收入', pick(mobilePrefixes), digits(8), '元。'),
  () => sentence('服务热线：400-', digits(3), '-', digits(4), '，传真：', landlineNumber(), '。'),
  () => sentence('开户银行：中国银行', pick(['城关', '城西']), '支行，账号：', officeAccount().replace(/(\d{4})(?=\d)/g, '$1 '), '（户名：', pick(offices), '非税收入专户）。'),
  () => sentence(personName(), '在会上指出，要扎实做好民生工作。会议联系电话：', landlineNumber(), '。'),
  () => sentence('统计用区划代码', pick(countyCodes), digits(6), '，城乡分类代码', int(111, 220), '。'),
  () => sentence('发明专利ZL', int(2010, 2024), digits(7), '.', int(0, 9), '已获授权。'),
  () => sentence('本站联系邮箱：', pick(pinyin), digits(2), '@', pick(['beijing', 'sh', 'gz']), '.gov.cn，邮编', int(100000, 850000), '。'),
  () => sentence('《', pick(['关于做好', '关于印发']), '2024年度城乡居民医疗保险工作的通知》（', pick(['浙医保发', '川府发', '京政办发']), '〔', int(2018, 2025), '〕', int(1, 60), '号）已于', date(), '印发。'),
]

// ---- scoring ----------------------------------------------------------------------------

const kinds = ['id-card', 'phone', 'bank-card', 'passport', 'travel-permit', 'military-id', 'license-plate', 'email', 'home-address', 'person-name'].map((kind) => `privacy/${kind}`)

function overlaps(a, b) {
  return a.start < b.end && b.start < a.end
}

async function main() {
  requireBuild()
  const {check, rules} = await importCore()
  const config = {rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.category === 'privacy' ? rule.severity : 'off']))}

  const stats = Object.fromEntries(kinds.map((kind) => [kind, {labels: 0, found: 0, predictions: 0, right: 0}]))
  const checksummed = {labels: 0, found: 0}
  const problems = []
  let characters = 0
  for (let i = 0; i < sentenceCount; i++) {
    const {text, labels} = pick(chance(0.6) ? leaking : quiet)()
    characters += text.length
    const findings = check(text, {format: 'text', config}).map((finding) => ({
      kind: finding.ruleId,
      start: finding.offset,
      end: finding.offset + finding.length,
      actual: finding.actual,
    }))
    for (const label of labels) {
      const found = findings.some((finding) => finding.kind === label.kind && overlaps(finding, label))
      stats[label.kind].labels++
      if (found) stats[label.kind].found++
      else problems.push(`miss  ${label.kind} ${JSON.stringify(label.value)} in ${text}`)
      if (label.checksummed) {
        checksummed.labels++
        if (found) checksummed.found++
      }
    }
    for (const finding of findings) {
      const right = labels.some((label) => label.kind === finding.kind && overlaps(finding, label))
      stats[finding.kind].predictions++
      if (right) stats[finding.kind].right++
      else problems.push(`false ${finding.kind} ${JSON.stringify(text.slice(finding.start, finding.end))} in ${text}`)
    }
  }

  const ratio = (part, whole) => (whole === 0 ? 1 : part / whole)
  const figure = (value) => value.toFixed(3)
  const rows = kinds.map((kind) => {
    const s = stats[kind]
    return [kind, s.labels, s.predictions, figure(ratio(s.right, s.predictions)), figure(ratio(s.found, s.labels))]
  })
  const total = Object.values(stats).reduce(
    (sum, s) => ({labels: sum.labels + s.labels, found: sum.found + s.found, predictions: sum.predictions + s.predictions, right: sum.right + s.right}),
    {labels: 0, found: 0, predictions: 0, right: 0},
  )
  const checksumRules = ['privacy/id-card', 'privacy/bank-card'].map((kind) => stats[kind])
  const checksumPrecision = ratio(
    checksumRules.reduce((sum, s) => sum + s.right, 0),
    checksumRules.reduce((sum, s) => sum + s.predictions, 0),
  )
  const checksumRecall = ratio(checksummed.found, checksummed.labels)
  rows.push(['checksummed (18-digit IDs, Luhn cards)', checksummed.labels, '', figure(checksumPrecision), figure(checksumRecall)])
  rows.push(['all', total.labels, total.predictions, figure(ratio(total.right, total.predictions)), figure(ratio(total.found, total.labels))])

  console.log(`${sentenceCount} sentences (seed ${seed}), ${characters} characters\n`)
  printTable(['kind', 'leaks', 'findings', 'precision', 'recall'], rows)
  if (verbose) console.log(`\n${problems.join('\n')}`)
  else if (problems.length > 0) console.log(`\n${problems.length} misses and false alarms; SHENJIAO_BENCH_VERBOSE=1 lists them.`)

  const missed = [
    checksumRecall < 0.99 && `recall on checksummed identifiers ${figure(checksumRecall)} < 0.99`,
    checksumPrecision < 0.99 && `precision on checksummed identifiers ${figure(checksumPrecision)} < 0.99`,
    ratio(total.right, total.predictions) < 0.95 && `overall precision ${figure(ratio(total.right, total.predictions))} < 0.95`,
  ].filter(Boolean)
  for (const target of missed) console.error(`target missed: ${target}`)
  if (missed.length > 0) process.exitCode = 1
}

await main()
