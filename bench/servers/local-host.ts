// The real local host in a process of its own, with one signed-in member whose profile has a handle.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalHost } from "@meetstream/functions/local/host";
import { graphqlRequest } from "@meetstream/functions/testing/graphql-request";
import { signIn } from "@meetstream/functions/testing/sign-in";
import { silentLogger } from "@meetstream/functions/testing/test-host";

const host = await startLocalHost({
  port: 0,
  dataFolder: mkdtempSync(join(tmpdir(), "meetstream-bench-host-")),
  logger: silentLogger(),
});
const tokens = await signIn(host.url, "bench@example.com");
await graphqlRequest(
  host.url,
  `mutation { updateProfile(input: { handle: "bench", displayName: "Bench Member", bio: "Measures things." }) { __typename } }`,
  { token: tokens.access },
);
console.log(JSON.stringify({ url: host.url, token: tokens.access }));
process.on("SIGTERM", () => host.close().then(() => process.exit(0)));
