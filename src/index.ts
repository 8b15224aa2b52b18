// The main step as the runner starts it (action.yml `runs.main`, built to dist/main/index.js).
import { run } from './main.js'

await run()
