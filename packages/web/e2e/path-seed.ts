import type { Page } from "playwright-core";
import { api } from "./talk-seed";

/**
 * Learning paths set up through the API, as the person of the page: the editor's pages are not what these
 * browser tests test (they are the path editor's), so a path is drafted and published as the editor would.
 */

export type CheckpointInput =
  | { id?: string; task: string; url: string; title: string }
  | { id?: string; task: string; talkId: string }
  | { id?: string; task: string; meetupId: string };

export interface PathInput {
  goal: string;
  description?: string;
  tags?: string[];
  communityId?: string;
  checkpoints: CheckpointInput[];
}

export interface SeededPath {
  id: string;
  slug: string;
  checkpoints: { id: string; task: string }[];
}

const pathFields = "id slug checkpoints { id task }";

/** What a result union answered, or an error naming the rejection: a setup step that fails says why. */
function pathOf(answer: { __typename: string; message?: string } & Partial<SeededPath>, step: string) {
  if (answer.__typename !== "Path")
    throw new Error(`${step} refused: ${answer.__typename} ${answer.message ?? ""}`);
  return answer as SeededPath;
}

export async function draftPath(page: Page, input: PathInput): Promise<SeededPath> {
  const { draftPath } = await api(
    page,
    `mutation ($input: PathInput!) { draftPath(input: $input) {
      __typename ... on Path { ${pathFields} } ... on Error { message } } }`,
    { input },
  );
  return pathOf(draftPath, "draftPath");
}

export async function publishPath(page: Page, pathId: string): Promise<SeededPath> {
  const { publishPath } = await api(
    page,
    `mutation ($pathId: ID!) { publishPath(pathId: $pathId) {
      __typename ... on Path { ${pathFields} } ... on Error { message } } }`,
    { pathId },
  );
  return pathOf(publishPath, "publishPath");
}

/** A path drafted and published at once: revision 1. */
export async function publishedPath(page: Page, input: PathInput): Promise<SeededPath> {
  const drafted = await draftPath(page, input);
  return publishPath(page, drafted.id);
}

/** The next revision of a published path, with its change note. */
export async function revisePath(
  page: Page,
  pathId: string,
  input: PathInput,
  changeNote: string,
): Promise<SeededPath> {
  const { editPath } = await api(
    page,
    `mutation ($pathId: ID!, $input: PathInput!, $changeNote: String) {
      editPath(pathId: $pathId, input: $input, changeNote: $changeNote) {
        __typename ... on Path { ${pathFields} } ... on Error { message } } }`,
    { pathId, input, changeNote },
  );
  return pathOf(editPath, "editPath");
}

export async function followPath(page: Page, pathId: string) {
  const { followPath } = await api(
    page,
    "mutation ($pathId: ID!) { followPath(pathId: $pathId) { __typename ... on Error { message } } }",
    { pathId },
  );
  if (followPath.__typename !== "PathProgress") throw new Error(`followPath refused: ${followPath.message}`);
}

/** The community's plain id, as a path's `communityId` takes it: the community has no `publicId`. */
export async function communityIdOf(page: Page, slug: string): Promise<string> {
  const { community } = await api(page, "query ($slug: String!) { community(slug: $slug) { id } }", { slug });
  const [typeName, id] = Buffer.from(community.id as string, "base64")
    .toString("utf8")
    .split(":");
  if (typeName !== "Community" || !id) throw new Error(`Not a community's global id: ${community.id}`);
  return id;
}
