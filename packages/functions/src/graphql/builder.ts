import SchemaBuilder, { PothosSchemaError } from "@pothos/core";
import ErrorsPlugin from "@pothos/plugin-errors";
import RelayPlugin from "@pothos/plugin-relay";
import ValidationPlugin from "@pothos/plugin-validation";
import { GraphQLError } from "graphql";
import type { GraphqlContext } from "./context";

/**
 * The one schema builder. Fields are non-null unless they say otherwise, so that `null` in the schema
 * always means something (anonymous, not found, not set). Domain rejections come back as result unions
 * (errors plugin); malformed arguments as a coded `BAD_USER_INPUT` error (validation plugin).
 */
export const builder = new SchemaBuilder<{
  Context: GraphqlContext;
  DefaultFieldNullability: false;
}>({
  plugins: [ErrorsPlugin, ValidationPlugin, RelayPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    nodeQueryOptions: {
      // An id naming a type that is no node is simply not found, as any unknown id: no schema internals.
      resolve: async (_root, { id }, _context, _info, resolveNode) => {
        try {
          return await resolveNode(id);
        } catch (error) {
          if (error instanceof PothosSchemaError) return null;
          throw error;
        }
      },
    },
    // `nodes(ids)` would load as many members as a client lists: one node at a time keeps cost in view.
    nodesQueryOptions: false,
  },
  validation: {
    validationError: (result) =>
      new GraphQLError("The arguments are not valid.", {
        extensions: {
          code: "BAD_USER_INPUT",
          issues: result.issues.map((issue) => ({
            path: (issue.path ?? []).map((part) => (typeof part === "object" ? part.key : part)),
            message: issue.message,
          })),
        },
      }),
  },
});

builder.queryType({});
builder.mutationType({});
