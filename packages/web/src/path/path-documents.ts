import { MemberSummaryFields } from "../community/community-documents";
import { graphql, type ResultOf } from "../graphql/graphql";

/**
 * A path as a list shows it: its goal, curator, community, tags and counts. Its people and community are
 * written out rather than spread from their fragments, so that a list of paths inside a member or a
 * community stays under the API's nesting limit.
 */
export const PathSummaryFields = graphql(`
  fragment PathSummaryFields on Path {
    id
    slug
    goal
    tags
    status
    curatorErased
    curator {
      id
      handle
      displayName
    }
    community {
      id
      slug
      name
    }
    learnerCount
    completionCount
    forkCount
    publishedAt
    updatedAt
    checkpoints {
      id
    }
  }
`);

export type PathSummary = ResultOf<typeof PathSummaryFields>;

/** Published paths by tag, curator and community, newest or most followed first, 20 a page. */
export const PathsQuery = graphql(
  `
    query Paths(
      $after: String
      $tag: String
      $curatorHandle: String
      $communitySlug: String
      $order: PathOrder
    ) {
      paths(
        first: 20
        after: $after
        tag: $tag
        curatorHandle: $curatorHandle
        communitySlug: $communitySlug
        order: $order
      ) {
        edges {
          node {
            ...PathSummaryFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [PathSummaryFields],
);

/** The communities a reader may narrow the paths to. */
export const PathCommunitiesQuery = graphql(`
  query PathCommunities {
    communities(first: 50) {
      edges {
        node {
          id
          slug
          name
        }
      }
    }
  }
`);

/** What one checkpoint shows of its resource: a link, a talk (speakers, slides, recording), a meetup. */
export const CheckpointFields = graphql(`
  fragment CheckpointFields on Checkpoint {
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
          id
          publicId
          title
          speakers {
            id
            handle
            displayName
          }
          slides {
            url
            bytes
          }
          recording {
            url
            provider
          }
        }
      }
      ... on MeetupResource {
        meetup {
          id
          publicId
          title
          startsAt
          endsAt
          timeZone
          phase
          status
        }
      }
    }
  }
`);

export type CheckpointView = ResultOf<typeof CheckpointFields>;

/** A revision and what changed in it, for the path's history and a fork's "changed upstream". */
export const RevisionFields = graphql(`
  fragment RevisionFields on PathRevision {
    revision
    changeNote
    publishedAt
    goalChanged
    changes {
      kind
      checkpointId
      task
      fromPosition
      toPosition
    }
  }
`);

export type RevisionView = ResultOf<typeof RevisionFields>;

/** The viewer's progress on a path: what the page's ticks, share and profile toggle show. */
export const ProgressFields = graphql(`
  fragment ProgressFields on PathProgress {
    following
    completion
    doneCount
    checkpointCount
    completed
    completedAt
    public
    checkpoints {
      checkpointId
      done
      doneAt
      source
    }
  }
