import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCSRFPrevention } from "@graphql-yoga/plugin-csrf-prevention";
import { useDisableIntrospection } from "@graphql-yoga/plugin-disable-introspection";
import type { CommunityStanding, CommunitySummary } from "@meetstream/core/community";
import { isUuid } from "@meetstream/core/ids/new-id";
import type { MeetupDocument } from "@meetstream/core/meetup";
import type { MemberProfile } from "@meetstream/core/member";
import type { PathCounts, PathView } from "@meetstream/core/path";
import type { PathProgressView } from "@meetstream/core/progress";
import type { CallView, ProposalView } from "@meetstream/core/talk";
import DataLoader from "dataloader";
import { createYoga, type YogaLogger, type YogaServerOptions } from "graphql-yoga";
import { MemberErasedToken, type TokenVerifier } from "../auth/verify";
import type { CalendarFeeds } from "../feeds/calendar-feed-links";
import { apiTokenScopes, apiTokenViewer } from "./api-token-access";
import { cacheHintsOf, cachePolicyPlugin } from "./cache-policy";
import type {
  Agendas,
  ApiTokens,
  Communities,
  GraphqlContext,
  Meetups,
  Members,
  Notifications,
  Paths,
  Progress,
  Speakers,
  Talks,
  Uploads,
  Webhooks,
} from "./context";
import { csrfHeader } from "./csrf-header";
import { graphqlEndpoint } from "./endpoint";
import { httpCachingPlugin, type ResponseCache } from "./http-caching";
import { maskUnexpectedError } from "./masked-errors";
import { pathReader } from "./path-reader";
import { queryLimits } from "./query-limits";
import { type RequestLimiter, rateLimitPlugin } from "./rate-limits";
import { requestBodyLimit } from "./request-body-limit";
import { schema } from "./schema";
import { schemaDownload } from "./schema-download";

export type GraphqlMode = "local" | "production";

/** The SDL's cache hints, read once per process. */
const cacheHints = cacheHintsOf(schema);

export interface GraphqlServerOptions {
  members: Members;
  communities: Communities;
  meetups: Meetups;
  speakers: Speakers;
  talks: Talks;
  agendas: Agendas;
  paths: Paths;
  progress: Progress;
  notifications: Notifications;
  apiTokens: ApiTokens;
  /** An organiser's webhooks; absent where the deployment has no webhook outbox. */
  webhooks?: Webhooks;
  calendarFeeds: CalendarFeeds;
  uploads: Uploads;
  verifyToken: TokenVerifier;
  /** Local mode shows GraphiQL, answers introspection and says which limit a query broke. */
  mode: GraphqlMode;
  /** The web app's origin: the only one browsers may call the API from. */
  appOrigin: string;
  /** Ends every sign-in of a member (OpenAuth refresh tokens), as when they are erased. */
  revokeSessions?: (memberId: string) => Promise<void>;
  logger?: YogaLogger;
  /**
   * Requests counted per client address and per API token, refused over the limit (429). `clientOf`
   * names the client from what the server gave the request.
   */
  requestLimits?: {
    limiter: RequestLimiter;
    clientOf: (request: Request, serverContext: unknown) => string | undefined;
  };
  /** Where the host keeps public answers until the next write; none on Lambda, where CloudFront keeps them. */
  responseCache?: ResponseCache;
  /** What the host adds, such as compiled execution where the process lives long enough to gain by it. */
  plugins?: NonNullable<YogaServerOptions<Record<string, unknown>, GraphqlContext>["plugins"]>;
}

export { csrfHeader } from "./csrf-header";

export { graphqlEndpoint } from "./endpoint";

/** GraphQL documents and variables are small; anything bigger is a mistake or an attack. */
export const maximumRequestBytes = 100 * 1024;

/**
 * The GraphQL API as one fetch-API handler (`yoga.fetch(request)`): the local host serves it over
 * node:http, a Lambda handler will serve the same thing.
 */
