/**
 * The primal-dual solver's agenda: a binary min-heap of future events keyed by the value of the
 * global dual offset at which they happen. Entries are never removed early; each carries the
 * stamps of the vertices (or blossom) it was computed from, and the solver drops entries whose
 * stamps no longer match when they reach the top. That keeps every update O(log size) without
 * per-item handles, at the price of some dead entries, which `compact` clears out.
 */
export class EventQueue {
  size = 0;
  private keys: Float64Array;
  private items: Int32Array;
  private stampsA: Int32Array;
  private stampsB: Int32Array;

  /** Filled by `pop`: the event that was on top. */
  key = 0;
  item = 0;
  stampA = 0;
  stampB = 0;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.keys = new Float64Array(c);
    this.items = new Int32Array(c);
    this.stampsA = new Int32Array(c);
    this.stampsB = new Int32Array(c);
  }

  push(key: number, item: number, stampA: number, stampB: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const items = this.items;
    const sa = this.stampsA;
    const sb = this.stampsB;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p] <= key) break;
      keys[i] = keys[p];
      items[i] = items[p];
      sa[i] = sa[p];
      sb[i] = sb[p];
      i = p;
    }
    keys[i] = key;
    items[i] = item;
    sa[i] = stampA;
    sb[i] = stampB;
  }

  /** Moves the smallest entry into `key`/`item`/`stampA`/`stampB`. Requires size > 0. */
  pop(): void {
    const keys = this.keys;
    const items = this.items;
    const sa = this.stampsA;
    const sb = this.stampsB;
    this.key = keys[0];
    this.item = items[0];
    this.stampA = sa[0];
    this.stampB = sb[0];
    const last = --this.size;
    if (last === 0) return;
    this.siftDown(0, keys[last], items[last], sa[last], sb[last]);
  }

  /** Keeps only the entries `keep` accepts, then restores the heap order in linear time. */
  compact(keep: (item: number, stampA: number, stampB: number) => boolean): void {
    const keys = this.keys;
    const items = this.items;
    const sa = this.stampsA;
    const sb = this.stampsB;
    let j = 0;
    for (let i = 0; i < this.size; i++) {
      if (!keep(items[i], sa[i], sb[i])) continue;
      keys[j] = keys[i];
      items[j] = items[i];
      sa[j] = sa[i];
      sb[j] = sb[i];
      j++;
    }
    this.size = j;
    for (let i = (j >> 1) - 1; i >= 0; i--) this.siftDown(i, keys[i], items[i], sa[i], sb[i]);
  }

  private siftDown(start: number, key: number, item: number, a: number, b: number): void {
    const keys = this.keys;
    const items = this.items;
    const sa = this.stampsA;
    const sb = this.stampsB;
    const n = this.size;
    let i = start;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && keys[c + 1] < keys[c]) c++;
      if (keys[c] >= key) break;
      keys[i] = keys[c];
      items[i] = items[c];
      sa[i] = sa[c];
      sb[i] = sb[c];
      i = c;
    }
    keys[i] = key;
    items[i] = item;
    sa[i] = a;
    sb[i] = b;
  }

  private grow(): void {
    const c = this.keys.length * 2;
    const keys = new Float64Array(c);
    const items = new Int32Array(c);
    const sa = new Int32Array(c);
    const sb = new Int32Array(c);
    keys.set(this.keys);
    items.set(this.items);
    sa.set(this.stampsA);
    sb.set(this.stampsB);
    this.keys = keys;
    this.items = items;
    this.stampsA = sa;
    this.stampsB = sb;
  }
}
