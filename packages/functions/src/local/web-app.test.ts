import { mkdirSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, describe, expect, test } from "vitest";
import { removeDataFolder, temporaryDataFolder } from "../testing/test-host";
import { webApp } from "./web-app";

const folder = temporaryDataFolder();
const distribution = join(folder, "dist");
mkdirSync(join(distribution, "assets"), { recursive: true });
writeFileSync(join(distribution, "index.html"), "<!doctype html><title>Meetstream</title>");
writeFileSync(join(distribution, "assets", "app-1a2b3c.js"), "console.log('app')");
writeFileSync(join(folder, "secret.txt"), "outside the web app");
/** A script the size of a small bundle, repetitive as code is. */
const bundle = Array.from({ length: 2_000 }, (_, line) => `export const value${line} = ${line};\n`).join("");
writeFileSync(join(distribution, "assets", "index-4d5e6f.js"), bundle);
writeFileSync(join(distribution, "assets", "logo-7a8b9c.png"), Buffer.alloc(4_096, 1));
afterAll(() => removeDataFolder(folder));

const get = (path: string, serve = webApp(distribution), headers: HeadersInit = {}) =>
  serve(new Request(`http://localhost${path}`, { headers }));

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("web app", () => {
  test("serves files with their type, assets cached for good and pages revalidated", async () => {
    const script = await get("/assets/app-1a2b3c.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toContain("immutable");

    const page = await get("/");
    expect(await page.text()).toContain("<title>Meetstream</title>");
    expect(page.headers.get("cache-control")).toBe("no-cache");
  });

  test("answers any page path with index.html, so the app's router handles deep links", async () => {
    const page = await get("/members/ann");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<title>Meetstream</title>");
  });

  test("a missing asset is a 404, not the app", async () => {
    expect((await get("/assets/missing.js")).status).toBe(404);
  });

  test("never serves a file outside its folder", async () => {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/assets/%2e%2e%2f%2e%2e%2fsecret.txt"]) {
      const response = await get(path);
      expect(await response.text()).not.toContain("outside the web app");
    }
  });

  test("says how to build the web app when it is not built", async () => {
    const response = await get("/", webApp(join(folder, "nothing-here")));
    expect(response.status).toBe(503);
    expect(await response.text()).toContain("pnpm --filter @meetstream/web build");
  });

  describe("compression", () => {
    const serve = webApp(distribution);

    test("sends brotli to a browser that takes it, and the body decodes to the file's bytes", async () => {
      const response = await get("/assets/index-4d5e6f.js", serve, {
        "accept-encoding": "gzip, deflate, br, zstd",
      });
      expect(response.headers.get("content-encoding")).toBe("br");
      expect(response.headers.get("vary")).toBe("accept-encoding");
      expect(response.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
      const body = await bytesOf(response);
      expect(response.headers.get("content-length")).toBe(String(body.length));
      expect(body.length).toBeLessThan(bundle.length / 4);
      expect(brotliDecompressSync(body).toString()).toBe(bundle);
    });

    test("sends gzip to a client that takes only gzip, or refuses brotli", async () => {
      for (const acceptEncoding of ["gzip", "br;q=0, gzip", "gzip;q=1, br;q=0.5"]) {
        const response = await get("/assets/index-4d5e6f.js", serve, { "accept-encoding": acceptEncoding });
        expect(response.headers.get("content-encoding")).toBe("gzip");
        expect(response.headers.get("vary")).toBe("accept-encoding");
        const body = await bytesOf(response);
        expect(response.headers.get("content-length")).toBe(String(body.length));
        expect(gunzipSync(body).toString()).toBe(bundle);
      }
    });

    test("sends the file as it is to a client that takes no encoding, saying the answer varies by it", async () => {
      for (const headers of [
        {},
        { "accept-encoding": "identity" },
        { "accept-encoding": "br;q=0, gzip;q=0" },
      ] as HeadersInit[]) {
        const response = await get("/assets/index-4d5e6f.js", serve, headers);
        expect(response.headers.get("content-encoding")).toBeNull();
        expect(response.headers.get("vary")).toBe("accept-encoding");
        expect(response.headers.get("content-length")).toBe(String(bundle.length));
        expect((await bytesOf(response)).toString()).toBe(bundle);
      }
    });

    test("a HEAD answers with the headers of the encoded body and no body", async () => {
      const encoded = await get("/assets/index-4d5e6f.js", serve, { "accept-encoding": "br" });
      const head = await serve(
        new Request("http://localhost/assets/index-4d5e6f.js", {
          method: "HEAD",
          headers: { "accept-encoding": "br" },
        }),
      );
      expect(head.headers.get("content-encoding")).toBe("br");
      expect(head.headers.get("content-length")).toBe(encoded.headers.get("content-length"));
      expect((await bytesOf(head)).length).toBe(0);
    });

    test("leaves images and tiny files as they are", async () => {
      for (const path of ["/assets/logo-7a8b9c.png", "/assets/app-1a2b3c.js"]) {
        const response = await get(path, serve, { "accept-encoding": "br, gzip" });
        expect(response.headers.get("content-encoding")).toBeNull();
        expect(response.headers.get("vary")).toBeNull();
      }
    });

    test("a rebuilt file is compressed again: the body is never an older build's", async () => {
      const path = join(distribution, "assets", "rebuilt-0a0b0c.js");
      writeFileSync(path, bundle);
      await get("/assets/rebuilt-0a0b0c.js", serve, { "accept-encoding": "br" });
      const rebuilt = `${bundle}export const added = true;\n`;
      writeFileSync(path, rebuilt);
      utimesSync(path, new Date(), new Date(Date.now() + 5_000));
      const response = await get("/assets/rebuilt-0a0b0c.js", serve, { "accept-encoding": "br" });
      expect(brotliDecompressSync(await bytesOf(response)).toString()).toBe(rebuilt);
    });
  });
});
