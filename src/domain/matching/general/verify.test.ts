import { describe, expect, it } from 'vitest';
import { type GeneralMatchingSolution, maxWeightMatching, verifyMatching } from './index';

// A 5-cycle with a pendant: the optimum needs a blossom dual to certify it.
const p = {
  nodeCount: 6,
  edgeU: Int32Array.from([0, 1, 2, 3, 4, 4]),
  edgeV: Int32Array.from([1, 2, 3, 4, 0, 5]),
  edgeWeight: Float64Array.from([10, 10, 10, 10, 10, 3]),
};

function solved(): GeneralMatchingSolution {
  return maxWeightMatching(p, { shortlist: 0 });
}

describe('verifyMatching', () => {
  it('accepts the solver’s answer', () => {
    expect(verifyMatching(p, solved())).toEqual([]);
  });

  it('rejects a total that does not match the pairs', () => {
    const s = solved();
    expect(verifyMatching(p, { ...s, total: s.total + 1 })).not.toEqual([]);
  });

  it('rejects an asymmetric or unlisted pairing', () => {
    const s = solved();
    const [u, v] = s.pairs[0];
    const [x] = s.pairs[1];
    const asymmetric = s.mate.slice();
    asymmetric[u] = x;
    expect(verifyMatching(p, { ...s, mate: asymmetric })).not.toEqual([]);
    // 0 and 2 are not adjacent.
    const unlisted = s.mate.slice().fill(-1);
    unlisted[0] = 2;
    unlisted[2] = 0;
    expect(verifyMatching(p, { ...s, mate: unlisted, pairs: [[0, 2]], total: 0 })).not.toEqual([]);
    expect(v).toBeGreaterThan(u);
  });

  it('rejects a dual solution that leaves an edge uncovered', () => {
    const s = solved();
    const vertexDual = s.certificate.vertexDual.slice();
    vertexDual[1] -= 1;
    expect(verifyMatching(p, { ...s, certificate: { ...s.certificate, vertexDual } })).not.toEqual(
      [],
    );
  });

  it('rejects a certificate whose blossom duals are dropped', () => {
    const s = solved();
    expect(
      verifyMatching(p, { ...s, certificate: { ...s.certificate, blossoms: [] } }),
    ).not.toEqual([]);
  });

  it('rejects a smaller matching, which no dual can prove optimal', () => {
    const s = solved();
    const mate = s.mate.slice();
    const [u, v] = s.pairs[0];
    mate[u] = -1;
    mate[v] = -1;
    const weaker = { ...s, mate, pairs: s.pairs.slice(1), total: s.total - 10 };
    expect(verifyMatching(p, weaker)).not.toEqual([]);
  });

  it('rejects a maximum-cardinality claim without a valid barrier', () => {
    const s = maxWeightMatching(p, { maxCardinality: true });
    expect(verifyMatching(p, s, { maxCardinality: true })).toEqual([]);
    const noBarrier = { ...s, certificate: { ...s.certificate, barrier: Int32Array.of(0, 1) } };
    expect(verifyMatching(p, noBarrier, { maxCardinality: true })).not.toEqual([]);
  });
});
