/**
 * One cold start in a fresh Node process (each entry is bundled to a temporary file by the
 * benchmark, so no TypeScript compiler runs inside the measurement): from the script's start to
 * the first answer, and the heap that leaves behind after a full GC (`--expose-gc`).
 */
export async function measureColdStart(load: () => Promise<unknown>, answer: (loaded: unknown) => Promise<number>): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const base = process.memoryUsage();
  const started = performance.now();
  const loaded = await load();
  const loadedAt = performance.now();
  const mentions = await answer(loaded);
  const answered = performance.now();
  gc?.();
  const after = process.memoryUsage();
  process.stdout.write(`${JSON.stringify({
    processToScript: started,
    loadMs: loadedAt - started,
    firstAnswerMs: answered - started,
    processToAnswer: answered,
    heapMb: (after.heapUsed - base.heapUsed) / 2 ** 20,
    arrayBuffersMb: (after.arrayBuffers - base.arrayBuffers) / 2 ** 20,
    mentions,
  })}\n`);
}

export const benchText = (): string => process.env['BENCH_TEXT'] ?? '';
