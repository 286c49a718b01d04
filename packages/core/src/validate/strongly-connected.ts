// Tarjan's strongly connected components, iterative so that deep graphs cannot overflow the stack.

/** The component number of every vertex of a graph given as adjacency lists. */
export function stronglyConnectedComponents(edges: readonly (readonly number[])[]): number[] {
  const count = edges.length;
  const index = new Int32Array(count).fill(-1);
  const lowLink = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const component = new Array<number>(count).fill(-1);
  const stack: number[] = [];
  let nextIndex = 0;
  let nextComponent = 0;

  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    // Each frame is a vertex and the position of the next edge to follow from it.
    const frames: [number, number][] = [[root, 0]];
    index[root] = lowLink[root] = nextIndex++;
    stack.push(root);
    onStack[root] = 1;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const [vertex, position] = frame;
      const targets = edges[vertex]!;
      if (position < targets.length) {
        frame[1]++;
        const target = targets[position]!;
        if (index[target] === -1) {
          index[target] = lowLink[target] = nextIndex++;
          stack.push(target);
          onStack[target] = 1;
          frames.push([target, 0]);
        } else if (onStack[target]) {
          lowLink[vertex] = Math.min(lowLink[vertex]!, index[target]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink[parent[0]] = Math.min(lowLink[parent[0]]!, lowLink[vertex]!);
      if (lowLink[vertex] === index[vertex]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component[member] = nextComponent;
        } while (member !== vertex);
        nextComponent++;
      }
    }
  }
  return component;
}
