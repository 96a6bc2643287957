/**
 * The value of a coffee pair: meeting anyone counts, meeting across teams and across sites counts
 * more. Pairs that met in the history window, or that a rule forbids, are not allowed at all.
 * Scores depend only on team and site, so any pair is valued in O(1) without a table, and the
 * best any person could hope for is known exactly, which gives the round's upper bound.
 */
import type { MeetingHistory } from './meetingHistory';
import type { Candidates, ListedPairs, PairValues } from './pairValues';
import { below, type Random } from './random';

export interface CoffeeWeights {
  /** For meeting at all (default 1). */
  meet: number;
  /** Extra when the two are in different teams (default 1). */
  crossTeam: number;
  /** Extra when they usually work at different sites (default 1). */
  crossSite: number;
}

export class CoffeeValues implements PairValues {
  /** The most one pair could score for each person: the upper bound is built from these. */
  readonly best: Float64Array;

  constructor(
    readonly people: number,
    readonly weights: CoffeeWeights,
    private readonly teamOf: Int32Array | undefined,
    private readonly siteOf: Int32Array | undefined,
    private readonly history: MeetingHistory,
    private readonly allowed: ((i: number, j: number) => boolean) | undefined,
    private readonly listed: ListedPairs | undefined,
  ) {
    this.best = listed ? this.bestAmongListed(listed) : this.bestAnywhere();
  }

  /** Score of the pair, ignoring whether it is allowed. */
  score(i: number, j: number): number {
    let score = this.weights.meet;
    if (this.teamOf && this.teamOf[i] !== this.teamOf[j]) score += this.weights.crossTeam;
    if (this.siteOf && this.siteOf[i] !== this.siteOf[j]) score += this.weights.crossSite;
    return score;
  }

  value(i: number, j: number): number {
    if (i === j || this.history.met(i, j)) return Number.NaN;
    if (this.listed && Number.isNaN(this.listed.value(i, j))) return Number.NaN;
    if (this.allowed && !this.allowed(i, j)) return Number.NaN;
    return this.score(i, j);
  }

  /**
   * Draws `count` allowed partners per person at random, favouring other teams and sites: a
   * draw that scores below the best possible for that person is redrawn once.
   */
  drawCandidates(count: number, random: Random): Candidates {
    const n = this.people;
    const start = new Int32Array(n + 1);
    const partner = new Int32Array(n * count);
    let out = 0;
    for (let v = 0; v < n; v++) {
      start[v] = out;
      for (let attempt = 0; attempt < 4 * count && out - start[v] < count; attempt++) {
        let u = below(random, n);
        if (this.score(v, u) < this.best[v]) u = below(random, n);
        if (Number.isNaN(this.value(v, u))) continue;
        let seen = false;
        for (let k = start[v]; k < out && !seen; k++) seen = partner[k] === u;
        if (!seen) partner[out++] = u;
      }
    }
    start[n] = out;
    return { start, partner: partner.subarray(0, out) };
  }

  /** Another team and another site count whenever anyone is in one; history only lowers this. */
  private bestAnywhere(): Float64Array {
    const n = this.people;
    const othersExist = (of: Int32Array | undefined): ((v: number) => boolean) => {
      if (!of) return () => false;
      const counts = new Map<number, number>();
      for (let v = 0; v < n; v++) counts.set(of[v], (counts.get(of[v]) ?? 0) + 1);
      return (v) => (counts.get(of[v]) ?? 0) < n;
    };
    const otherTeam = othersExist(this.teamOf);
    const otherSite = othersExist(this.siteOf);
    const best = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      best[v] =
        this.weights.meet +
        (otherTeam(v) ? this.weights.crossTeam : 0) +
        (otherSite(v) ? this.weights.crossSite : 0);
    }
    return best;
  }

  private bestAmongListed(listed: ListedPairs): Float64Array {
    const best = new Float64Array(this.people);
    const { start, partner } = listed.candidates;
    for (let v = 0; v < this.people; v++) {
      for (let k = start[v]; k < start[v + 1]; k++) {
        best[v] = Math.max(best[v], this.score(v, partner[k]));
      }
    }
    return best;
  }
}
