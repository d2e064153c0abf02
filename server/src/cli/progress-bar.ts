/**
 * `[#####-----] 52%  523,000/1,000,000 rows (ties)  41,234 rows/s  ETA 12 s` on stderr, redrawn
 * at most 5 times a second on a terminal, once per tenth otherwise (a log stays short). A new
 * phase (label) starts a new line, and its rate counts from there, whether `done` goes on from the
 * last phase (seeds:bulk-load) or starts again from zero (`ponte import`).
 */
export function progressBar<P extends { readonly done: number; readonly total: number }>(
  label: (p: P) => string,
  stream: NodeJS.WriteStream = process.stderr,
) {
  let started = Date.now();
  let last = 0;
  let lastLine = '';
  let lastDecile = -1;
  let phase: string | undefined;
  let previousDone = 0;
  // The new phase began when the last one reported its last rows (or when the bar was made).
  let previousAt = started;
  let phaseBase = 0;
  const tty = stream.isTTY;
  const render = (p: P) => {
    const ratio = p.total === 0 ? 1 : p.done / p.total;
    const width = 30;
    const filled = Math.round(ratio * width);
    const seconds = (Date.now() - started) / 1000;
    const rate = (p.done - phaseBase) / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (p.total - p.done) / rate : 0;
    return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}%  ${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} rows (${label(p)})  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${eta.toFixed(0)} s`;
  };
  return {
    update(p: P) {
      const now = Date.now();
      if (label(p) !== phase) {
        if (tty && lastLine) stream.write('\n');
        phase = label(p);
        phaseBase = p.done >= previousDone ? previousDone : 0;
        started = previousAt;
        lastDecile = -1;
        last = 0;
      }
      previousDone = p.done;
      previousAt = now;
      if (tty) {
        if (now - last < 200 && p.done < p.total) return;
        last = now;
        lastLine = render(p);
        stream.write(`\r${lastLine}`);
      } else {
        const decile = Math.floor((p.done / Math.max(1, p.total)) * 10);
        if (decile !== lastDecile) {
          lastDecile = decile;
          stream.write(`${render(p)}\n`);
        }
      }
    },
    done() {
      if (tty && lastLine) stream.write('\n');
    },
  };
}
