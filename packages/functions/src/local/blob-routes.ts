import {
  BlobKeyRefused,
  type BlobStore,
  servedBlobHeaders,
  UploadKindUnknown,
  UploadMissing,
  type UploadsModule,
  UploadTooLarge,
  uploadRules,
} from "@meetstream/core/blob";
import type { MeetstreamError } from "@meetstream/core/errors/meetstream-error";
import { Hono } from "hono";
import type { TokenVerifier } from "../auth/verify";

const refusal = (status: 401 | 404 | 413, error: Pick<MeetstreamError, "code" | "message">) =>
  new Response(JSON.stringify({ code: error.code, message: error.message }), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      // A refused body is left unread, so the connection cannot carry another request.
      ...(status === 413 ? { connection: "close" } : {}),
    },
  });

const notSignedIn = { code: "NOT_SIGNED_IN", message: "Sign in first." };

/** The part of a path after `prefix`, as sent: decoding it first would let `%2e%2e` become `..`. */
const rawRest = (request: Request, prefix: string) => new URL(request.url).pathname.slice(prefix.length);

/** A request's body as it streams in; left early (too large), the rest is not read. */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  let done = false;
  try {
    for (;;) {
      const next = await reader.read();
      done = next.done;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    if (!done) await reader.cancel();
  }
}

/**
 * The local host's side of the Blob port, as S3 and CloudFront serve it on AWS: `PUT /uploads/<kind>/<id>`
 * takes the bytes of an upload from the member who started it, streamed to the data folder within its
 * kind's limit; `GET /blobs/<key>` serves a checked file with the type its content was checked to be.
 */
export function blobRoutes({
  uploads,
  blobs,
  verifyToken,
  isErased,
}: {
  uploads: UploadsModule;
  blobs: BlobStore;
  verifyToken: TokenVerifier;
  /** As the API: an erased member is nobody from the erasure on, whatever their token's expiry says. */
  isErased: (memberId: string) => Promise<boolean>;
}): Hono {
  const app = new Hono();

  app.put("/uploads/:kind/:uploadId", async (context) => {
    const request = context.req.raw;
    let viewer: Awaited<ReturnType<TokenVerifier>>;
    try {
      viewer = await verifyToken(request.headers.get("authorization"));
    } catch {
      viewer = null;
    }
    if (!viewer || (await isErased(viewer.memberId))) return refusal(401, notSignedIn);
    const [kind, uploadId, ...rest] = rawRest(request, "/uploads/").split("/");
    if (rest.length > 0 || !kind || !uploadId) return refusal(404, new UploadMissing(uploadId ?? ""));
    const limit = kind in uploadRules ? uploadRules[kind as keyof typeof uploadRules].maxBytes : 0;
    const declared = request.headers.get("content-length");
    if (declared !== null && Number(declared) > limit && limit > 0)
      return refusal(413, new UploadTooLarge(uploadId, limit));
    try {
      await uploads.receiveUpload({
        kind,
        uploadId,
        actor: viewer.memberId,
        body: request.body ? chunksOf(request.body) : [],
      });
    } catch (error) {
      if (error instanceof UploadTooLarge) return refusal(413, error);
      if (
        error instanceof UploadMissing ||
        error instanceof UploadKindUnknown ||
        error instanceof BlobKeyRefused
      )
        return refusal(404, new UploadMissing(uploadId));
      throw error;
    }
    return new Response(null, { status: 200, headers: { "cache-control": "no-store" } });
  });

  app.get("/blobs/*", async (context) => {
    const request = context.req.raw;
    const key = rawRest(request, "/blobs/");
    let read: Awaited<ReturnType<BlobStore["read"]>>;
    try {
      read = await blobs.read(key);
    } catch (error) {
      if (error instanceof BlobKeyRefused) read = undefined;
      else throw error;
    }
    if (!read)
      return new Response("There is no such file.", {
        status: 404,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    return new Response(read.body, { headers: servedBlobHeaders(read.contentType, read.bytes) });
  });

  return app;
}
