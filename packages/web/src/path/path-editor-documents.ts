import { graphql, type ResultOf, type VariablesOf } from "../graphql/graphql";

/** A talk as the editor shows it on a checkpoint and in the picker: its title and speakers. */
export const CheckpointTalkFields = graphql(`
  fragment CheckpointTalkFields on Proposal {
    id
    publicId
    title
    speakers {
      id
      displayName
    }
  }
`);

/** A meetup as the editor shows it on a checkpoint and in the picker: its title and when, in its zone. */
export const CheckpointMeetupFields = graphql(`
  fragment CheckpointMeetupFields on Meetup {
    id
    publicId
    title
    startsAt
    timeZone
    phase
  }
`);

export type CheckpointTalk = ResultOf<typeof CheckpointTalkFields>;
export type CheckpointMeetup = ResultOf<typeof CheckpointMeetupFields>;

/** A path as its editor reads it: the content to change, its status, and who may change it. */
export const EditablePathFields = graphql(
  `
    fragment EditablePathFields on Path {
      id
      publicId
      slug
      goal
      description
      tags
      status
      revision
      updatedAt
      viewerCanEdit
      learnerCount
      community {
        id
        slug
        name
      }
      checkpoints {
        id
        position
        task
        resource {
          __typename
          ... on LinkResource {
            url
            title
          }
          ... on TalkResource {
            talk {
              ...CheckpointTalkFields
            }
          }
          ... on MeetupResource {
            meetup {
              ...CheckpointMeetupFields
            }
          }
        }
      }
    }
  `,
  [CheckpointTalkFields, CheckpointMeetupFields],
);

export type EditablePath = ResultOf<typeof EditablePathFields>;
export type EditableCheckpoint = EditablePath["checkpoints"][number];

/** The path at an address (current or former slug), for its editor. */
export const PathToEditQuery = graphql(
  `
    query PathToEdit($slug: String!) {
      path(slug: $slug) {
        ...EditablePathFields
      }
    }
  `,
  [EditablePathFields],
);

/** A community's confirmed talks and its meetups whose titles match what the curator types. */
export const CheckpointResourceSearchQuery = graphql(
  `
    query CheckpointResourceSearch($communityId: ID!, $text: String!) {
      checkpointResourceSearch(communityId: $communityId, text: $text, first: 8) {
        __typename
        ... on TalkResource {
          talk {
            ...CheckpointTalkFields
          }
        }
        ... on MeetupResource {
          meetup {
            ...CheckpointMeetupFields
          }
        }
      }
    }
  `,
  [CheckpointTalkFields, CheckpointMeetupFields],
);

export type CheckpointResourceHit = ResultOf<
  typeof CheckpointResourceSearchQuery
>["checkpointResourceSearch"][number];

const PathIssueFields = graphql(`
  fragment PathIssueFields on InvalidPath {
    issues {
      path
      message
    }
  }
`);

export const DraftPathMutation = graphql(
  `
    mutation DraftPath($input: PathInput!, $idempotencyKey: String) {
      draftPath(input: $input, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Path {
          ...EditablePathFields
        }
        ... on InvalidPath {
          ...PathIssueFields
        }
        ... on ResourceNotFound {
          checkpointPosition
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [EditablePathFields, PathIssueFields],
);

export const EditPathMutation = graphql(
  `
    mutation EditPath($pathId: ID!, $input: PathInput!, $changeNote: String, $idempotencyKey: String) {
      editPath(pathId: $pathId, input: $input, changeNote: $changeNote, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Path {
          ...EditablePathFields
        }
        ... on InvalidPath {
          ...PathIssueFields
        }
        ... on ResourceNotFound {
          checkpointPosition
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [EditablePathFields, PathIssueFields],
);

export const PublishPathMutation = graphql(
  `
    mutation PublishPath($pathId: ID!, $idempotencyKey: String) {
      publishPath(pathId: $pathId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Path {
          ...EditablePathFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [EditablePathFields],
);

export const UnpublishPathMutation = graphql(
  `
    mutation UnpublishPath($pathId: ID!, $idempotencyKey: String) {
      unpublishPath(pathId: $pathId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Path {
          ...EditablePathFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [EditablePathFields],
);

export const ArchivePathMutation = graphql(
  `
    mutation ArchivePath($pathId: ID!, $idempotencyKey: String) {
      archivePath(pathId: $pathId, idempotencyKey: $idempotencyKey) {
        __typename
        ... on Path {
          ...EditablePathFields
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  [EditablePathFields],
);

export type PathInput = VariablesOf<typeof DraftPathMutation>["input"];
export type CheckpointInput = PathInput["checkpoints"][number];

/** A path as a list of them shows it: the console's and the member's own. */
export const PathRowFields = graphql(`
  fragment PathRowFields on Path {
    id
    publicId
    slug
    goal
    status
    revision
    updatedAt
    learnerCount
    viewerCanEdit
    community {
      id
    }
  }
`);

export type PathRow = ResultOf<typeof PathRowFields>;

/**
 * The console's paths: each organised community's published paths, and the viewer's own (drafts and
 * unpublished ones too), which the page sorts into their communities. The API lists a community's
 * published paths only: a draft is listed to its curator.
 */
export const ConsolePathsQuery = graphql(
  `
    query ConsolePaths {
      me {
        organises {
          id
          slug
          name
          managedPaths(first: 50) {
            edges {
              node {
                ...PathRowFields
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
    }
  `,
  [PathRowFields],
);

export type ConsoleCommunityPaths = NonNullable<
  ResultOf<typeof ConsolePathsQuery>["me"]
>["organises"][number];

/** The viewer's own paths, drafts included, latest change first: the list on their profile. */
export const MyPathsQuery = graphql(
  `
    query MyPaths {
      me {
        paths(first: 20) {
          edges {
            node {
              ...PathRowFields
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  `,
  [PathRowFields],
);
