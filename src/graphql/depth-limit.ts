/**
 * Refuses operations nested deeper than a limit before they run: the trace is a graph, and an
 * unbounded query (claim → subject → claims → subject ...) could ask for all of it at once.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    // Each fragment's depth is computed once: re-walking it at every spread is exponential.
    const fragmentDepths = new Map<string, number>();
    const fragmentDepth = (name: string, visiting: Set<string>): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      // An unknown or self-recursive fragment is another rule's error; count it as flat here.
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const depth = depthOf(fragment.selectionSet, visiting);
      visiting.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };
    const depthOf = (set: SelectionSetNode | undefined, visiting: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(
            deepest,
            selection.selectionSet ? 1 + depthOf(selection.selectionSet, visiting) : 1,
          );
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value, visiting));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(
              `The operation is nested ${depth} levels deep; the limit is ${maxDepth}. Split it into smaller queries.`,
              { nodes: [node], extensions: { code: 'QUERY_TOO_DEEP' } },
            ),
          );
        }
      },
    };
  };
}
