import * as core from '@actions/core'
import { STATE_IS_POST } from './common/state.js'

// action.yml runs this file as both the main and the post step; state tells them apart. Each
// loads only its own code: the post step usually has nothing to do and should cost nothing.
if (core.getState(STATE_IS_POST) === 'true') {
  const { runPost } = await import('./post.js')
  await runPost()
} else {
  core.saveState(STATE_IS_POST, 'true')
  const { run } = await import('./main.js')
  await run()
}
