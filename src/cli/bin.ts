/** The `tos-clauses` executable. */
import { main } from './index.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // a closed pipe (`tos-clauses extract x.md | head`) is not an error
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void main();
