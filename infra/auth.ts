import { functionDefaults, handlerPath } from "./lambda";
import { mail } from "./mail";
import { router } from "./router";
import { emailSecret } from "./secrets";
import { documents, events, keys } from "./storage";

/**
 * OpenAuth's keys, codes and refresh tokens, and sign-in's counts of codes and wrong codes, in the layout
 * OpenAuth's DynamoDB storage expects; each count expires by the TTL on `expiry`, an hour after it was made.
 */
export const authStorage = new sst.aws.Dynamo("AuthStorage", {
  fields: { pk: "string", sk: "string" },
  primaryIndex: { hashKey: "pk", rangeKey: "sk" },
  ttl: "expiry",
});

/**
 * The issuer's identifier: the router's origin, which tokens name as `iss` and where its metadata is found
 * (`/.well-known/oauth-authorization-server`); browsers sign in under `<url>/auth` (sign-in-flow.ts).
 * sst.aws.Auth would serve the issuer from its own function URL, another origin, so the issuer is a
 * function mounted on the router and its URL a linkable of its own.
 */
export const auth = new sst.Linkable("Auth", {
  properties: { url: router.url },
});

export const issuer = new sst.aws.Function("AuthIssuer", {
  ...functionDefaults,
  handler: handlerPath("auth"),
  link: [auth, authStorage, events, documents, keys, emailSecret, mail],
  // Only CloudFront calls it, on the same origin as the web app: no CORS.
  url: { cors: false },
});

router.route("/auth", issuer.url);
// RFC 8414 looks for the issuer's metadata at the root of the origin tokens are signed for.
router.route("/.well-known/oauth-authorization-server", issuer.url);
