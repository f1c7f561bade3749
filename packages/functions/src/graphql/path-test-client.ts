/** Path requests over the real local host, for the path GraphQL tests. */
import type { Person } from "./community-test-client";
import { talkClient } from "./talk-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

export const pathFields = `
  id publicId slug goal description descriptionHtml tags status revision publishedAt updatedAt
  curatorErased viewerCanEdit viewerCanFork forkCount learnerCount completionCount
  curator { id } community { id }
  checkpoints { id position task resource { __typename
    ... on LinkResource { url title } ... on TalkResource { talk { id title } } ... on MeetupResource { meetup { id title } } } }
  forkedFrom { revision path { id } changesSince { revision changeNote } }
  revisions { revision changeNote publishedAt goalChanged changes { kind checkpointId task fromPosition toPosition } }`;

/** The rejections with fields of their own, spread where the mutation's union holds them. */
const detailsOf: Record<string, string> = {
  draftPath: "... on InvalidPath { issues { path message } } ... on ResourceNotFound { checkpointPosition }",
  editPath: "... on InvalidPath { issues { path message } } ... on ResourceNotFound { checkpointPosition }",
};

const variableTypes: Record<string, string> = {
  input: "PathInput!",
  pathId: "ID!",
  changeNote: "String",
  idempotencyKey: "String",
};

/** A path of a link, a talk and a meetup (plain ids, as the editor sends them). */
export const pathInput = (
  { talkId, meetupId }: { talkId: string; meetupId: string },
  changes: Record<string, unknown> = {},
) => ({
  goal: "Learn event sourcing",
  description: "From the **first** event to projections.",
  tags: ["Event-Sourcing", "cqrs"],
  checkpoints: [
    { task: "Read the introduction", url: "https://example.com/intro", title: "An introduction" },
    { task: "Watch the talk", talkId },
    { task: "Come to the meetup", meetupId },
  ],
  ...changes,
});

export function pathClient(url: string) {
  const talks = talkClient(url);

  const mutate = async (
    name: string,
    argumentList: string,
    variables: Record<string, unknown>,
    person?: Person,
  ): Promise<Loose> => {
    const declared = Object.keys(variables)
      .map((variable) => `$${variable}: ${variableTypes[variable]}`)
      .join(", ");
    const data = await talks.query(
      `mutation (${declared}) { ${name}(${argumentList}) {
        __typename ... on Path { ${pathFields} } ... on Error { code message } ${detailsOf[name] ?? ""} } }`,
      person,
      variables,
    );
    return data[name];
  };
  const onPath = (name: string) => (person: Person | undefined, pathId: string, idempotencyKey?: string) =>
    mutate(name, "pathId: $pathId, idempotencyKey: $idempotencyKey", { pathId, idempotencyKey }, person);

  return {
    ...talks,
    draftPath: (person: Person | undefined, input: Record<string, unknown>, idempotencyKey?: string) =>
      mutate(
        "draftPath",
        "input: $input, idempotencyKey: $idempotencyKey",
        { input, idempotencyKey },
        person,
      ),
    editPath: (
      person: Person | undefined,
      pathId: string,
      input: Record<string, unknown>,
      changeNote?: string,
    ) =>
      mutate(
        "editPath",
        "pathId: $pathId, input: $input, changeNote: $changeNote",
        { pathId, input, changeNote },
        person,
      ),
    publishPath: onPath("publishPath"),
    unpublishPath: onPath("unpublishPath"),
    archivePath: onPath("archivePath"),
    forkPath: onPath("forkPath"),
    /** `path(slug)`, with the fields asked. */
    async pathBySlug(person: Person | undefined, slug: string, fields = pathFields): Promise<Loose> {
      return (
        await talks.query(`query ($slug: String!) { path(slug: $slug) { ${fields} } }`, person, { slug })
      ).path;
    },
  };
}

export type PathClient = ReturnType<typeof pathClient>;
