import * as vscode from 'vscode'
import {checkedLanguages} from './client.js'

/** A status-bar item with the number of shenjiao problems in the active document. */
export function createProblemCount(): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('shenjiao.problems', vscode.StatusBarAlignment.Right, 100)
  item.name = 'shenjiao 审校'
  item.command = 'workbench.actions.view.problems'

  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document
    if (!document || !checkedLanguages.includes(document.languageId)) {
      item.hide()
      return
    }
    const ours = vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === 'shenjiao')
    const count = (severity: vscode.DiagnosticSeverity): number => ours.filter((diagnostic) => diagnostic.severity === severity).length
    item.text = ours.length === 0 ? '$(check) 审校' : `$(warning) 审校 ${ours.length}`
    item.tooltip = `shenjiao：${count(vscode.DiagnosticSeverity.Error)} 个错误，${count(vscode.DiagnosticSeverity.Warning)} 个警告，${
      count(vscode.DiagnosticSeverity.Information) + count(vscode.DiagnosticSeverity.Hint)
    } 个提示（点击打开“问题”面板）`
    item.show()
  }

  const subscriptions = [
    item,
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString()
      if (active && event.uris.some((uri) => uri.toString() === active)) update()
    }),
  ]
  update()
  return vscode.Disposable.from(...subscriptions)
}
