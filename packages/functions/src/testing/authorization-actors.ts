import type { Actor } from "@meetstream/core/testing/authorization-actors";
import type { CommunityClient, Person } from "../graphql/community-test-client";

/** The rows are core's, so that the matrices over GraphQL and against core's queries ask the same people. */
export { type Actor, actors } from "@meetstream/core/testing/authorization-actors";

/** The people signed in once for every case; the erased member is a person of their own for each case. */
export type People = Record<Exclude<Actor, "anonymous" | "erased">, Person>;

export const personOf = (actor: Actor, people: People, erased: Person): Person | undefined =>
  actor === "anonymous" ? undefined : actor === "erased" ? erased : people[actor];

/** What a mutation answered: its result's type, `MEMBER_ERASED` when the API refused the request itself. */
export const outcomeOf = (answer: Promise<{ __typename: string }>): Promise<string> =>
  answer.then(
    (result) => result.__typename,
    (error: Error) => (error.message.includes('"MEMBER_ERASED"') ? "MEMBER_ERASED" : error.message),
  );

/** An id as the API hands them out (UUIDs): never part of a message people read. */
export const idPattern = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** A rejection's message, for the matrices to check it reads as plain words; undefined for a success. */
export const rejectionMessageOf = (answer: Promise<{ __typename: string; message?: string }>) =>
  answer.then(
    (result) => result.message,
    () => undefined,
  );

/** Members end their membership the three ways there are: one leaves, one is removed, one is erased. */
export async function endMemberships(
  client: Pick<CommunityClient, "leave" | "onMember" | "query">,
  organiser: Person,
  communityId: string,
  { departed, removed, erased }: { departed: Person; removed: Person; erased: Person },
): Promise<void> {
  await client.leave(departed, communityId);
  await client.onMember("removeMember", organiser, communityId, removed.id);
  await client.query("mutation { eraseMe { __typename } }", erased);
}
