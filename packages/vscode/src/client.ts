import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

/** The languages the server checks (besides the files matched by `shenjiao.include`). */
export const checkedLanguages: readonly string[] = ['markdown', 'html', 'plaintext']

/** The server's command that fixes a whole document; it takes the document's URI. */
const fixAllCommand = 'shenjiao.fixAll'

/**
 * The client of the bundled server (dist/server.cjs, started as a Node child over IPC).
 * Diagnostics are pulled, as the client supports it; the server then never pushes.
 */
export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server.cjs')
  const serverOptions: ServerOptions = {
    run: {module, transport: TransportKind.ipc},
    debug: {module, transport: TransportKind.ipc, options: {execArgv: ['--nolazy', '--inspect=6019']}},
  }
  const include = vscode.workspace.getConfiguration('shenjiao').get<string[]>('include', [])
  const documentSelector: DocumentSelector = ['file', 'untitled'].flatMap((scheme) => [
    ...checkedLanguages.map((language) => ({scheme, language})),
    ...include.map((pattern) => ({scheme, pattern})),
  ])
  const clientOptions: LanguageClientOptions = {
    documentSelector,
    middleware: {
      // From the command palette the command comes without arguments: use the active editor.
      executeCommand: (command, args, next) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString()
        return next(command, command === fixAllCommand && args.length === 0 && uri ? [uri] : args)
      },
    },
  }
  return new LanguageClient('shenjiao', 'shenjiao 审校', serverOptions, clientOptions)
}
