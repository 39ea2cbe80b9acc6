import {check, fix} from '@shenjiao/core'
const unit = '会议于3月1日召开，各单位负责人参加。'
const n = Math.ceil(50*1024*1024 / Buffer.byteLength(unit))
let text = unit.repeat(n) + '会议于3月1日召开,各单位负责人参加。'
console.log(Buffer.byteLength(text)/1e6, 'MB')
let t = Date.now()
const f = check(text, {format: 'text'})
console.log(f.length, Date.now()-t, 'ms', process.memoryUsage().rss/1e6)
