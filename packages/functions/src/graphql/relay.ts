import { GraphQLError } from "graphql";
import type { GraphqlContext } from "./context";
import type { Resolvers } from "./resolvers";

/**
 * Relay's object identification: a node's id is base64 of "<Type>:<id>", so that one `node(id)` field
 * finds any node and a client can cache by id alone. The same encoding as graphql-relay's `toGlobalId`.
 */
export const globalIdOf = (typeName: NodeTypeName, id: string): string =>
  Buffer.from(`${typeName}:${id}`, "utf8").toString("base64");

/** The types that are nodes, and how a request loads one (through its per-request loader). */
const nodeLoaders = {
  Member: (id: string, context: GraphqlContext) => context.memberById.load(id),
  Community: (id: string, context: GraphqlContext) => context.communityById.load(id),
  Meetup: (id: string, context: GraphqlContext) => context.meetupById.load(id),
  CallForProposals: (id: string, context: GraphqlContext) => context.callById.load(id),
  Proposal: (id: string, context: GraphqlContext) => context.proposalById.load(id),
  Path: (id: string, context: GraphqlContext) => context.pathById.load(id),
} as const;

export type NodeTypeName = keyof typeof nodeLoaders;

const isNodeTypeName = (name: string): name is NodeTypeName => Object.hasOwn(nodeLoaders, name);

const malformed = (globalId: string) =>
  new GraphQLError(`Invalid global ID: ${globalId}`, { extensions: { code: "BAD_USER_INPUT" } });

/** The type and id a global id names; a string that is no global id is the client's mistake. */
export function decodeGlobalId(globalId: string): { typeName: string; id: string } {
  const decoded = Buffer.from(globalId, "base64").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator < 1 || separator === decoded.length - 1) throw malformed(globalId);
  return { typeName: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

/** The id inside a global id that must name a `typeName` (an argument such as `communityId: ID!`). */
export function idOf(globalId: string, typeName: NodeTypeName): string {
  const decoded = decodeGlobalId(globalId);
  if (decoded.typeName !== typeName)
    throw new GraphQLError(`ID: ${globalId} is not of type: ${typeName}`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  return decoded.id;
}

/** A control character, or a surrogate on its own (a pair reads as the one character it encodes). */
const notAddressText = /[\p{Cc}\p{Cs}]/u;

/**
 * The plain id in a global id of `typeName`, or the id itself when it is none: a plain id is what the
 * web app's addresses, calendar entries and feed items carry. A string that is neither reads as not found
 * (ill-formed ids never reach the store), not as the client's mistake: it came from an address bar. Text
 * no address bar sends (control characters, a lone surrogate) is the client's mistake all the same.
 */
export function plainIdOf(id: string, typeName: NodeTypeName): string {
  if (notAddressText.test(id)) throw malformed(id);
  const prefix = `${typeName}:`;
  const decoded = Buffer.from(id, "base64").toString("utf8");
  // Base64 decoding skips what is not base64: only an id that encodes back to itself is a global id.
  const global = decoded.startsWith(prefix) && globalIdOf(typeName, decoded.slice(prefix.length)) === id;
  return global ? decoded.slice(prefix.length) : id;
}

/**
 * `node(id)`: any node by its global id. An id naming a type that is no node is simply not found, as any
 * unknown id is: no schema internals. The node carries its type name, which `Node` resolves by.
 */
export async function nodeById(globalId: string, context: GraphqlContext) {
  const { typeName, id } = decodeGlobalId(globalId);
  if (!isNodeTypeName(typeName)) return null;
  const node = await nodeLoaders[typeName](id, context);
  return node ? { ...node, __typename: typeName } : null;
}

const maximumPage = 100;

/** A connection's paging arguments, as clients may send them. */
export interface PageArguments {
  first?: number | null;
  last?: number | null;
  before?: string | null;
  after?: string | null;
}

/**
 * Connections page forward only: `last` and `before` are refused rather than ignored. A list may hold its
 * pages smaller than the 100 every connection allows (`maximum`), as its field's description then says.
 */
export function forwardPage(args: PageArguments, maximum = maximumPage) {
  if (args.last != null || args.before != null)
    throw new GraphQLError("Only forward paging (first, after) is supported.", {
      extensions: { code: "BAD_USER_INPUT" },
    });
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > maximum)
    throw new GraphQLError(`first must be from 1 to ${maximum}.`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  return { limit: first, cursor: args.after ?? undefined };
}

/** A page of a connection: its edges, and where the next page starts (`endCursor`, when there is one). */
export const connection = <Node>(edges: { cursor: string; node: Node }[], endCursor: string | undefined) => ({
  edges,
  pageInfo: {
    hasNextPage: endCursor !== undefined,
    hasPreviousPage: false,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  },
});

export const relayResolvers: Resolvers = {
  Query: {
    node: (_root, { id }: { id: string }, context) => nodeById(id, context),
  },
  // `nodeById` tags what it loads with its type name, which graphql-js's default type resolver reads.
  Node: { __resolveType: (node: unknown) => (node as { __typename: NodeTypeName }).__typename },
};
