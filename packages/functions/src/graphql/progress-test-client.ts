/** Progress requests over the real local host, for the progress GraphQL tests. */
import type { Person } from "./community-test-client";
import { pathClient } from "./path-test-client";

// biome-ignore lint/suspicious/noExplicitAny: responses are checked by value, so tests read them loosely
type Loose = any;

export const progressFields = `path { id } following completion doneCount checkpointCount completed completedAt
  followedAt public checkpoints { checkpointId done doneAt note source }`;
const resultFields = `__typename ... on PathProgress { ${progressFields} } ... on Error { code message }`;

const variableTypes: Record<string, string> = {
  pathId: "ID!",
  checkpointId: "ID!",
  done: "Boolean!",
  note: "String",
  public: "Boolean!",
  idempotencyKey: "String",
};

export function progressClient(url: string) {
  const paths = pathClient(url);

  const mutate = async (
    name: string,
    person: Person | undefined,
    variables: Record<string, unknown>,
  ): Promise<Loose> => {
    const names = Object.keys(variables);
    const data = await paths.query(
      `mutation (${names.map((each) => `$${each}: ${variableTypes[each]}`).join(", ")}) {
        ${name}(${names.map((each) => `${each}: $${each}`).join(", ")}) { ${resultFields} } }`,
      person,
      variables,
    );
    return data[name];
  };

  return {
    ...paths,
    followPath: (person: Person | undefined, pathId: string) => mutate("followPath", person, { pathId }),
    unfollowPath: (person: Person | undefined, pathId: string) => mutate("unfollowPath", person, { pathId }),
    markCheckpoint: (
      person: Person | undefined,
      mark: { pathId: string; checkpointId: string; done: boolean; note?: string },
    ) => mutate("markCheckpoint", person, mark),
    setProgressVisibility: (person: Person | undefined, pathId: string, shown: boolean) =>
      mutate("setProgressVisibility", person, { pathId, public: shown }),
    /** The path by its global id, with the fields asked; null where the viewer may not read it. */
    async pathById(person: Person | undefined, pathId: string, fields: string): Promise<Loose> {
      return (
        await paths.query(
          `query ($pathId: ID!) { node(id: $pathId) { ... on Path { ${fields} } } }`,
          person,
          {
            pathId,
          },
        )
      ).node;
    },
  };
}

export type ProgressClient = ReturnType<typeof progressClient>;
