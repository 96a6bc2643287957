/**
 * Who met whom in the rounds a coffee round must not repeat: each person's earlier partners,
 * sorted, so "have these two met?" is a binary search over a handful of ids.
 */
export class MeetingHistory {
  private readonly start: Int32Array;
  private readonly partner: Int32Array;

  constructor(people: number, a: Int32Array, b: Int32Array) {
    if (a.length !== b.length)
      throw new RangeError('history.a and history.b must have the same length');
    const start = new Int32Array(people + 1);
    for (let k = 0; k < a.length; k++) {
      if (!(a[k] >= 0 && a[k] < people && b[k] >= 0 && b[k] < people)) {
        throw new RangeError(`history pair ${k} (${a[k]}, ${b[k]}) is outside 0..${people - 1}`);
      }
      start[a[k] + 1]++;
      start[b[k] + 1]++;
    }
    for (let v = 0; v < people; v++) start[v + 1] += start[v];
    const fill = start.slice(0, people);
    const unsorted = new Int32Array(start[people]);
    for (let k = 0; k < a.length; k++) {
      unsorted[fill[a[k]]++] = b[k];
      unsorted[fill[b[k]]++] = a[k];
    }
    // The lists are symmetric, so walking people in order and appending each to the rows of their
    // partners writes every row already sorted, in linear time.
    fill.set(start.subarray(0, people));
    const partner = new Int32Array(start[people]);
    for (let v = 0; v < people; v++) {
      for (let k = start[v]; k < start[v + 1]; k++) partner[fill[unsorted[k]]++] = v;
    }
    this.start = start;
    this.partner = partner;
  }

  met(i: number, j: number): boolean {
    if (this.start[i + 1] - this.start[i] > this.start[j + 1] - this.start[j]) {
      const t = i;
      i = j;
      j = t;
    }
    let lo = this.start[i];
    let hi = this.start[i + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const x = this.partner[mid];
      if (x === j) return true;
      if (x < j) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
