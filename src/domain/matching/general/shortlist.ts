/**
 * Each vertex's k heaviest edges. On real and random inputs the optimum nearly always lies in the
 * union of these shortlists, so the solver starts there and lets the dual check decide which
 * dropped edges, if any, must come back.
 */

/**
 * Marks in `chosen` the union over all vertices of their `k` heaviest candidate edges (those
 * with `candidate[e] = 1`), ties broken by lower edge id. Returns how many edges it marked.
 */
export function markShortlists(
  n: number,
  edgeU: Int32Array,
  edgeV: Int32Array,
  weight: Float64Array,
  candidate: Uint8Array,
  k: number,
  chosen: Uint8Array,
): number {
  // One min-heap of size k per vertex, laid out flat: slot v*k+i.
  const heapEdge = new Int32Array(n * k);
  const count = new Int32Array(n);
  const worse = (a: number, b: number) =>
    weight[a] < weight[b] || (weight[a] === weight[b] && a > b);

  const offer = (v: number, e: number) => {
    const base = v * k;
    let size = count[v];
    if (size < k) {
      let i = size;
      count[v] = ++size;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(e, heapEdge[base + p])) break;
        heapEdge[base + i] = heapEdge[base + p];
        i = p;
      }
      heapEdge[base + i] = e;
      return;
    }
    if (!worse(heapEdge[base], e)) return;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && worse(heapEdge[base + c + 1], heapEdge[base + c])) c++;
      if (!worse(heapEdge[base + c], e)) break;
      heapEdge[base + i] = heapEdge[base + c];
      i = c;
    }
    heapEdge[base + i] = e;
  };

  for (let e = 0; e < edgeU.length; e++) {
    if (candidate[e] === 0) continue;
    offer(edgeU[e], e);
    offer(edgeV[e], e);
  }
  let marked = 0;
  for (let v = 0; v < n; v++) {
    for (let i = 0; i < count[v]; i++) {
      const e = heapEdge[v * k + i];
      if (chosen[e] === 0) {
        chosen[e] = 1;
        marked++;
      }
    }
  }
  return marked;
}
