import type { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError, type ValidationContext } from "graphql";

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;

/** Armor words each refusal as a parse failure, which it is not: the query parsed and asked too much. */
const armorPrefix = /^Syntax Error: /;

/**
 * A refusal with a code a client can act on, like every other rejection. Armor throws its own error,
 * without one; reported to the validation instead, it keeps the code and fails the request as invalid.
 */
const refuseAs = (code: string) => (validation: ValidationContext | null, error: GraphQLError) =>
  validation?.reportError(
    new GraphQLError(error.message.replace(armorPrefix, ""), { nodes: error.nodes, extensions: { code } }),
  );

const refusal = (code: string, message: string) => ({
  errorMessage: message,
  onReject: [refuseAs(code)],
  propagateOnRejection: false,
});

/**
 * What one query may ask for. `exposeLimits` (local mode) says which limit a query broke and by how much;
 * in production the message says only what to do.
 */
export function queryLimits({ exposeLimits }: { exposeLimits: boolean }): ArmorConfig {
  return {
    maxDepth: {
      n: 10,
      // Depth is how far fields nest: a fragment (a union's `... on Proposal`, a shared fragment) is no level.
      flattenFragments: true,
      exposeLimits,
      ...refusal("QUERY_TOO_DEEP", "The query nests too deep: ask for fewer levels at once."),
    },
    maxAliases: {
      n: 15,
      exposeLimits,
      ...refusal("TOO_MANY_ALIASES", "The query has too many aliases: split it into several."),
    },
    // The parser counts tokens before there is a validation to report to, so armor's refusal stands.
    maxTokens: { n: 2000, exposeLimits },
    maxDirectives: {
      n: 20,
      exposeLimits,
      ...refusal("TOO_MANY_DIRECTIVES", "The query has too many directives: split it into several."),
    },
    // Cost counts what a query resolves: 1 a field, 2 an object, times a literal `first` (at most
    // 100, as relay.ts says). Armor's default also multiplies each level of nesting by 1.5, which
    // priced a page of 100 attendees with their members over the limit; depth has its own limit.
    costLimit: {
      maxCost: 5000,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1,
      exposeLimits,
      ...refusal(
        "QUERY_TOO_COSTLY",
        "The query asks for too much at once: ask for smaller pages, or lists inside lists apart.",
      ),
    },
    // Suggestions ("did you mean …?") map the schema for someone who may not see it.
    blockFieldSuggestion: { enabled: !exposeLimits },
  };
}
