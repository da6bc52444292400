/** The worker thread of a batch (run by piscina): one task in, its outcome out. */
import { runTask, type Task, type Outcome } from './task.js';

/** Handle one file. */
export default function work(task: Task): Promise<Outcome> {
  return runTask(task);
}
