import { existsSync, type Stats } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { type ContentEncoding, contentEncodings, preferredEncoding } from "./accept-encoding";

/** Where `pnpm --filter @meetstream/web build` puts the built web app. */
export const defaultWebDistribution = fileURLToPath(new URL("../../../web/dist", import.meta.url));

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** Text compresses; images and fonts come compressed already. */
const compressible = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".webmanifest",
  ".svg",
  ".txt",
  ".map",
]);

/** Below this a compressed body saves less than its headers cost. */
const smallestCompressedFile = 1_024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Each file is compressed once, so the slowest, smallest settings are worth their time. */
const compress: Record<ContentEncoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipped(body, { level: constants.Z_BEST_COMPRESSION }),
};

/** A file as it is, and in every encoding that makes it smaller. */
interface FileBodies {
  identity: Buffer;
  encoded: Partial<Record<ContentEncoding, Buffer>>;
}

async function bodiesOf(path: string): Promise<FileBodies> {
  const identity = await readFile(path);
  const encoded: FileBodies["encoded"] = {};
  if (isCompressible(path, identity.length))
    await Promise.all(
      contentEncodings.map(async (encoding) => {
        const body = await compress[encoding](identity);
        if (body.length < identity.length) encoded[encoding] = body;
      }),
    );
  return { identity, encoded };
}

const isCompressible = (path: string, size: number) =>
  compressible.has(extname(path).toLowerCase()) && size >= smallestCompressedFile;

export const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

const notBuiltPage = (folder: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Meetstream: the web app is not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>The web app is not built yet</h1>
<p>The API is running at <a href="/graphql">/graphql</a>, but there is no built web app in <code>${folder}</code>.</p>
<p>Build it with <code>pnpm --filter @meetstream/web build</code>, or start with <code>pnpm start</code>, which builds it first.</p>
</body></html>`;

/**
 * The built single-page app: files as they are, and index.html for any other page path, so that the
 * app's own router handles deep links. Vite names the files under `assets/` by their content, so they
 * may be cached for good; index.html must be revalidated to pick up a new build.
 *
 * Text is sent in brotli or gzip when the request takes it. Every file is compressed once, when the host
 * starts (and again only when a new build changes it), never per request: brotli at its best setting takes
 * about a second for the app's script.
 */
export function webApp(folder: string = defaultWebDistribution) {
  const root = normalize(folder);
  const bodies = new Map<string, { version: string; bodies: Promise<FileBodies> }>();

  function bodiesOfVersion(path: string, stats: Stats): Promise<FileBodies> {
    const version = `${stats.mtimeMs}:${stats.size}`;
    const known = bodies.get(path);
    if (known?.version === version) return known.bodies;
    const fresh = bodiesOf(path);
    bodies.set(path, { version, bodies: fresh });
    // A file that cannot be read now may be readable on the next request: do not keep the failure.
    fresh.catch(() => bodies.delete(path));
    return fresh;
  }

  async function fileResponse(request: Request, path: string): Promise<Response | undefined> {
    const stats = await stat(path).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    const { identity, encoded } = await bodiesOfVersion(path, stats);
    const encoding = preferredEncoding(request.headers.get("accept-encoding"));
    const body = (encoding && encoded[encoding]) || identity;
    const immutable = path.startsWith(join(root, "assets") + sep);
    // zlib's buffers are never shared memory, whatever their type allows.
    return new Response(request.method === "HEAD" ? null : (body as Uint8Array<ArrayBuffer>), {
      headers: {
        ...securityHeaders,
        "content-type": contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream",
        "content-length": String(body.length),
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
        ...(body !== identity && encoding ? { "content-encoding": encoding } : {}),
        // A cache keeps one answer per encoding the request asked for, whichever this one is.
        ...(isCompressible(path, identity.length) ? { vary: "accept-encoding" } : {}),
      },
    });
  }

  // Compress the built files now, in the background, so the first visitor does not wait for it.
  readdir(root, { recursive: true, withFileTypes: true })
    .then((entries) => {
      for (const entry of entries) {
        const path = join(entry.parentPath, entry.name);
        if (entry.isFile() && compressible.has(extname(path).toLowerCase()))
          stat(path)
            .then((stats) => bodiesOfVersion(path, stats))
            .catch(() => undefined);
      }
    })
    .catch(() => undefined);

  return async (request: Request): Promise<Response> => {
    if (request.method !== "GET" && request.method !== "HEAD")
      return new Response("Method not allowed", { status: 405, headers: { allow: "GET, HEAD" } });
    if (!existsSync(join(root, "index.html")))
      return new Response(notBuiltPage(root), {
        status: 503,
        headers: { ...securityHeaders, "content-type": "text/html; charset=utf-8" },
      });

    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return new Response("Bad request", { status: 400 });
    }
    // A path must stay inside the folder: no "..", no NUL, whatever encoding it came in.
    const path = normalize(join(root, pathname));
    if (pathname.includes("\0") || (path !== root && !path.startsWith(root + sep)))
      return new Response("Not found", { status: 404 });

    const file = await fileResponse(request, path);
    if (file) return file;
    // A missing file with an extension is a missing asset, not a page: a 404 is the honest answer.
    if (extname(pathname) !== "") return new Response("Not found", { status: 404 });
    return (await fileResponse(request, join(root, "index.html"))) as Response;
  };
}
