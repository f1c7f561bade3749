import type { GraphQLResolveInfo, GraphQLTypeResolver } from "graphql";
import type { GraphqlContext } from "./context";
import type * as Generated from "./resolver-types";

/** One field's resolver: `parent` is what the field's type stands for (a domain object), not a GraphQL type. */
export type FieldResolver<Parent = unknown, Arguments = Record<string, never>> = (
  parent: Parent,
  args: Arguments,
  context: GraphqlContext,
  info: GraphQLResolveInfo,
) => unknown;

/**
 * The resolvers of one object type, keyed by field; a field without one reads the parent's property of the
 * same name (graphql-js's default), as most fields do.
 */
// biome-ignore lint/suspicious/noExplicitAny: each field declares its own arguments; the map only names them.
export type ObjectResolvers<Parent> = Record<string, FieldResolver<Parent, any>>;

/** What schema.ts attaches to the SDL: object fields, how unions and interfaces resolve, enums' internal values. */
export type Resolvers = Record<
  string,
  // biome-ignore lint/suspicious/noExplicitAny: a union of the shapes graphql-tools accepts per kind of type.
  | ObjectResolvers<any>
  | { __resolveType: GraphQLTypeResolver<unknown, GraphqlContext> }
  | Record<string, string>
>;

/** How graphql-js asks a union or an interface which type a value is: the type's name. */
type TypeNameResolver =
  | GraphQLTypeResolver<never, GraphqlContext>
  | ((value: never, context: GraphqlContext, info: GraphQLResolveInfo) => string | null);

/**
 * One context's resolvers, checked against the SDL (resolver-types.ts, generated from it): a type or a
 * field the SDL lacks, an argument a field does not take, or an enum value the SDL does not have fails
 * `tsc`. Each type's map names its parent, the domain object it resolves
 * (`MeetupResolvers<GraphqlContext, MeetupDocument>`). Unions and interfaces name their member types by
 * string, as the results helpers do.
 */
export type ContextResolvers = {
  [TypeName in keyof Generated.Resolvers<GraphqlContext>]?: NonNullable<
    Generated.Resolvers<GraphqlContext>[TypeName]
  > extends { __resolveType?: unknown }
    ? { __resolveType: TypeNameResolver }
    : Generated.Resolvers<GraphqlContext>[TypeName];
};
