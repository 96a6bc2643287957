/**
 * Many small "k best" lists in flat typed arrays, one per person. Callers test `threshold[list]`
 * inline before calling `offer`, so the common case (not good enough) costs one comparison.
 * Each list is sorted best first; an item equal to the current worst does not get in, so the
 * earliest of tied items wins and the result does not depend on anything but input order.
 */
export class TopLists {
  readonly start: Int32Array;
  readonly count: Int32Array;
  readonly score: Float64Array;
  readonly item: Int32Array;
  readonly extra: Float64Array;
  /** Score an offer must beat: `floor` until the list is full. */
  readonly threshold: Float64Array;

  /** An offer must score above `floor` to get in at all. */
  constructor(sizes: ArrayLike<number>, floor = Number.NEGATIVE_INFINITY) {
    const listCount = sizes.length;
    this.start = new Int32Array(listCount + 1);
    for (let l = 0; l < listCount; l++) this.start[l + 1] = this.start[l] + sizes[l];
    const total = this.start[listCount];
    this.count = new Int32Array(listCount);
    this.score = new Float64Array(total);
    this.item = new Int32Array(total);
    this.extra = new Float64Array(total);
    this.threshold = new Float64Array(listCount).fill(floor);
    for (let l = 0; l < listCount; l++) {
      if (sizes[l] === 0) this.threshold[l] = Number.POSITIVE_INFINITY;
    }
  }

  /** Inserts (score, item, extra) if score beats the list's threshold. */
  offer(list: number, score: number, item: number, extra: number): void {
    if (!(score > this.threshold[list])) return;
    const begin = this.start[list];
    const size = this.start[list + 1] - begin;
    const count = this.count[list];
    let at = begin + (count < size ? count : size - 1);
    const first = begin;
    while (at > first && this.score[at - 1] < score) {
      this.score[at] = this.score[at - 1];
      this.item[at] = this.item[at - 1];
      this.extra[at] = this.extra[at - 1];
      at--;
    }
    this.score[at] = score;
    this.item[at] = item;
    this.extra[at] = extra;
    if (count < size) this.count[list] = count + 1;
    if (count + 1 >= size) this.threshold[list] = this.score[begin + size - 1];
  }
}
