import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  Kind,
  parse,
} from "graphql";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { LocalHost } from "../local/host";
import { graphqlRequest } from "../testing/graphql-request";
import { startTestHost } from "../testing/test-host";
import type { Person } from "./community-test-client";
import { schema } from "./schema";
import { callInput, proposalInput, scores, type TalkClient, talkClient } from "./talk-test-client";
import { schemaSourceFolder } from "./write-schema-document";

/**
 * With anonymised review, nothing a reviewer can ask reaches a speaker's identity. The queries are not
 * written by hand: they are every path the schema allows from `Query` to the talk context's types and
 * through them (no type twice on a path, within the API's depth limit), each asking at its end for every
 * field that is a value, and for the values of every object beside it. They are sent with the appointed
 * reviewer's token, and no answer may hold a speaker's member id (plain or global), name or handle.
 *
 * The community's public lists stay out of it: that a speaker is a member of the community is public, as
 * every member is; which proposal they speak on is what the reviewer must not learn.
 */
let host: LocalHost;
let client: TalkClient;
const people = {} as Record<"organiser" | "speaker" | "coSpeaker" | "otherSpeaker" | "reviewer", Person>;
const candidateIds: string[] = [];
let slug: string;
let forbidden: string[];

/** The object types the talk context's SDL defines. */
const talkTypes = new Set(
  parse(readFileSync(join(schemaSourceFolder, "talk.graphql"), "utf8")).definitions.flatMap((definition) =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION ? [definition.name.value] : [],
  ),
);

beforeAll(async () => {
  host = await startTestHost();
  client = talkClient(host.url);
  people.organiser = await client.person("Olga Organiser", "olga-organiser");
  people.speaker = await client.person("Sara Speaker", "sara-speaker");
  people.coSpeaker = await client.person("Cora Cospeaker", "cora-cospeaker");
  people.otherSpeaker = await client.person("Otto Otherspeaker", "otto-otherspeaker");
  people.reviewer = await client.person("Rita Reviewer", "rita-reviewer");
  slug = "anonymised";
  const { id: communityId } = await client.found(people.organiser, { name: "Anonymised", slug });
  for (const person of [people.speaker, people.coSpeaker, people.otherSpeaker, people.reviewer])
    await client.join(person, communityId);
  const call = await client.draftCall(people.organiser, callInput(communityId, { anonymised: true }));
  await client.publishCall(people.organiser, call.id);
  await client.appointReviewer(people.organiser, call.id, people.reviewer.id);
  const proposal = await client.submit(
    people.speaker,
    proposalInput(call.id, { coSpeakerHandles: ["cora-cospeaker"] }),
  );
  await client.answerInvitation(people.coSpeaker, proposal.id, true);
  const other = await client.submit(people.otherSpeaker, proposalInput(call.id, { title: "Another talk" }));
  await client.review(people.organiser, proposal.id, { scores: scores(5, 4), comment: "Strong" });
  await client.review(people.reviewer, proposal.id, { scores: scores(4, 4), comment: "Clear" });
  // A rejected and a withdrawn proposal of the same speaker: the reviewer must not find them either.
  const rejected = await client.submit(people.speaker, proposalInput(call.id, { title: "Rejected talk" }));
  await client.reject(people.organiser, rejected.id);
  const withdrawn = await client.submit(people.speaker, proposalInput(call.id, { title: "Withdrawn talk" }));
  await client.withdraw(people.speaker, withdrawn.id);
  candidateIds.push(call.id, proposal.id, other.id, rejected.id, withdrawn.id, communityId);
  const speakers = [people.speaker, people.coSpeaker, people.otherSpeaker];
  forbidden = [
    ...speakers.map((person) => person.id),
    ...speakers.map((person) => Buffer.from(person.id, "base64").toString("utf8").split(":")[1] as string),
    "Sara Speaker",
    "Cora Cospeaker",
    "Otto Otherspeaker",
    "sara-speaker",
    "cora-cospeaker",
    "otto-otherspeaker",
  ];
});
afterAll(() => host.close());

const maximumDepth = 9;

/**
 * A meetup's agenda holds confirmed talks only, which are public with their speakers; its draft is the
 * organisers' (agenda-authorization.test.ts holds both rules). Walking through them would triple the walk
 * and reach only what is public or refused.
 */
const agendaViews = ["AgendaVersion", "AgendaDraft"];

/**
 * Types the walk does not go through: a member and their speaker profile are public by themselves (a
 * member's talks given are confirmed, public talks), so a path through them reaches the public lists of
 * the community, not what the review hides. Where a talk type names a member (a proposal's speakers),
 * the walk still asks for that member's values, as neighbours of the proposal's.
 */
const publicIdentities = new Set(["Member", "SpeakerProfile", ...agendaViews]);

