/**
 * The headers an answer varies by, in the cache key of every route (and so passed on to the origins):
 * `authorization`, because the API answers a signed-in request for that member alone (and CloudFront
 * passes it on to an origin only from the key), and `accept`, because the API's content type follows it.
 * SST's own two stay: its router function sets `x-forwarded-host` for the origins.
 */
export const cacheKeyHeaders = ["x-open-next-cache-key", "x-forwarded-host", "authorization", "accept"];

/**
 * The one public origin (CloudFront): the web app, `/graphql` and `/auth` on the same origin, so the
 * browser needs no CORS and the access token never crosses origins. Routes are added where their
 * targets are defined; they live in the router's key-value store, so functions may link the router's URL
 * without a cycle.
 *
 * Its cache keeps what the origins' `Cache-Control` allows and nothing else (a default age of 0): the
 * API's public answers to anonymous `GET /graphql` and the feeds, keyed by the whole query string (the
 * document or its hash, and the variables) and the headers above.
 */
export const router = new sst.aws.Router("Web", {
  domain: process.env.MEETSTREAM_DOMAIN || undefined,
  transform: {
    cachePolicy: {
      defaultTtl: 0,
      minTtl: 0,
      parametersInCacheKeyAndForwardedToOrigin: {
        cookiesConfig: { cookieBehavior: "none" },
        headersConfig: { headerBehavior: "whitelist", headers: { items: cacheKeyHeaders } },
        queryStringsConfig: { queryStringBehavior: "all" },
        enableAcceptEncodingBrotli: true,
        enableAcceptEncodingGzip: true,
      },
    },
  },
});
