import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from "graphql";

/** The selection sets of `fields` named `name` among `selections`, through fragments (spread or inline). */
function fieldSelections(
  selections: readonly (SelectionSetNode | undefined)[],
  name: string,
  info: GraphQLResolveInfo,
): SelectionSetNode[] {
  const found: (SelectionSetNode | undefined)[] = [];
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const selectionSet of selections) visit(selectionSet);
  // A leaf asked for has no selection set, yet is asked for all the same.
  return found.map((selectionSet) => selectionSet ?? { kind: Kind.SELECTION_SET, selections: [] });
}

/**
 * Whether the query asks, below the field being resolved, for the field at `path` (`["edges", "node",
 * "proposal"]`), in any fragment: so that a list reads what its items need once, and only when they are
 * asked for. Directives (`@skip`, `@include`) are not weighed: a field they may leave out counts as asked.
 */
export function asksFor(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) =>
    node.selectionSet ? [node.selectionSet] : [],
  );
  for (const name of path) {
    level = fieldSelections(level, name, info);
    if (level.length === 0) return false;
  }
  return true;
}
