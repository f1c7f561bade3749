import { buildSchema, type GraphQLResolveInfo, graphql } from "graphql";
import { describe, expect, test } from "vitest";
import { asksFor } from "./selections";

const schema = buildSchema(`
  type Query { board: Board }
  type Board { edges: [Edge!]! total: Int! }
  type Edge { cursor: String! node: Row! }
  type Row { title: String! proposal: Proposal }
  type Proposal { id: ID! }
`);

/** What `asksFor(info, path)` answers inside the board's resolver, for the query sent. */
async function asked(query: string, path: readonly string[]): Promise<boolean> {
  let answer: boolean | undefined;
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      board: (_arguments: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        answer = asksFor(info, path);
        return { edges: [], total: 0 };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  if (answer === undefined) throw new Error("the board was not resolved");
  return answer;
}

const proposalPath = ["edges", "node", "proposal"];

describe("asksFor: whether a query asks for a field below the one resolving", () => {
  test("asked for directly, through a named fragment, or through an inline fragment", async () => {
    expect(await asked("{ board { edges { node { proposal { id } } } } }", proposalPath)).toBe(true);
    expect(
      await asked(
        "{ board { edges { node { ...Row } } } } fragment Row on Row { title proposal { id } }",
        proposalPath,
      ),
    ).toBe(true);
    expect(
      await asked("{ board { ... on Board { edges { ... on Edge { node { proposal { id } } } } } } }", [
        "edges",
        "node",
        "proposal",
      ]),
    ).toBe(true);
    // A leaf counts as asked for, though it has no selection of its own.
    expect(await asked("{ board { edges { cursor } } }", ["edges", "cursor"])).toBe(true);
  });

  test("not asked for: another field at the end of the path, or the path stops short", async () => {
    expect(await asked("{ board { edges { node { title } } } }", proposalPath)).toBe(false);
    expect(await asked("{ board { total } }", proposalPath)).toBe(false);
    expect(
      await asked("{ board { edges { ...Edge } } } fragment Edge on Edge { cursor node { title } }", [
        "edges",
        "node",
        "proposal",
      ]),
    ).toBe(false);
  });
});
