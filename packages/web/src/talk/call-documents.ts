import { graphql, type ResultOf } from "../graphql/graphql";

/** What a call's public page and the community's list of calls show of a call. */
export const CallSummaryFields = graphql(`
  fragment CallSummaryFields on CallForProposals {
    id
    publicId
    title
    opensAt
    closesAt
    accepting
    status
    formats {
      id
      name
      minutes
    }
  }
`);

export type CallSummary = ResultOf<typeof CallSummaryFields>;

/** A call's public page: what it asks for, when, and the community and meetup it gathers talks for. */
export const CallPageQuery = graphql(
  `
    query CallPage($id: ID!) {
      call(id: $id) {
        ...CallSummaryFields
        description
        descriptionHtml
        community {
          id
          slug
          name
          viewerRole
        }
        meetup {
          id
          publicId
          title
          startsAt
          timeZone
        }
      }
    }
  `,
  [CallSummaryFields],
);

export type CallPageCall = NonNullable<ResultOf<typeof CallPageQuery>["call"]>;

/** A community's published calls, latest opening first: its page lists those that take proposals. */
export const CommunityCallsQuery = graphql(
  `
    query CommunityCalls($slug: String!) {
      community(slug: $slug) {
        id
        calls(first: 10) {
          edges {
            node {
              ...CallSummaryFields
            }
          }
        }
      }
    }
  `,
  [CallSummaryFields],
);
