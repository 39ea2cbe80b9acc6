import {categories, type Category, type Finding} from '@shenjiao/core'
import type {FileResult} from './check-target.js'

/** The `summary` of the JSON report (see README): part of the contract, change with care. */
export interface Summary {
  /** Files checked; files that could not be read are not counted. */
  files: number
  findings: number
  error: number
  warning: number
  info: number
  /** Findings per category, only categories with findings, most findings first. */
  byCategory: Partial<Record<Category, number>>
  /** Fixes applied; present only with --fix. */
  fixed?: number
}

/** Counts over a run, kept as results stream past. */
export class Tally {
  files = 0
  error = 0
  warning = 0
  info = 0
  fixed = 0
  /** Findings `--fix` would apply. */
  fixable = 0
  /** Files that could not be checked (input, configuration or write errors). */
  failed = 0
  readonly #byCategory = new Map<Category, number>()

  add(result: FileResult): void {
    if (result.kind === 'failed') this.failed++
    if (result.kind !== 'checked') return
    this.files++
    this.fixed += result.fixed
    this.addFindings(result.findings)
  }

  /** Findings that belong to no single check of a file: the site's. */
  addFindings(findings: readonly Finding[]): void {
    for (const finding of findings) {
      this[finding.severity]++
      if (finding.fixable === 'safe') this.fixable++
      this.#byCategory.set(finding.category, (this.#byCategory.get(finding.category) ?? 0) + 1)
    }
  }

  get findings(): number {
    return this.error + this.warning + this.info
  }

  /** Categories with findings, most findings first, ties in core's category order. */
  byCategory(): Partial<Record<Category, number>> {
    const counted = categories.filter((category) => this.#byCategory.has(category))
    const count = (category: Category): number => this.#byCategory.get(category)!
    return Object.fromEntries(counted.sort((a, b) => count(b) - count(a)).map((category) => [category, count(category)]))
  }

  summary(fixing: boolean): Summary {
    const {files, findings, error, warning, info} = this
    return {files, findings, error, warning, info, byCategory: this.byCategory(), ...(fixing && {fixed: this.fixed})}
  }
}
