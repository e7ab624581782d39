/**
 * Work on the page's main thread in slices, so a long article never holds the page for a long
 * task: each slice runs until its deadline, then yields (scheduler.yield where present, which
 * resumes ahead of other queued work; a zero-delay timer otherwise) and goes on.
 */

/**
 * Longest slice of our work before giving the page its thread back. Well under the 50 ms that
 * counts as a long task, leaving the page room in the same frame.
 */
export const WORK_SLICE_MS = 8;

export class Deadline {
  private end: number;

  constructor(private readonly sliceMs: number = WORK_SLICE_MS) {
    this.end = performance.now() + sliceMs;
  }

  expired(): boolean {
    return performance.now() >= this.end;
  }

  /** Gives the thread back to the page, then starts a new slice. */
  async yield(): Promise<void> {
    await yieldToPage();
    this.end = performance.now() + this.sliceMs;
  }
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
