// Entry of the server bundle (dist/server.cjs); the rule documents are copied beside it.
import {join} from 'node:path'
import {startServer} from '@shenjiao/language-server'

startServer({ruleDocDirs: [join(import.meta.dirname, 'rules')]})
