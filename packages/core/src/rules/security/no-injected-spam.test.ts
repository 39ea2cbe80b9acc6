import {check} from '@shenjiao/core'
import {ruleTester} from '@shenjiao/core/testing'
import {describe, expect, it} from 'vitest'
import rule from './no-injected-spam.js'

/** Brands made up from syllables, none in the lexicon: the detector has never seen them. */
const unseenBrands = ['星耀', '鑫旺', '博运', '龙腾', '御尊', '豪盈', 'XJ8', 'vbet']
const domains = ['体育', '娱乐', '电竞', '棋牌', '彩票', '真人']
const calls = ['官网', 'app下载', '登录入口', '官方网站', '注册送88元']

/** Each unseen brand with a domain word and a call to action, inserted after a comma. */
const unseenCases = unseenBrands.map((brand, i) => {
  const phrase = `${brand}${domains[i % domains.length]}${calls[i % calls.length]}`
  return {
    name: `未收录品牌按构词规律识别：${phrase}`,
    text: `各地要压实安全生产责任，${phrase}，确保人民群众生命财产安全。`,
    errors: [{messageId: 'spam', actual: phrase}],
  }
})

ruleTester.run(rule, {
  valid: [
    {name: '电竞产业新闻', text: '我市出台支持电竞产业发展的若干措施，举办城市电竞赛事。'},
    {name: '体育彩票监管', text: '财政部加强体育彩票发行销售管理，规范彩票公益金使用。'},
    {name: '彩票机构名称', text: '中国体育彩票、中国福利彩票是国家公益彩票，详见中国体育彩票官网。'},
    {name: '全民健身与群众体育', text: '广泛开展全民健身活动，促进群众体育和竞技体育协调发展。'},
    {name: '体育局通知中的棋牌类体育项目', text: '围棋、象棋、桥牌等棋牌类体育项目纳入省运会。'},
    {name: '公安通报打击跨境赌博', text: '公安机关开展打击跨境赌博专项行动，捣毁网络赌博平台12个。'},
    {name: '警示赌博诈骗的话术', text: '警惕“注册送彩金”“首充返利”等网络赌博陷阱。'},
    {name: '澳门的地名与会展场馆', text: '推动澳门经济适度多元发展，在澳门威尼斯人会展中心举办推介会。'},
    {name: '澳门博彩业的经济报道', text: '澳门博彩业收入占比下降，会展旅游业加快发展。'},
    {name: '与品牌同形的地名', text: '金沙江流域生态保护，江南体育馆改造完成，沙巴州代表团来访。'},
    {name: '部门官网', text: '详见市人社局官网，或登录省政务服务平台办理。'},
    {name: '文化体育娱乐生活', text: '丰富群众的文化体育娱乐生活，规范娱乐场所经营。'},
    {name: '棋牌室与真人秀', text: '社区老年人棋牌室开放，电视台推出真人秀节目。'},
    {name: '体育产业公司名', text: '泰山体育产业集团参加博览会。'},
    {name: '年份不是品牌', text: '2024体育产业大会在京召开。'},
    {name: '英文单词中的 app 不是招揽语', text: 'Apple 公司发布新品。'},
    {name: '媒体客户端是句子的宾语', text: '观众可通过咪咕体育APP观看比赛直播，本次赛事由腾讯体育独家直播。'},
    {name: '公安通报点名赌博玩法', text: '公安机关查处利用“百家乐”“时时彩”进行网络赌博的案件12起。'},
    {name: '与品牌同形的寺名、县名、社区名', text: '开元寺是国家重点文物保护单位，金沙县、太阳城社区开展健康体检。'},
    {name: '与品牌同形的企业名后接普通词', text: '凯发电气股份有限公司中标，皇冠假日酒店承办会议，九州通医药集团参与保供。'},
    {name: '澳门度假城参展', text: '广东省与澳门特区签署合作协议，澳门银河综合度假城参展。'},
    {name: '地名后接体育，列举中', text: '推进与澳门体育、文化、旅游合作，辽东半岛体育、文旅资源丰富。'},
    {name: '企业全称', text: '银河娱乐集团在横琴投资建设项目。'},
    {name: '列举的媒体客户端', text: '比赛期间，央视体育客户端、咪咕视频等平台全程直播。'},
    {name: '体育产业各门类', text: '推动体育旅游、体育消费、体育用品制造业发展，建设体育强国。'},
    {name: '彩票市场监管', text: '依法规范彩票市场秩序，严禁擅自利用互联网销售彩票，体彩中心、福彩中心联合开展公益活动。'},
    {name: '政务客户端', text: '请登录国家政务服务平台或“国务院客户端”小程序办理，市民可下载“i深圳”APP查询。'},
    {name: '真人秀与数字娱乐', text: '电视台推出真人秀节目，数字娱乐产业成为新的增长点。'},
    {name: '网络直播平台的监管', text: '网络游戏和网络直播平台要落实未成年人防沉迷要求。'},
  ],
  invalid: [
    {
      name: '收录品牌插在逗号后',
      text: '各地要加强安全生产管理，开云体育官网，确保人民群众生命财产安全。',
      errors: [{messageId: 'spam', actual: '开云体育官网', column: 13, endColumn: 19}],
    },
    {
      name: '收录品牌叠用，整段一并删除',
      text: '推进政务公开华体会华体会标准化建设。',
      errors: [{messageId: 'spam', actual: '华体会华体会'}],
    },
    {
      name: '与普通词同形的品牌名后接题材词',
      text: '持续优化营商环境金沙娱乐场，推动高质量发展。',
      errors: [{messageId: 'spam', actual: '金沙娱乐场'}],
    },
    {
      name: '拉丁字母品牌',
      text: '加快数字政府建设，Bet365，提升服务效能。',
      errors: [{messageId: 'spam', actual: 'Bet365'}],
    },
    {
      name: '色情推广',
      text: '深化放管服改革，亚洲AV无码，优化营商环境。',
      errors: [{messageId: 'spam', actual: '亚洲AV'}],
    },
    {
      name: '未收录品牌叠用自成一句',
      text: '加强耕地保护，鑫旺体育鑫旺体育，稳定粮食生产。',
      errors: [{messageId: 'spam', actual: '鑫旺体育鑫旺体育'}],
    },
    {
      name: '未收录品牌插在句中，无标点',
      text: '加强耕地保护博运电竞app下载稳定粮食生产。',
      errors: [{messageId: 'spam', actual: '博运电竞app下载'}],
    },
    {
      name: '与地名同形的品牌名后接招揽语',
      text: '深化政务公开，澳门金沙官网，提升服务水平。',
      errors: [{messageId: 'spam', actual: '澳门金沙官网'}],
    },
    {
      name: '只用于赌博的题材词接陌生品牌，自成一句',
      text: '提升城市管理水平。大富豪娱乐城',
      errors: [{messageId: 'spam', actual: '大富豪娱乐城'}],
    },
    {
      name: '玩法加招揽语',
      text: '切实做好防汛工作，百家乐官网注册送彩金。',
      errors: [{messageId: 'spam', actual: '百家乐官网注册送彩金'}],
    },
    ...unseenCases,
    {
      name: '站外链接的文字含品牌',
      format: 'html',
      text: '<p>详见<a href="https://www.example.com/a">开云体育</a>。</p>',
      errors: [{messageId: 'spamLink', actual: '开云体育'}],
    },
    {
      name: '站外链接的地址含赌博词，文字无异样',
      format: 'html',
      text: '<p>详见<a href="http://bet365.example.com/">办事指南</a>。</p>',
      errors: [{messageId: 'spamLink', actual: '办事指南'}],
    },
    {
      name: '站外链接本身就是招揽：未收录品牌 + 题材词',
      format: 'markdown',
      text: '详见[龙腾娱乐](http://example.com/)。',
      errors: [{messageId: 'spamLink', actual: '龙腾娱乐'}],
    },
  ],
})

describe('security/no-injected-spam: mentions and links', () => {
  const only = {rules: {'security/no-injected-spam': 'error' as const}}

  it('lowers a known brand named in a sentence about fighting gambling to a warning', () => {
    const [finding] = check('警方捣毁“开云体育”等境外赌博平台的推广团伙。', {config: only})
    expect(finding).toMatchObject({actual: '开云体育', severity: 'warning'})
  })

  it('leaves government links and spam-free outbound links alone', () => {
    const html = '<p><a href="http://www.gov.cn/zhengce/">中国政府网</a>，<a href="https://www.xinhuanet.com/">新华网</a>，<a href="/a.htm">体育</a></p>'
    expect(check(html, {format: 'html', config: only})).toEqual([])
  })

  it('leaves a link to a government site with a brand in its text to the prose finding', () => {
    const findings = check('<p><a href="http://tyj.example.gov.cn/">开云体育官网</a></p>', {format: 'html', config: only})
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('“开云体育官网”')])
  })
})
