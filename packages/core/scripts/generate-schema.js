// Writes packages/core/shenjiaorc.schema.json from the built rules: `npm run generate`.
import {writeFileSync} from 'node:fs'
import {configSchema} from '@shenjiao/core'

const file = new URL('../shenjiaorc.schema.json', import.meta.url)
writeFileSync(file, `${JSON.stringify(configSchema(), null, 2)}\n`)
console.log(`wrote ${file.pathname}`)
