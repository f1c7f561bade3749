import { join } from "node:path";
import { sqliteDevMailbox } from "@meetstream/core/mail/dev-mailbox";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { startLocalHost } from "@meetstream/functions/local/host";
import { graphqlRequest } from "@meetstream/functions/testing/graphql-request";
import { signIn } from "@meetstream/functions/testing/sign-in";
import { silentLogger } from "@meetstream/functions/testing/test-host";

/*
 * One announcement on the local host, in a process of its own so that its peak RSS is the host's alone:
 * starts the host on the data folder the benchmark seeded, has the organiser publish the draft meetup
 * over HTTP, and waits until every opted-in member's message is in the dev mailbox's store.
 */

const [dataFolder, meetupId, organiserEmail, expectedText] = process.argv.slice(2);
if (!dataFolder || !meetupId || !organiserEmail || !expectedText)
  throw new Error("usage: announcement-worker <data folder> <meetup global id> <organiser email> <messages>");
const expected = Number(expectedText);

const host = await startLocalHost({ port: 0, dataFolder, logger: silentLogger() });
const organiser = await signIn(host.url, organiserEmail);
const before = host.mailbox.count();
// The host as it stands before the announcement: started, caught up, the organiser signed in.
const startedRssMegabytes = process.resourceUsage().maxRSS / 1024;
const started = performance.now();
const published = await graphqlRequest<{ publishMeetup: { __typename: string } }>(
  host.url,
  `mutation ($id: ID!) { publishMeetup(meetupId: $id) { __typename } }`,
  { token: organiser.access, variables: { id: meetupId } },
);
if (published.body.data?.publishMeetup.__typename !== "Meetup")
  throw new Error(`could not publish the meetup: ${JSON.stringify(published.body)}`);
const answeredMilliseconds = performance.now() - started;
const deadline = started + 120_000;
while (host.mailbox.count() - before < expected) {
  if (performance.now() > deadline)
    throw new Error(`only ${host.mailbox.count() - before} of ${expected} messages within 120 s`);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const seconds = (performance.now() - started) / 1000;
const delivered = host.mailbox.count() - before;
// The newest alone: all 10,000 at once, HTML and all, would weigh more than the sending did.
const [sample] = host.mailbox.messages({ first: 1 });
await host.close();
// maxRSS is in kilobytes.
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;

// The baseline, once the peak is read: the dev mailbox alone storing the same message as many times,
// in a database file of its own beside the host's. What the notifier, the outbox and the sender add is
// the rest.
if (!sample) throw new Error("the dev mailbox holds no message");
const database = openDatabase(join(dataFolder, "baseline.sqlite"));
const baselineMailbox = sqliteDevMailbox(database, { log: () => {} });
const baselineStarted = performance.now();
for (let index = 0; index < expected; index++)
  await baselineMailbox.send({ ...sample, to: `baseline-${index}@example.com` });
const baselineSeconds = (performance.now() - baselineStarted) / 1000;
database.close();
console.log(
  JSON.stringify({
    delivered,
    seconds,
    answeredMilliseconds,
    peakRssMegabytes,
    startedRssMegabytes,
    baselineSeconds,
    announced: sample?.subject.startsWith("New meetup from") === true,
    unsubscribe: sample?.headers?.["List-Unsubscribe"] !== undefined,
  }),
);
