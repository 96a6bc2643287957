export interface TreeNode {
  id: string;
  parentId: string | null;
  name: string;
}

/**
 * Teams in tree order: each right after its parent, siblings by name, with their depth. A team
 * whose parent is unknown is a top team; teams caught in a loop (which the use cases never
 * create) are still listed, from the first of them by name, so nothing silently disappears.
 */
export function orderTeamTree<T extends TreeNode>(teams: readonly T[]): (T & { depth: number })[] {
  const byName = [...teams].sort(
    (a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1),
  );
  const ids = new Set(teams.map((team) => team.id));
  const children = new Map<string | null, T[]>();
  for (const team of byName) {
    const parent = team.parentId !== null && ids.has(team.parentId) ? team.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), team]);
  }
  const ordered: (T & { depth: number })[] = [];
  const placed = new Set<string>();
  const visit = (team: T, depth: number) => {
    if (placed.has(team.id)) return;
    placed.add(team.id);
    ordered.push({ ...team, depth });
    for (const child of children.get(team.id) ?? []) visit(child, depth + 1);
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  for (const team of byName) visit(team, 0);
  return ordered;
}
