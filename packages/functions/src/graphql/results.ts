import type { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import type { GraphQLTypeResolver } from "graphql";
import type { GraphqlContext } from "./context";
import type { FieldResolver, ObjectResolvers, Resolvers } from "./resolvers";

/** A class of rejection a mutation answers with, as a member of its result union. */
export type Rejection = abstract new (...parameters: never[]) => MeetstreamError;

/** A rejection as a result union answers it: the error's own fields, its message, and its GraphQL type. */
export type RejectionAnswer = Record<string, unknown> & { __typename: string; message: string };

/**
 * graphql-js fails any field whose resolver returns an Error, so a rejection is answered as a plain copy.
 * Its GraphQL type is its class's name, which `MeetstreamError` gives every rejection.
 */
const answerOf = (rejection: MeetstreamError): RejectionAnswer => ({
  ...rejection,
  message: rejection.message,
  __typename: rejection.name,
});

const isRejectionAnswer = (value: unknown): value is RejectionAnswer =>
  typeof value === "object" && value !== null && typeof (value as RejectionAnswer).__typename === "string";

/**
 * A mutation whose result is a union of what it returns and the rejections it may meet: a rejection of one
 * of the listed classes, thrown by the domain, is the answer (`... on SlugTaken { takenSlug }`); anything
 * else still fails the field.
 */
export function answeringRejections<Parent, Arguments>(
  rejections: readonly Rejection[],
  resolve: FieldResolver<Parent, Arguments>,
): FieldResolver<Parent, Arguments> {
  return async (parent, args, context, info) => {
    try {
      return await resolve(parent, args, context, info);
    } catch (error) {
      if (rejections.some((rejection) => error instanceof rejection))
        return answerOf(error as MeetstreamError);
      throw error;
    }
  };
}

/** A result union's type resolver: a rejection's own type, or else the union's one success type. */
export const resultOf =
  (successTypeName: string): GraphQLTypeResolver<unknown, GraphqlContext> =>
  (value) =>
    isRejectionAnswer(value) ? value.__typename : successTypeName;

/** The `Error` interface's type resolver: every value of it is a rejection answered by `answeringRejections`. */
export function rejectionTypeName(answer: unknown): string {
  if (!isRejectionAnswer(answer))
    throw new Error("an Error field resolved to something that is no rejection");
  return answer.__typename;
}

/** Result unions whose one member that is no rejection is `successTypeName`. */
export const resultUnions = (successTypeName: string, unionNames: readonly string[]): Resolvers =>
  Object.fromEntries(unionNames.map((name) => [name, { __resolveType: resultOf(successTypeName) }]));

/** One rule an input breaks (InvalidCommunity, InvalidMeetup, InvalidProfile): where in the input, as text. */
export const inputIssue: ObjectResolvers<{ path: readonly (string | number)[] }> = {
  path: (issue) => issue.path.map(String),
};
