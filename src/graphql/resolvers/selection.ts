/** What a request selects under a field, for root fields that fetch only what is asked for. */
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Whether any of `names` is selected anywhere below the field being resolved (fragments included). */
export function selectsField(info: GraphQLResolveInfo, names: readonly string[]): boolean {
  const seen = new Set<string>();
  const search = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === Kind.FIELD)
        return names.includes(selection.name.value) || search(selection.selectionSet);
      if (selection.kind === Kind.INLINE_FRAGMENT) return search(selection.selectionSet);
      const name = selection.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return search(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node) => search(node.selectionSet));
}
