import { initGraphQLTada } from "gql.tada";
import type { introspection } from "./graphql-env.d.ts";

/**
 * Typed documents, inferred from the API's printed schema (packages/functions/schema.graphql) through the
 * introspection types `gql-tada generate output` writes to graphql-env.d.ts. Fragments are not masked:
 * the app is small and its components take plain result types. A component that shows one fragment of
 * lists from several queries (the meetup cards) takes `FragmentOf` it and reads it with `readFragment`.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  disableMasking: true;
}>();

export type { FragmentOf, ResultOf, VariablesOf } from "gql.tada";
export { readFragment } from "gql.tada";
