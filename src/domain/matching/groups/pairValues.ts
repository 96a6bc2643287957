/**
 * What grouping needs to know about pairs: how much two people gain from being in one group,
 * and a short list of promising partners per person to search from.
 */

/** Value of two people sharing a group; NaN when they must not share one. */
export interface PairValues {
  value(i: number, j: number): number;
}

/** Promising partners per person, best first (compressed rows). */
export interface Candidates {
  start: Int32Array;
  partner: Int32Array;
}

/**
 * Listed edges as pair values: a pair not listed (or a self-pair) may not share a group; parallel
 * edges keep the heaviest weight. Lookups binary-search the shorter of the two rows.
 */
export class ListedPairs implements PairValues {
  readonly candidates: Candidates;
  private readonly start: Int32Array;
  private readonly neighbour: Int32Array;
  private readonly weight: Float64Array;

  constructor(n: number, edgeU: Int32Array, edgeV: Int32Array, edgeWeight: Float64Array) {
    const count = new Int32Array(n + 1);
    for (let e = 0; e < edgeU.length; e++) {
      if (edgeU[e] === edgeV[e]) continue;
      count[edgeU[e] + 1]++;
      count[edgeV[e] + 1]++;
    }
    for (let v = 0; v < n; v++) count[v + 1] += count[v];
    const fill = count.slice(0, n);
    const raw = new Int32Array(count[n]);
    const rawWeight = new Float64Array(count[n]);
    for (let e = 0; e < edgeU.length; e++) {
      const [a, b] = [edgeU[e], edgeV[e]];
      if (a === b) continue;
      rawWeight[fill[a]] = edgeWeight[e];
      raw[fill[a]++] = b;
      rawWeight[fill[b]] = edgeWeight[e];
      raw[fill[b]++] = a;
    }
    // Rows sorted by neighbour, duplicates merged to their heaviest weight.
    const start = new Int32Array(n + 1);
    const neighbour = new Int32Array(raw.length);
    const weight = new Float64Array(raw.length);
    let out = 0;
    for (let v = 0; v < n; v++) {
      start[v] = out;
      const row = Array.from({ length: count[v + 1] - count[v] }, (_, k) => count[v] + k);
      row.sort((x, y) => raw[x] - raw[y] || rawWeight[y] - rawWeight[x]);
      for (const k of row) {
        if (out > start[v] && neighbour[out - 1] === raw[k]) continue;
        neighbour[out] = raw[k];
        weight[out++] = rawWeight[k];
      }
    }
    start[n] = out;
    this.start = start;
    this.neighbour = neighbour.subarray(0, out);
    this.weight = weight.subarray(0, out);

    const partner = new Int32Array(out);
    for (let v = 0; v < n; v++) {
      const row = Array.from({ length: start[v + 1] - start[v] }, (_, k) => start[v] + k);
      row.sort((x, y) => weight[y] - weight[x] || neighbour[x] - neighbour[y]);
      row.forEach((k, i) => {
        partner[start[v] + i] = neighbour[k];
      });
    }
    this.candidates = { start, partner };
  }

  value(i: number, j: number): number {
    if (this.start[i + 1] - this.start[i] > this.start[j + 1] - this.start[j]) {
      const t = i;
      i = j;
      j = t;
    }
    let lo = this.start[i];
    let hi = this.start[i + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = this.neighbour[mid];
      if (x === j) return this.weight[mid];
      if (x < j) lo = mid + 1;
      else hi = mid - 1;
    }
    return Number.NaN;
  }

  /** The `k` heaviest positive weights at vertex v, summed. */
  topPositive(v: number, k: number): number {
    const row = Array.from(this.weight.subarray(this.start[v], this.start[v + 1]))
      .filter((w) => w > 0)
      .sort((a, b) => b - a);
    return row.slice(0, k).reduce((a, b) => a + b, 0);
  }
}
