/** What the thread needs of each of its cables: its id and its links to the others of the thread. */
export interface ThreadLinks {
  id: string;
  repliesTo: string | null;
  refersTo: readonly string[];
}

export interface ThreadShape<T extends ThreadLinks> {
  /** The reply chain the open cable is in, depth first, each with how deep it answers. */
  replies: { cable: T; depth: number }[];
  /** Cables outside the chain that the open cable refers to. */
  refersTo: T[];
  /** Cables outside the chain that refer to the open cable. */
  referredBy: T[];
}

/**
 * Turns the linked cables around an open one (given in chain order) into what
 * a reader follows: the conversation it belongs to — the tree of replies from
 * its first cable — and, apart, the cables it cites or is cited by. Cables
 * linked only through others' references are left out: they belong to other
 * conversations.
 */
export function shapeThread<T extends ThreadLinks>(thread: readonly T[], currentId: string): ThreadShape<T> {
  const byId = new Map(thread.map((cable) => [cable.id, cable]));
  const current = byId.get(currentId);
  if (!current) return { replies: [], refersTo: [], referredBy: [] };

  let root = current;
  const climbed = new Set<string>([root.id]);
  for (let up = root.repliesTo && byId.get(root.repliesTo); up && !climbed.has(up.id); ) {
    root = up;
    climbed.add(up.id);
    up = root.repliesTo ? byId.get(root.repliesTo) : undefined;
  }
  const children = new Map<string, T[]>();
  for (const cable of thread) {
    if (cable.repliesTo && byId.has(cable.repliesTo)) {
      children.set(cable.repliesTo, [...(children.get(cable.repliesTo) ?? []), cable]);
    }
  }
  const replies: { cable: T; depth: number }[] = [];
  const inChain = new Set<string>();
  const walk = (cable: T, depth: number) => {
    if (inChain.has(cable.id)) return;
    inChain.add(cable.id);
    replies.push({ cable, depth });
    for (const child of children.get(cable.id) ?? []) walk(child, depth + 1);
  };
  walk(root, 0);

  const apart = (cable: T) => !inChain.has(cable.id);
  return {
    replies: replies.length > 1 ? replies : [],
    refersTo: current.refersTo.flatMap((id) => byId.get(id) ?? []).filter(apart),
    referredBy: thread.filter((cable) => cable.refersTo.includes(currentId)).filter(apart),
  };
}
