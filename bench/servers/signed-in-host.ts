// The real local host in a process of its own, on a data folder a benchmark seeded (the review board's,
// the paths'): it projects the seeded log as it starts, then signs in the member whose token the
// benchmark asks with.
import { startLocalHost } from "@meetstream/functions/local/host";
import { signIn } from "@meetstream/functions/testing/sign-in";
import { silentLogger } from "@meetstream/functions/testing/test-host";

const dataFolder = process.env.MEETSTREAM_BENCH_DATA_FOLDER;
const email = process.env.MEETSTREAM_BENCH_SIGN_IN_EMAIL;
if (!dataFolder || !email)
  throw new Error("MEETSTREAM_BENCH_DATA_FOLDER and MEETSTREAM_BENCH_SIGN_IN_EMAIL are needed");

const started = performance.now();
const host = await startLocalHost({ port: 0, dataFolder, logger: silentLogger() });
const projectedMilliseconds = performance.now() - started;
const tokens = await signIn(host.url, email);
console.log(JSON.stringify({ url: host.url, token: tokens.access, projectedMilliseconds }));
process.on("SIGTERM", () => host.close().then(() => process.exit(0)));
