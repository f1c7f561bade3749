import { instantOutOfRange } from "@meetstream/core/validation/instant";
import * as z from "@meetstream/core/validation/zod";
import { GraphQLError } from "graphql";

/**
 * An instant a query takes (ISO-8601, any offset), in the range people give instants in (see
 * core's validation/instant.ts), at the moment the request is checked.
 */
export const instantArgument = () =>
  z.iso.datetime({ offset: true }).check(
    z.superRefine((value: string, context) => {
      const message = instantOutOfRange(value, new Date());
      if (message !== undefined) context.addIssue({ code: "custom", message, input: value });
    }),
  );

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
