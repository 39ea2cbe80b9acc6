import {defineRule} from '../../engine/rule.js'

/**
 * A 书名号 around a name that is not a work: a meeting, body, award, certificate, activity,
 * project, research topic or course, told by how the name ends. A document title that
 * only mentions one (《关于召开…会议的通知》) ends otherwise and is left alone.
 */
const nonWork =
  /《([^《》\n]{1,40}?(?:会议|大会|论坛|峰会|博览会|展览会|研讨会|座谈会|推进会|发布会|交流会|委员会|办公室|办公厅|人民政府|有限公司|集团|奖|许可证|资格证|合格证|证书|活动|项目|课题|课程))》/g

export default defineRule({
  id: 'punctuation/title-marks-scope',
  severity: 'warning',
  fixable: 'suggest',
  recommended: false,
  messages: {
    scope: '“{name}”是会议、机构、奖项、证照、活动等名称，不用书名号',
  },
  defaultOptions: {},
  create(context) {
    return {
      prose(segment) {
        for (const match of segment.text.matchAll(nonWork)) {
          const name = match[1]!
          // 《关于召开…会议》 is a document title cut short, not a meeting's name.
          if (name.startsWith('关于')) continue
          context.report({
            messageId: 'scope',
            range: [match.index, match.index + match[0].length],
            expected: [name, `“${name}”`],
            data: {name: name.length > 20 ? `${name.slice(0, 20)}…` : name},
          })
        }
      },
    }
  },
})
