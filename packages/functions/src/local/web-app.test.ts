import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { removeDataFolder, temporaryDataFolder } from "../testing/test-host";
import { webApp } from "./web-app";

const folder = temporaryDataFolder();
const distribution = join(folder, "dist");
mkdirSync(join(distribution, "assets"), { recursive: true });
writeFileSync(join(distribution, "index.html"), "<!doctype html><title>Meetstream</title>");
writeFileSync(join(distribution, "assets", "app-1a2b3c.js"), "console.log('app')");
writeFileSync(join(folder, "secret.txt"), "outside the web app");
afterAll(() => removeDataFolder(folder));

const get = (path: string, serve = webApp(distribution)) => serve(new Request(`http://localhost${path}`));

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
});
