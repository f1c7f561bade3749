/**
 * The one public origin (CloudFront): the web app, `/graphql` and `/auth` on the same origin, so the
 * browser needs no CORS and the access token never crosses origins. Routes are added where their
 * targets are defined; they live in the router's key-value store, so functions may link the router's URL
 * without a cycle.
 */
export const router = new sst.aws.Router("Web", {
  domain: process.env.MEETSTREAM_DOMAIN || undefined,
});
