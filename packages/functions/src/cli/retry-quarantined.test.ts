import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { plantPoisonCommunity } from "../testing/poison-community";
import { dataFoldersRemovedAfterAll } from "../testing/test-host";

const dataFolder = dataFoldersRemovedAfterAll();
const main = join(import.meta.dirname, "main.ts");
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", main, ...args], { encoding: "utf8" });

describe("pnpm cli and quarantined streams", () => {
  test("rebuild finishes past a poison event, stats lists the stream, and retry-quarantined says it still fails", async () => {
    const folder = dataFolder();
    const streamId = await plantPoisonCommunity(folder, "poison-club");
    const rebuilt = cli("rebuild", "--data", folder);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.stdout).toMatch(/rebuilt 1 streams \(1 events, 1 quarantined\)/);

    const stats = cli("stats", "--data", folder);
    expect(stats.stdout).toMatch(/quarantined\s+1 streams/);
    expect(stats.stdout).toContain(`${streamId} (communities, version 1 at CommunityFounded`);

    // The projection is not fixed yet: the stream stays set aside, and the exit code says so.
    const retried = cli("retry-quarantined", "--data", folder);
    expect(retried.status).toBe(1);
    expect(retried.stdout).toContain(`lifted 0 quarantined streams, 1 still quarantined, in ${folder}`);
    expect(retried.stdout).toContain(`${streamId} (communities): INVALID_DOCUMENT`);
    expect(cli("--help").stdout).toContain("retry-quarantined");
  });
});
