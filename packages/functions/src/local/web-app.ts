import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

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
 */
export function webApp(folder: string = defaultWebDistribution) {
  const root = normalize(folder);

  async function fileResponse(path: string, method: string): Promise<Response | undefined> {
    const stats = await stat(path).catch(() => undefined);
    if (!stats?.isFile()) return undefined;
    const immutable = path.startsWith(join(root, "assets") + sep);
    return new Response(method === "HEAD" ? null : await readFile(path), {
      headers: {
        ...securityHeaders,
        "content-type": contentTypes[extname(path).toLowerCase()] ?? "application/octet-stream",
        "content-length": String(stats.size),
        "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      },
    });
  }

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

    const file = await fileResponse(path, request.method);
    if (file) return file;
    // A missing file with an extension is a missing asset, not a page: a 404 is the honest answer.
    if (extname(pathname) !== "") return new Response("Not found", { status: 404 });
    return (await fileResponse(join(root, "index.html"), request.method)) as Response;
  };
}
