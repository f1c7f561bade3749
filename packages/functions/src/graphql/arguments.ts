import * as z from "@meetstream/core/validation/zod";
import { GraphQLError } from "graphql";

/**
 * A field's arguments checked against rules beyond their GraphQL types (lengths, formats): arguments that
 * break one are a coded `BAD_USER_INPUT` error listing every issue, and the resolver goes no further.
 */
export function checkedArguments<Schema extends z.ZodMiniType>(
  schema: Schema,
  args: unknown,
): z.infer<Schema> {
  const result = z.safeParse(schema, args);
  if (result.success) return result.data;
  throw new GraphQLError("The arguments are not valid.", {
    extensions: {
      code: "BAD_USER_INPUT",
      issues: result.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === "symbol" ? String(part) : part)),
        message: issue.message,
      })),
    },
  });
}
