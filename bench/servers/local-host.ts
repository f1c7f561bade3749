// The real local host in a process of its own, with one signed-in member whose profile has a handle, who
// organises a community with twenty upcoming meetups.
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

// A community with twenty upcoming meetups, published: what its page lists.
const founded = await graphqlRequest<{ foundCommunity: { id: string } }>(
  host.url,
  `mutation { foundCommunity(input: { name: "Bench Community", slug: "bench-community" }) { ... on Community { id } } }`,
  { token: tokens.access },
);
const communityId = founded.body.data?.foundCommunity.id;
if (!communityId) throw new Error(`could not found the bench community: ${JSON.stringify(founded.body)}`);
for (let week = 1; week <= 20; week++) {
  const startsAt = new Date(Date.now() + week * 7 * 86_400_000);
  const scheduled = await graphqlRequest<{ scheduleMeetup: { id: string } }>(
    host.url,
    `mutation ($input: ScheduleMeetupInput!) { scheduleMeetup(input: $input) { ... on Meetup { id } } }`,
    {
      token: tokens.access,
      variables: {
        input: {
          communityId,
          title: `Bench meetup, week ${week}`,
          description: "Talks and **pizza**.",
          venue: { name: "Bench Hall", address: "1 Benchmark Street, Rotterdam" },
          timeZone: "Europe/Amsterdam",
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
          capacity: 40,
        },
      },
    },
  );
  const meetupId = scheduled.body.data?.scheduleMeetup.id;
  if (!meetupId) throw new Error(`could not schedule a bench meetup: ${JSON.stringify(scheduled.body)}`);
  await graphqlRequest(
    host.url,
    `mutation ($meetupId: ID!) { publishMeetup(meetupId: $meetupId) { __typename } }`,
    { token: tokens.access, variables: { meetupId } },
  );
}
console.log(JSON.stringify({ url: host.url, token: tokens.access }));
process.on("SIGTERM", () => host.close().then(() => process.exit(0)));
