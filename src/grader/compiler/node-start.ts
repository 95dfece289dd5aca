import * as ts from 'typescript';

/**
 * Where a node's first token starts, after its leading comments and spaces:
 * TypeScript's own `getTokenPosOfNode`, which `node.getStart()` calls. The
 * compiler's nodes have no `getStart()` (that comes with the language service,
 * which the worker's TypeScript leaves out), and the function is not in
 * TypeScript's declarations, though both builds export it.
 */
// A property read, not destructuring: the bundler then keeps only this export of `ts`, not its whole namespace.
export const startOf = (ts as unknown as { getTokenPosOfNode(node: ts.Node, sourceFile: ts.SourceFile): number }).getTokenPosOfNode;
