import * as core from '@actions/core'
import { run } from './main.js'
import { runPost } from './post.js'
import { STATE_IS_POST } from './state.js'

// action.yml runs this file as both the main and the post step; state tells them apart.
if (core.getState(STATE_IS_POST) === 'true') {
  void runPost()
} else {
  core.saveState(STATE_IS_POST, 'true')
  void run()
}
