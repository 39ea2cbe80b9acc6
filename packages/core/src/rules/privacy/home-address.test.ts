import {ruleTester} from '@shenjiao/core/testing'
import rule from './home-address.js'

ruleTester.run(rule, {
  valid: [
    {name: '办公地址', text: '办公地址：北京市西城区人民路1号。'},
    {name: '住院、住房不是“住”', text: '住院部位于北京市朝阳区安华路12号；住房城乡建设部位于北京市海淀区三里河路9号。'},
    {name: '没有门牌号', text: '家住河南省周口市太康县城关镇新华村。'},
    {name: '机关的地址', text: '区政务服务中心地址：北京市朝阳区安华路12号。'},
    {name: '已脱敏', text: '住址：北京市朝阳区****。'},
    {name: '企业登记的住所', text: '法定代表人：李明，住所：杭州市西湖区文三路90号。'},
  ],
  invalid: [
    {
      name: '归属私人的“送达地址”，地址后的话不算',
      text: '申请人王某的送达地址为北京市朝阳区望京花园小区3号楼2单元101的收发室。',
      output: '申请人王某的送达地址为北京市朝阳区望京花园小区3号楼2单元101的收发室。',
      errors: [{messageId: 'exposed', actual: '北京市朝阳区****', column: 12, endColumn: 33}],
    },
    {
      name: '户籍地址',
      text: '户籍地址：四川省成都市武侯区学院路8号',
      output: '户籍地址：四川省成都市武侯区学院路8号',
      errors: [{messageId: 'exposed', actual: '四川省成都市武侯区****'}],
    },
  ],
})
