import { router } from "./router";
import { uploads } from "./storage";

/**
 * Uploaded files at `<origin>/blobs/<key>`, read from the uploads bucket at `<key>`. Keys are never reused,
 * so CloudFront may keep a file as long as the object's own Cache-Control says (set when it is checked);
 * the browser is told never to guess a type other than the one the check recorded.
 */
export const blobs = router.routeBucket("/blobs", uploads, {
  rewrite: { regex: "^/blobs/(.*)$", to: "/$1" },
  edge: {
    viewerResponse: {
      injection: `event.response.headers["x-content-type-options"] = { value: "nosniff" };`,
    },
  },
});
