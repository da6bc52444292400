/** The progress bar of a batch (cli-progress), drawn on a terminal's stderr and never into stdout. */
import type { BatchOptions } from './index.js';

/** A progress bar on `stream` (stderr); the caller decides that it is a terminal. */
export async function progressBar(stream: NodeJS.WriteStream): Promise<NonNullable<BatchOptions['progress']>> {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar({
    stream,
    format: 'tos-clauses {bar} {value}/{total} files | {failed} failed | {rate} files/s | ETA {eta_formatted}',
    clearOnComplete: true,
    hideCursor: false,
    etaBuffer: 50,
    fps: 5,
  }, Presets.shades_classic);
  let t0 = 0;
  return {
    start(total) { t0 = performance.now(); bar.start(total, 0, { failed: 0, rate: '0.0' }); },
    update(done, failed) { bar.update(done, { failed, rate: (done / Math.max(1e-3, (performance.now() - t0) / 1000)).toFixed(1) }); },
    stop() { bar.stop(); },
  };
}
