// `npm run generate`: writes the .shenjiaorc.json schema and the README rule table.
import {writeFileSync} from 'node:fs'
import {readmeFile, readmeText, schemaFile, schemaText} from './generated.js'

writeFileSync(schemaFile, schemaText())
writeFileSync(readmeFile, readmeText())
console.log('wrote packages/core/shenjiaorc.schema.json and the rule table of README.md')
