import { auth, authStorage } from "./auth";
import { functionDefaults, handlerPath } from "./lambda";
import { router } from "./router";
import { emailSecret } from "./secrets";
import { documents, events, idempotency, keys, uploads } from "./storage";
import { webhookOutbox } from "./webhooks";

/** The GraphQL API: one buffered Lambda behind an HTTP API, served at `/graphql` of the router's origin. */
export const graphql = new sst.aws.Function("Graphql", {
  ...functionDefaults,
  handler: handlerPath("graphql"),
  // The auth storage too: erasing a member ends their sign-ins (their refresh tokens live there); the
  // uploads bucket to presign uploads to it and check what arrived; the webhook outbox for the delivery log.
  link: [events, documents, idempotency, keys, auth, authStorage, emailSecret, uploads, webhookOutbox],
  // The only origin a sign-in may return to and a browser may call from: the router's.
  environment: { ...functionDefaults.environment, MEETSTREAM_APP_ORIGIN: router.url },
  // The API answers in well under API Gateway's 30 s; anything slower is a bug to see, not to wait for.
  timeout: "10 seconds",
  memory: "1024 MB",
});

/**
 * The whole API's ceiling, in requests per second (steady, and the burst a bucket holds), past which API
 * Gateway answers 429 before any Lambda runs: what bounds a flood the per-client limits of each instance
 * (graphql/rate-limits.ts) cannot see whole.
 */
export const apiThrottling = { throttlingRateLimit: 500, throttlingBurstLimit: 1_000 };

// Same origin as the web app: no CORS, so no other site's page can call the API with a member's token.
export const api = new sst.aws.ApiGatewayV2("Api", {
  cors: false,
  transform: { stage: { defaultRouteSettings: apiThrottling } },
});
api.route("GET /graphql", graphql.arn);
api.route("POST /graphql", graphql.arn);
// The SDL, for API clients (introspection is off in production).
api.route("GET /graphql/schema.graphql", graphql.arn);

router.route("/graphql", api.url);

/** Calendar and syndication feeds (`/feeds/...`): read-only, so linked to the log and documents only. */
export const feeds = new sst.aws.Function("Feeds", {
  ...functionDefaults,
  handler: handlerPath("feeds"),
  link: [events, documents, keys, auth, emailSecret],
  timeout: "10 seconds",
  memory: "512 MB",
});
api.route("GET /feeds/{path+}", feeds.arn);
router.route("/feeds", api.url);

/**
 * The one-click unsubscribe mail clients POST to (RFC 8058: `List-Unsubscribe-Post`), with no session:
 * the signed token in the link is the authority. Only this path goes to the API; the page a person
 * lands on from a message's footer, `/unsubscribe`, is the web app's, served by the router's default.
 */
export const unsubscribe = new sst.aws.Function("Unsubscribe", {
  ...functionDefaults,
  handler: handlerPath("unsubscribe"),
  link: [events, documents, keys, emailSecret],
  timeout: "10 seconds",
  memory: "512 MB",
});
api.route("POST /unsubscribe/one-click", unsubscribe.arn);
router.route("/unsubscribe/one-click", api.url);