`);

export type ProgressView = ResultOf<typeof ProgressFields>;

/** One path's page: everything about it, the viewer's progress, its revisions and, for a fork, its origin. */
export const PathPageQuery = graphql(
  `
    query PathPage($slug: String!) {
      path(slug: $slug) {
        id
        publicId
        slug
        goal
        descriptionHtml
        tags
        status
        revision
        curatorErased
        curator {
          ...MemberSummaryFields
        }
        community {
          id
          slug
          name
        }
        learnerCount
        completionCount
        forkCount
        publishedAt
        updatedAt
        viewerCanEdit
        viewerCanFork
        checkpoints {
          ...CheckpointFields
        }
        revisions {
          ...RevisionFields
        }
        forkedFrom {
          revision
          path {
            id
            slug
            goal
            revision
          }
          changesSince {
            ...RevisionFields
          }
        }
        forks(first: 10) {
          edges {
            node {
              id
              slug
              goal
              curatorErased
              curator {
                id
                handle
                displayName
              }
            }
          }
        }
        viewerProgress {
          ...ProgressFields
        }
      }
    }
  `,
  [MemberSummaryFields, CheckpointFields, RevisionFields, ProgressFields],
);

export type PathPagePath = NonNullable<ResultOf<typeof PathPageQuery>["path"]>;

/**
 * What a progress command answers: the progress, and the path's counts it may have moved (a follow adds a
 * learner), so that the document cache sees a Path and reads the page again.
 */
const ProgressResultFields = graphql(
  `
    fragment ProgressResultFields on ProgressResult {
      __typename
      ... on PathProgress {
        ...ProgressFields
        path {
          id
          learnerCount
          completionCount
        }
      }
      ... on Error {
        code
        message
      }
    }
  `,
  [ProgressFields],
);

export const FollowPathMutation = graphql(
  `
    mutation FollowPath($pathId: ID!, $idempotencyKey: String) {
      followPath(pathId: $pathId, idempotencyKey: $idempotencyKey) {
        ...ProgressResultFields
      }
    }
  `,
  [ProgressResultFields],
);

export const UnfollowPathMutation = graphql(
  `
    mutation UnfollowPath($pathId: ID!, $idempotencyKey: String) {
      unfollowPath(pathId: $pathId, idempotencyKey: $idempotencyKey) {
        ...ProgressResultFields
      }
    }
  `,
  [ProgressResultFields],
);

export const MarkCheckpointMutation = graphql(
  `
    mutation MarkCheckpoint($pathId: ID!, $checkpointId: ID!, $done: Boolean!, $idempotencyKey: String) {
      markCheckpoint(pathId: $pathId, checkpointId: $checkpointId, done: $done, idempotencyKey: $idempotencyKey) {
        ...ProgressResultFields
      }
    }
  `,
  [ProgressResultFields],
);

export const SetProgressVisibilityMutation = graphql(
  `
    mutation SetProgressVisibility($pathId: ID!, $public: Boolean!, $idempotencyKey: String) {
      setProgressVisibility(pathId: $pathId, public: $public, idempotencyKey: $idempotencyKey) {
        ...ProgressResultFields
      }
    }
  `,
  [ProgressResultFields],
);

export const ForkPathMutation = graphql(`
  mutation ForkPath($pathId: ID!, $idempotencyKey: String) {
    forkPath(pathId: $pathId, idempotencyKey: $idempotencyKey) {
      __typename
      ... on Path {
        id
        slug
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

/** A learner's progress as a list shows it: the path, and how far along they are. */
export const LearningFields = graphql(`
  fragment LearningFields on PathProgress {
    completion
    doneCount
    checkpointCount
    completed
    completedAt
    followedAt
    public
    path {
      id
      slug
      goal
      curatorErased
      curator {
        id
        handle
        displayName
      }
      community {
        id
        slug
        name
      }
    }
  }
`);

export type LearningView = ResultOf<typeof LearningFields>;

/** The viewer's learning, one filter at a time (in progress, completed), 20 a page. */
export const MyLearningQuery = graphql(
  `
    query MyLearning($filter: LearningFilter!, $after: String) {
      me {
        member {
          id
          handle
        }
        learning(filter: $filter, first: 20, after: $after) {
          edges {
            node {
              ...LearningFields
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  `,
  [LearningFields],
);

/** A member's profile: the paths they curate and the learning they chose to show. */
export const MemberPathsQuery = graphql(
  `
    query MemberPaths($handle: String!) {
      member(handle: $handle) {
        id
        displayName
        curatedPaths(first: 20) {
          edges {
            node {
              ...PathSummaryFields
            }
          }
        }
        learning(first: 20) {
          edges {
            node {
              ...LearningFields
            }
          }
        }
      }
    }
  `,
  [PathSummaryFields, LearningFields],
);

/** The learning paths a talk is a checkpoint of, for its page. */
export const TalkPathsQuery = graphql(`
  query TalkPaths($id: ID!) {
    talk(id: $id) {
      id
      pathCount
      paths(first: 5) {
        id
        slug
        goal
      }
    }
  }
`);