/** Whether a type leads to one of the talk context's types, through fields of object types. */
const reachesTalk = new Map<string, boolean>();
function leadsToTalk(type: GraphQLNamedType, seen = new Set<string>()): boolean {
  const known = reachesTalk.get(type.name);
  if (known !== undefined) return known;
  if (talkTypes.has(type.name)) return true;
  if (!isObjectType(type) || seen.has(type.name) || publicIdentities.has(type.name)) return false;
  seen.add(type.name);
  const leads = Object.values(type.getFields()).some((field) => leadsToTalk(getNamedType(field.type), seen));
  if (seen.size === 1) reachesTalk.set(type.name, leads);
  seen.delete(type.name);
  return leads;
}

/** Values for the arguments a field requires; undefined when the walk cannot fill one. */
function argumentSets(field: GraphQLField<unknown, unknown>): string[] | undefined {
  let sets = [""];
  for (const argument of field.args) {
    if (!isNonNullType(argument.type) || argument.defaultValue !== undefined) continue;
    const values =
      argument.name === "id"
        ? candidateIds.map((id) => JSON.stringify(id))
        : argument.name === "slug"
          ? [JSON.stringify(slug)]
          : argument.name === "instant"
            ? [JSON.stringify(new Date().toISOString())]
            : undefined;
    if (!values) return undefined;
    sets = sets.flatMap((set) => values.map((value) => `${set}${set ? ", " : ""}${argument.name}: ${value}`));
  }
  return sets.map((set) => (set ? `(${set})` : ""));
}

/** What a query asks at a path's end: every value of the type, and every value of each object beside it. */
function valuesOf(type: GraphQLNamedType, withNeighbours: boolean): string {
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    return `__typename ${members.map((member) => `... on ${member.name} { ${valuesOf(member, false)} }`).join(" ")}`;
  }
  if (!isObjectType(type)) return "";
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const args = argumentSets(field)?.[0];
    if (args === undefined) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [`${field.name}${args}`];
    return withNeighbours ? [`${field.name}${args} { ${valuesOf(named, false) || "__typename"} }`] : [];
  });
  return `__typename ${fields.join(" ")}`;
}

/** Every query of the walk: one per path, its selection nested along the path. */
function walk(): string[] {
  const queries: string[] = [];
  const visit = (type: GraphQLObjectType, path: string[], onPath: Set<string>) => {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isLeafType(named) || onPath.has(named.name) || !leadsToTalk(named)) continue;
      const sets = argumentSets(field);
      if (!sets) continue;
      for (const args of sets) {
        const step = `${field.name}${args}`;
        const steps = [...path, step];
        const end = valuesOf(named, true);
        queries.push(steps.reduceRight((inner, outer) => `${outer} { ${inner} }`, end));
        if (steps.length < maximumDepth - 1 && isObjectType(named))
          visit(named, steps, new Set([...onPath, named.name]));
      }
    }
  };
  visit(schema.getQueryType() as GraphQLObjectType, [], new Set(["Query"]));
  return queries.map((selection) => `{ ${selection} }`);
}

test("no query a reviewer can send finds a speaker of an anonymised call", { timeout: 600_000 }, async () => {
  const queries = walk();
  // The walk reaches the talk context from every side: the call, the proposal, the board, the reviews.
  expect(queries.length).toBeGreaterThan(100);
  const answered = new Set<string>();
  for (const query of queries) {
    const { body } = await graphqlRequest(host.url, query, { token: people.reviewer.token });
    expect(body.errors ?? [], query).toEqual([]);
    const text = JSON.stringify(body.data);
    for (const value of forbidden) expect(text, query).not.toContain(value);
    for (const match of text.matchAll(/"__typename":"(\w+)"/g)) answered.add(match[1] as string);
  }
  // The walk did read what a reviewer may see: the call, its board and the proposal under review.
  expect([...answered]).toEqual(
    expect.arrayContaining(["CallForProposals", "ReviewBoardRow", "Proposal", "Review"]),
  );
});

test("what the reviewer's own mutations answer names no speaker either", async () => {
  const board = await client.call(
    people.reviewer,
    candidateIds[0] as string,
    "board(first: 10) { edges { node { proposal { id } } } }",
  );
  const proposalIds = (board.board.edges as { node: { proposal: { id: string } } }[]).map(
    ({ node }) => node.proposal.id,
  );
  expect(proposalIds.length).toBe(2);
  for (const proposalId of proposalIds) {
    const answers = [
      await client.review(people.reviewer, proposalId, { scores: scores(3, 3), comment: "Revised" }),
      await client.review(people.reviewer, proposalId, { scores: scores(9, 3) }),
      await client.withdraw(people.reviewer, proposalId),
      await client.confirm(people.reviewer, proposalId),
      await client.editProposal(people.reviewer, proposalId, { title: "Mine" }),
      await client.answerInvitation(people.reviewer, proposalId, true),
      await client.accept(people.reviewer, proposalId),
    ];
    expect(answers.map((answer) => answer.__typename)).toEqual([
      "Proposal",
      "ScoreOutOfRange",
      "NotASpeaker",
      "NotASpeaker",
      "NotTheOwner",
      "NotInvited",
      "NotAnOrganiser",
    ]);
    const text = JSON.stringify(answers);
    for (const value of forbidden) expect(text).not.toContain(value);
  }
});
