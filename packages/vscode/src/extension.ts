import * as vscode from 'vscode'
import type {LanguageClient} from 'vscode-languageclient/node'
import {createClient} from './client.js'
import {createProblemCount} from './status-bar.js'

let client: LanguageClient | undefined

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createClient(context)
  context.subscriptions.push(
    createProblemCount(),
    vscode.commands.registerCommand('shenjiao.restartServer', () => client?.restart()),
  )
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
  client = undefined
}