export function createGraphqlServer(options: GraphqlServerOptions) {
  const local = options.mode === "local";
  const revokeSessions = options.revokeSessions ?? (async () => {});
  const viewerOf = apiTokenViewer(options.apiTokens, options.verifyToken);

  return createYoga<Record<string, unknown>, GraphqlContext>({
    schema,
    graphqlEndpoint,
    maskedErrors: { maskError: maskUnexpectedError },
    // Limited by requestBodyLimit instead: yoga's own limit counts every body, declared or not.
    maxRequestBodySize: false,
    batching: { limit: 5 },
    graphiql: local ? { title: "Meetstream API", headers: JSON.stringify({ [csrfHeader]: "1" }) } : false,
    landingPage: false,
    logging: options.logger ?? true,
    cors: {
      origin: options.appOrigin,
      credentials: false,
      methods: ["GET", "POST"],
      allowedHeaders: ["authorization", "content-type", csrfHeader],
      maxAge: 600,
    },
    context: async ({ request }): Promise<GraphqlContext> => {
      const viewer = await viewerOf(request.headers.get("authorization"));
      const memberById = new DataLoader<string, MemberProfile | undefined>(async (ids) => {
        // Ids come from clients (node ids): only well-formed ones reach the store.
        const wellFormed = ids.filter(isUuid);
        const found = wellFormed.length > 0 ? await options.members.byIds(wellFormed) : [];
        const byId = new Map(wellFormed.map((id, index) => [id, found[index]]));
        return ids.map((id) => byId.get(id));
      });
      // An erased member is nobody, from the erasure on, not from their token's expiry. Read through the
      // loader, so that a query of the viewer's own profile costs no second read.
      if (viewer && (await memberById.load(viewer.memberId))?.erased) throw new MemberErasedToken();
      const viewerRole = new DataLoader<string, CommunityStanding | null>((communityIds) =>
        Promise.all(
          communityIds.map((communityId) =>
            viewer ? options.communities.roleOf(communityId, viewer.memberId) : null,
          ),
        ),
      );
      const viewerRoleIn = (communityId: string) => viewerRole.load(communityId);
      // Ill-formed ids read as not found; drafts only for their curator and their community's organisers.
      const pathById = new DataLoader<string, PathView | undefined>((ids) =>
        options.paths.pathById(ids, viewer?.memberId, viewerRoleIn),
      );
      const readPaths = pathReader(pathById);
      return {
        viewer,
        members: options.members,
        memberById,
        communities: options.communities,
        communityById: new DataLoader<string, CommunitySummary | undefined>((ids) =>
          // The module reads only well-formed ids and answers undefined for the rest.
          options.communities.byIds(ids),
        ),
        viewerStanding: new DataLoader<string, CommunityStanding | null>(async (communityIds) =>
          viewer
            ? options.communities.standingsOf(viewer.memberId, communityIds)
            : communityIds.map(() => null),
        ),
        viewerRole,
        meetups: options.meetups,
        meetupById: new DataLoader<string, MeetupDocument | undefined>((ids) =>
          // Ill-formed ids read as not found; drafts only for the viewer who organises their community.
          options.meetups.byIds(ids, viewer?.memberId),
        ),
        speakers: options.speakers,
        talks: options.talks,
        // Ill-formed ids read as not found; each what the viewer may see of it.
        callById: new DataLoader<string, CallView | undefined>((ids) =>
          options.talks.callsByIds(ids, viewer?.memberId, viewerRoleIn),
        ),
        proposalById: new DataLoader<string, ProposalView | undefined>((ids) =>
          options.talks.proposalsByIds(ids, viewer?.memberId, viewerRoleIn),
        ),
        agendas: options.agendas,
        paths: options.paths,
        pathById,
        pathCounts: new DataLoader<string, PathCounts>((ids) => options.paths.countsOf(ids)),
        progress: options.progress,
        readPaths,
        viewerProgress: new DataLoader<string, PathProgressView | undefined>((ids) =>
          options.progress.viewerProgress(ids, viewer?.memberId, readPaths),
        ),
        notifications: options.notifications,
        apiTokens: options.apiTokens,
        ...(options.webhooks ? { webhooks: options.webhooks } : {}),
        calendarFeeds: options.calendarFeeds,
        uploads: options.uploads,
        appOrigin: options.appOrigin,
        revokeSessions,
      };
    },
    plugins: [
      // First: a refused request costs nothing more.
      ...(options.requestLimits
        ? [rateLimitPlugin(options.requestLimits.limiter, options.requestLimits.clientOf)]
        : []),
      schemaDownload(schema),
      useCSRFPrevention({ requestHeaders: [csrfHeader] }),
      requestBodyLimit(maximumRequestBytes),
      EnvelopArmorPlugin(queryLimits({ exposeLimits: local })),
      apiTokenScopes(),
      cachePolicyPlugin(cacheHints),
      httpCachingPlugin(options.responseCache),
      ...(local ? [] : [useDisableIntrospection()]),
      ...(options.plugins ?? []),
    ],
  });
}

export type GraphqlServer = ReturnType<typeof createGraphqlServer>;
