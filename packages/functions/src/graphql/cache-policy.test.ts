import {
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
} from "graphql";
import { describe, expect, test } from "vitest";
import {
  type CachePolicy,
  cacheControlOf,
  cacheHintsOf,
  defaultMaxAge,
  documentPolicy,
} from "./cache-policy";
import { schema } from "./schema";

const hints = cacheHintsOf(schema);

/** The policy of the document's first operation (`documentPolicy` needs no valid arguments). */
function policyOf(source: string): CachePolicy {
  const document = parse(source);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  return documentPolicy(schema, hints, document, operation);
}

/**
 * A query that reaches `typeName` from the root (its last field's selection left for `inner`): the
 * shortest path of fields, through inline fragments where a field gives an interface or a union.
 */
function queryReaching(typeName: string, inner: string): string | undefined {
  const query = schema.getQueryType() as GraphQLObjectType;
  const paths = new Map<string, string[]>([[query.name, []]]);
  const queue: GraphQLObjectType[] = [query];
  while (queue.length > 0) {
    const type = queue.shift() as GraphQLObjectType;
    if (type.name === typeName) break;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const reached = isAbstractType(named)
        ? schema.getPossibleTypes(named)
        : isObjectType(named)
          ? [named]
          : [];
      for (const next of reached) {
        if (paths.has(next.name)) continue;
        const step = isAbstractType(named) ? `${field.name} { ... on ${next.name}` : field.name;
        paths.set(next.name, [...(paths.get(type.name) as string[]), step]);
        queue.push(next);
      }
    }
  }
  const path = paths.get(typeName);
  if (!path) return undefined;
  const opened = path.map((step) => `${step} {`).join(" ");
  const closes = path.map((step) => (step.includes("... on") ? "} }" : "}")).join(" ");
  return `query { ${opened} ${inner} ${closes} }`;
}

const privateHints = [...hints]
  .filter(([, hint]) => hint.scope === "PRIVATE")
  .map(([coordinate]) => coordinate);

describe("the SDL's hints", () => {
  test("mark what reads the viewer: me, every viewer field, organisers' and reviewers' reads", () => {
    expect(privateHints).toEqual(
      expect.arrayContaining([
        "Query.me",
        "Me",
        "Meetup.viewerRsvp",
        "Meetup.attendees",
        "Community.viewerRole",
        "Community.draftMeetups",
        "Path.viewerProgress",
        "Proposal.reviews",
        "Member.notificationSettings",
        "Webhook",
      ]),
    );
    const viewerFields = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.keys(type.getFields())
          .filter((field) => field.startsWith("viewer"))
          .map((field) => `${type.name}.${field}`),
      );
    for (const coordinate of viewerFields) {
      const [typeName] = coordinate.split(".");
      expect(privateHints, coordinate).toSatisfy(
        (marked: string[]) => marked.includes(coordinate) || marked.includes(typeName as string),
      );
    }
  });
});

describe("an answer's policy", () => {
  test("a document selecting each field or type marked PRIVATE is private", () => {
    expect(privateHints.length).toBeGreaterThan(30);
    const unreached: string[] = [];
    for (const coordinate of privateHints) {
      const [typeName, fieldName] = coordinate.split(".") as [string, string | undefined];
      const document = queryReaching(typeName, fieldName ?? "__typename");
      if (document === undefined) unreached.push(coordinate);
      else expect(policyOf(document), document).toEqual({ scope: "PRIVATE" });
    }
    // Only a mutation answers these, and no mutation's answer is kept.
    expect(unreached).toEqual(["ApiTokenWithSecret"]);
  });

  test("public fields are public for the root's default age, or a type's shorter one", () => {
    expect(policyOf("{ communities { edges { node { name slug memberCount } } } }")).toEqual({
      scope: "PUBLIC",
      maxAge: defaultMaxAge,
    });
    expect(policyOf("{ upcomingMeetups { edges { node { title startsAt } } } }")).toEqual({
      scope: "PUBLIC",
      maxAge: 30,
    });
    expect(policyOf('{ community(slug: "x") { name } path(slug: "y") { goal } }')).toEqual({
      scope: "PUBLIC",
      maxAge: defaultMaxAge,
    });
  });

  test("a private field in a fragment counts, used or not", () => {
    expect(
      policyOf(`{ communities { edges { node { ...named } } } }
        fragment named on Community { name }
        fragment role on Community { viewerRole }`),
    ).toEqual({ scope: "PRIVATE" });
    expect(policyOf(`{ communities { edges { node { ... on Community { viewerRole } } } } }`)).toEqual({
      scope: "PRIVATE",
    });
  });

  test("a field giving an interface or a union is as private as any type it may be", () => {
    // `node` may be a Meetup (30 seconds) or anything else that is a Node.
    expect(policyOf('{ node(id: "x") { id } }')).toEqual({ scope: "PUBLIC", maxAge: 30 });
  });

  test("a mutation is never kept", () => {
    expect(policyOf('mutation { joinCommunity(communityId: "x") { __typename } }')).toEqual({
      scope: "PRIVATE",
    });
  });

  test("reads as Cache-Control", () => {
    expect(cacheControlOf({ scope: "PUBLIC", maxAge: 30 })).toBe("public, max-age=0, s-maxage=30");
    expect(cacheControlOf({ scope: "PRIVATE" })).toBe("private, no-store");
  });
});
