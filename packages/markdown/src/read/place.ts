import type { Nodes as Node, Parent } from 'mdast';

/** Start and end offsets of a node in the document. */
export interface Offsets {
  start: number;
  end: number;
}

/**
 * Where each node of a tree is, as offsets. Other plugins may add nodes without a position (a
 * generated table of contents, a rewritten cell): such a node is placed where its nearest
 * positioned ancestor is, so that reading never fails on it and every finding still has a place.
 * The parents are walked only when a node without offsets is met.
 */
export function placer(tree: Node, length: number): (node: Node) => Offsets {
  let inherited: WeakMap<Node, Offsets> | undefined;
  const own = (node: Node): Offsets | undefined => {
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    return s !== undefined && e !== undefined ? { start: s, end: e } : undefined;
  };
  const walk = (node: Node, outer: Offsets, map: WeakMap<Node, Offsets>) => {
    const here = own(node) ?? outer;
    map.set(node, here);
    if ('children' in node) for (const child of (node as Parent).children) walk(child, here, map);
  };
  return (node) => {
    const o = own(node);
    if (o) return o;
    if (!inherited) {
      inherited = new WeakMap();
      walk(tree, { start: 0, end: length }, inherited);
    }
    return inherited.get(node) ?? { start: 0, end: length };
  };
}
