import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Logger } from "@aws-lambda-powertools/logger";
import { type LocalHost, startLocalHost } from "../../functions/src/local/host";

export const webDistribution = fileURLToPath(new URL("../dist", import.meta.url));

/** A data folder of the test's own, removed at the end: tests never share or keep state. */
export async function temporaryDataFolder(): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "meetstream-web-e2e-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * The real local host (API, issuer, dev mailbox, built web app), logging only errors. On a free port
 * unless told one: a restart must come back on the same origin, or the browser's storage would not follow.
 */
export function startTestHost(dataFolder: string, port = 0): Promise<LocalHost> {
  return startLocalHost({
    dataFolder,
    port,
    webDistribution,
    logger: new Logger({ serviceName: "meetstream-web-e2e", logLevel: "ERROR" }),
    shutdownGraceMilliseconds: 1_000,
  });
}
