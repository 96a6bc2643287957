/**
 * Groups under construction: up to four members per group in a flat array, with each person's
 * group and slot, so moving one person is O(1) and scoring one against a group is O(size).
 */
import type { PairValues } from './pairValues';

export const MAX_GROUP = 4;

export class GroupSet {
  readonly count: number;
  readonly members: Int32Array;
  readonly size: Int32Array;
  /** Size each group should end with. */
  readonly target: Int32Array;
  readonly groupOf: Int32Array;
  private readonly slotOf: Int32Array;

  /** Set by `score`: not-allowed pairs among those just scored. */
  forbidden = 0;

  constructor(people: number, plan: number[]) {
    this.count = plan.length;
    this.members = new Int32Array(plan.length * MAX_GROUP).fill(-1);
    this.size = new Int32Array(plan.length);
    this.target = Int32Array.from(plan);
    this.groupOf = new Int32Array(people).fill(-1);
    this.slotOf = new Int32Array(people).fill(-1);
  }

  add(g: number, v: number): void {
    const slot = this.size[g]++;
    this.members[g * MAX_GROUP + slot] = v;
    this.groupOf[v] = g;
    this.slotOf[v] = slot;
  }

  remove(v: number): void {
    const g = this.groupOf[v];
    const last = --this.size[g];
    const slot = this.slotOf[v];
    const moved = this.members[g * MAX_GROUP + last];
    this.members[g * MAX_GROUP + slot] = moved;
    this.slotOf[moved] = slot;
    this.members[g * MAX_GROUP + last] = -1;
    this.groupOf[v] = -1;
    this.slotOf[v] = -1;
  }

  /** Swaps two people of different groups, each taking the other's slot. */
  swap(v: number, u: number): void {
    const gv = this.groupOf[v];
    const gu = this.groupOf[u];
    const sv = this.slotOf[v];
    const su = this.slotOf[u];
    this.members[gv * MAX_GROUP + sv] = u;
    this.members[gu * MAX_GROUP + su] = v;
    this.groupOf[v] = gu;
    this.groupOf[u] = gv;
    this.slotOf[v] = su;
    this.slotOf[u] = sv;
  }

  /**
   * Total value between v and the members of group g other than v and `except`; the number of
   * not-allowed pairs among them is left in `forbidden`.
   */
  score(values: PairValues, v: number, g: number, except: number): number {
    let total = 0;
    let forbidden = 0;
    const base = g * MAX_GROUP;
    for (let k = 0; k < this.size[g]; k++) {
      const m = this.members[base + k];
      if (m === v || m === except) continue;
      const w = values.value(v, m);
      if (Number.isNaN(w)) forbidden++;
      else total += w;
    }
    this.forbidden = forbidden;
    return total;
  }

  /** A copy of the assignment, for `restore`. */
  snapshot(): Int32Array[] {
    return [
      this.members.slice(),
      this.size.slice(),
      this.target.slice(),
      this.groupOf.slice(),
      this.slotOf.slice(),
    ];
  }

  restore(copy: Int32Array[]): void {
    this.members.set(copy[0]);
    this.size.set(copy[1]);
    this.target.set(copy[2]);
    this.groupOf.set(copy[3]);
    this.slotOf.set(copy[4]);
  }

  /** Value and not-allowed pairs inside one group. */
  groupTotal(values: PairValues, g: number): { value: number; forbidden: number } {
    let value = 0;
    let forbidden = 0;
    const base = g * MAX_GROUP;
    for (let i = 0; i < this.size[g]; i++) {
      for (let j = i + 1; j < this.size[g]; j++) {
        const w = values.value(this.members[base + i], this.members[base + j]);
        if (Number.isNaN(w)) forbidden++;
        else value += w;
      }
    }
    return { value, forbidden };
  }

  member(g: number, k: number): number {
    return this.members[g * MAX_GROUP + k];
  }

  membersOf(g: number): number[] {
    return Array.from(this.members.subarray(g * MAX_GROUP, g * MAX_GROUP + this.size[g]));
  }

  /** Groups with ascending members, ordered by first member, and each person's group index. */
  publish(): { groups: number[][]; groupOf: Int32Array } {
    const list: number[][] = [];
    for (let g = 0; g < this.count; g++) {
      if (this.size[g] > 0) list.push(this.membersOf(g).sort((a, b) => a - b));
    }
    list.sort((a, b) => a[0] - b[0]);
    const groupOf = new Int32Array(this.groupOf.length).fill(-1);
    list.forEach((members, g) => {
      for (const v of members) groupOf[v] = g;
    });
    return { groups: list, groupOf };
  }

  /** Value and not-allowed pairs summed over all groups. */
  totals(values: PairValues): { value: number; forbidden: number } {
    let value = 0;
    let forbidden = 0;
    for (let g = 0; g < this.count; g++) {
      const t = this.groupTotal(values, g);
      value += t.value;
      forbidden += t.forbidden;
    }
    return { value, forbidden };
  }
}
