#!/usr/bin/env node
// The shenjiao language server. Editors start it with a transport flag.
const transports = ['--stdio', '--node-ipc', '--socket', '--pipe']
const args = process.argv.slice(2)

if (args.includes('--help') || args.includes('-h') || !args.some((arg) => transports.some((flag) => arg.startsWith(flag)))) {
  const usage = `Usage: shenjiao-language-server --stdio | --node-ipc | --socket=<port> | --pipe=<name>

The shenjiao (审校) language server: diagnostics, quick fixes and explanations for
Chinese government copy in Markdown, HTML and plain text, in any LSP editor.
`
  const asked = args.includes('--help') || args.includes('-h')
  ;(asked ? process.stdout : process.stderr).write(usage)
  process.exit(asked ? 0 : 2)
}

const {startServer} = await import('../dist/index.js')
startServer()
