import { router } from "./router";
import { uploads } from "./storage";

/**
 * Checked files at `<origin>/blobs/<key>`, read from the uploads bucket's `blobs/<key>`, where only a
 * checked file is copied (core/src/blob/s3.ts): an upload not yet checked is under `uploads/`, out of
 * reach. Keys are never reused, so CloudFront keeps a file as long as its Cache-Control says (set by the
 * check); the browser is told never to guess a type other than the one the check recorded.
 */
export const blobs = router.routeBucket("/blobs", uploads, {
  edge: {
    viewerResponse: {
      injection: `event.response.headers["x-content-type-options"] = { value: "nosniff" };`,
    },
  },
});
