/** Small statistics and table printing for the benchmark. */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}

export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export const ms = (x: number): string => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms' : 'n/a');
export const mb = (x: number): string => (Number.isFinite(x) ? `${x.toFixed(1)} MB` : 'n/a');
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (x: number): string => (Number.isFinite(x) ? `${x >= 10 ? x.toFixed(0) : x < 1 ? x.toFixed(3) : x.toFixed(2)}x` : 'n/a');

export interface Row {
  what: string;
  value: string;
  reference?: string;
  ratio?: string;
  note?: string;
}

export function printTable(title: string, rows: readonly Row[]): void {
  const cols: (keyof Row)[] = ['what', 'value', 'reference', 'ratio', 'note'];
  const heads: Record<keyof Row, string> = { what: title, value: 'ours', reference: 'reference', ratio: 'ratio', note: '' };
  const width = (c: keyof Row): number => Math.max(heads[c].length, ...rows.map((r) => (r[c] ?? '').length));
  const w = Object.fromEntries(cols.map((c) => [c, width(c)])) as Record<keyof Row, number>;
  const line = (r: Partial<Record<keyof Row, string>>): string =>
    cols.map((c) => (r[c] ?? '').padEnd(w[c])).join('  ').trimEnd();
  console.log(`\n${line(heads)}\n${cols.map((c) => '-'.repeat(w[c])).join('  ')}`);
  for (const r of rows) console.log(line(r));
}
