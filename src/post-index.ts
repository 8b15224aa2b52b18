// The post step as the runner starts it (action.yml `runs.post`, built to dist/post/index.js).
import { run } from './post.js'

await run()
