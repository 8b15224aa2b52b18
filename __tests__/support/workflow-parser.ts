/**
 * GitHub's own workflow parser, @actions/workflow-parser: the parser and schema of GitHub's
 * Actions language service (the one behind the VS Code extension), published by GitHub on npm.
 * It reads a workflow as GitHub does: the YAML, every key against GitHub's workflow schema, each
 * `${{ }}` expression (its syntax, and the contexts and functions allowed where it stands), and
 * then the job graph (`needs:` naming jobs that exist, no cycles). actionlint, the other choice,
 * is written outside GitHub, in Go, and checks against its own reading of GitHub's documentation;
 * this parser is GitHub's own schema, runs in jest's process as plain JavaScript, and needs no
 * binary, so it is the one used.
 *
 * The package imports its two JSON schemas without an import attribute, as a bundler would: Node.js
 * refuses that, and jest only warns today and will refuse it too. So the two small modules that
 * import them (`getWorkflowSchema`, `getActionSchema`) are replaced for jest by the same code
 * reading the same files, and the rest of the parser is the package's, unchanged.
 */
import { jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'

/** One problem the parser found, at a line and column of the text it read (both 1-based). */
export interface ParserProblem {
  line: number
  column: number
  message: string
}

export interface Parser {
  /** Everything GitHub's parser finds wrong with a workflow; empty when it accepts it. */
  workflow(name: string, text: string): Promise<ParserProblem[]>
  /** Everything GitHub's parser finds wrong with an action's metadata file (action.yml). */
  action(name: string, text: string): ParserProblem[]
}

/** The package's compiled modules; its exports map `@actions/workflow-parser/X` to `dist/X.js`. */
const dist = path.join(process.cwd(), 'node_modules', '@actions', 'workflow-parser', 'dist')

interface Result {
  context: {
    errors: {
      getErrors(): { rawMessage: string; range?: { start: { line: number; column: number } } }[]
    }
  }
}

function problems(result: Result): ParserProblem[] {
  return result.context.errors.getErrors().map(e => ({
    line: e.range?.start.line ?? 0,
    column: e.range?.start.column ?? 0,
    message: e.rawMessage
  }))
}

async function load(): Promise<Parser> {
  const { TemplateSchema } = await import('@actions/workflow-parser/templates/schema/index')
  const { JSONObjectReader } = await import('@actions/workflow-parser/templates/json-object-reader')
  type Schema = ReturnType<typeof TemplateSchema.load>
  const schemaOf = (file: string) => {
    let schema: Schema | undefined
    return () => {
      schema ??= TemplateSchema.load(
        new JSONObjectReader(undefined, readFileSync(path.join(dist, file), 'utf8'))
      )
      return schema
    }
  }
  const getWorkflowSchema = schemaOf('workflow-v1.0.min.json')
  const getActionSchema = schemaOf('action-v1.0.min.json')
  jest.unstable_mockModule(path.join(dist, 'workflows', 'workflow-schema.js'), () => ({
    getWorkflowSchema
  }))
  jest.unstable_mockModule(path.join(dist, 'actions', 'action-schema.js'), () => ({
    getActionSchema
  }))
  const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } =
    await import('@actions/workflow-parser')
  const { parseAction } = await import('@actions/workflow-parser/actions/index')
  const trace = new NoOperationTraceWriter()
  return {
    async workflow(name, text) {
      const result = parseWorkflow({ name, content: text }, trace)
      // The conversion checks the job graph, and adds what it finds to the same errors.
      if (result.value) await convertWorkflowTemplate(result.context, result.value)
      return problems(result)
    },
    action(name, text) {
      return problems(parseAction({ name, content: text }, trace))
    }
  }
}

let loaded: Promise<Parser> | undefined

/** GitHub's parser, loaded once per test file. */
export function workflowParser(): Promise<Parser> {
  loaded ??= load()
  return loaded
}
