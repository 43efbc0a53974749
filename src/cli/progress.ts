/** A progress display on stderr. */
export interface Progress {
  update(bytes: number, cases: number, invalid: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr (only called when stderr is a terminal). With a known input size the
 * bar follows the bytes read; from a pipe it shows the running counts only. cli-progress is
 * imported here, lazily, so commands that never draw a bar do not load it.
 */
export async function startProgress(totalBytes: number | null): Promise<Progress> {
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({
    stream: process.stderr,
    format:
      totalBytes === null
        ? ' {cases} cases, {invalid} invalid'
        : ' {bar} {percentage}% | {cases} cases, {invalid} invalid | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 100,
  });
  bar.start(totalBytes ?? 0, 0, { cases: 0, invalid: 0 });
  return {
    update: (bytes, cases, invalid) => bar.update(bytes, { cases, invalid }),
    stop: () => bar.stop(),
  };
}
