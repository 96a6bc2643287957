/**
 * Binary min-heap of (key, node) on typed arrays. Entries are never decreased in place: the
 * caller pushes again and skips stale entries when they surface, which is cheaper than keeping a
 * position index for the few nodes a shortest-path search relabels.
 */
export class MinHeap {
  private keys: Float64Array;
  private nodes: Int32Array;
  size = 0;

  constructor(initialCapacity = 64) {
    this.keys = new Float64Array(Math.max(4, initialCapacity));
    this.nodes = new Int32Array(Math.max(4, initialCapacity));
  }

  clear(): void {
    this.size = 0;
  }

  topKey(): number {
    return this.keys[0];
  }

  topNode(): number {
    return this.nodes[0];
  }

  push(key: number, node: number): void {
    if (this.size === this.keys.length) this.grow();
    const keys = this.keys;
    const nodes = this.nodes;
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const parentKey = keys[parent];
      // Equal keys keep insertion order stable enough for determinism: ties never swap.
      if (parentKey <= key) break;
      keys[at] = parentKey;
      nodes[at] = nodes[parent];
      at = parent;
    }
    keys[at] = key;
    nodes[at] = node;
  }

  /** Removes the top entry; read it with topKey/topNode first. */
  pop(): void {
    const size = --this.size;
    if (size === 0) return;
    const keys = this.keys;
    const nodes = this.nodes;
    const key = keys[size];
    const node = nodes[size];
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= size) break;
      const right = child + 1;
      if (right < size && keys[right] < keys[child]) child = right;
      if (keys[child] >= key) break;
      keys[at] = keys[child];
      nodes[at] = nodes[child];
      at = child;
    }
    keys[at] = key;
    nodes[at] = node;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    const nodes = new Int32Array(this.nodes.length * 2);
    keys.set(this.keys);
    nodes.set(this.nodes);
    this.keys = keys;
    this.nodes = nodes;
  }
}
