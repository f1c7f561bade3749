/**
 * The local host as an operator runs it, in a process of its own, killed with SIGKILL in the middle of a
 * write load and started again on the same data folder, five times over. Whatever a client was told
 * succeeded must still be there, a retry of what it was not told about must apply exactly once, and the
 * documents must be what a rebuild from the log makes of it.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomInt, randomUUID } from "node:crypto";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { openDatabase } from "@meetstream/core/sqlite/database";
import { afterAll, expect, test } from "vitest";
import { communityClient, type Person } from "../graphql/community-test-client";
import { meetupClient, meetupInput } from "../graphql/meetup-test-client";
import { idOf } from "../graphql/relay";
import { databaseFile } from "../stores/data-folder";
import { type GraphqlResponse, graphqlRequest } from "../testing/graphql-request";
import { removeDataFolder, temporaryDataFolder } from "../testing/test-host";

const folder = temporaryDataFolder();
const children = new Set<ChildProcess>();

afterAll(() => {
  for (const child of children) child.kill("SIGKILL");
  removeDataFolder(folder);
});

const source = import.meta.dirname;
const wait = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

interface HostProcess {
  url: string;
  child: ChildProcess;
  exited: Promise<void>;
}

/** A port free now: every start takes the same one, because tokens name the host's origin as their issuer. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `node --import tsx main.ts` on the data folder, as `pnpm start` runs it; resolves once it listens. */
async function startHostProcess(port: number): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(source, "main.ts"), "--data", folder, "--port", String(port), "--no-demo"],
    // Requests are not logged one by one below WARN: the load would flood the pipe.
    { env: { ...process.env, POWERTOOLS_LOG_LEVEL: "WARN" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.add(child);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", () => {
      children.delete(child);
      resolve();
    }),
  );
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Meetstream is running at (http:\/\/\S+)/.exec(output);
      if (listening?.[1]) resolve(listening[1]);
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => reject(new Error(`the host exited (${code}) before listening:\n${output}`)));
  });
  return { url, child, exited };
}

type Kind = "profile" | "rsvp" | "cancelRsvp";

interface Write {
  kind: Kind;
  key: string;
  variables: Record<string, unknown>;
}

const mutations: Record<Kind, { text: string; name: string; succeeded: string }> = {
  profile: {
    text: "mutation ($key: String, $input: ProfileInput!) { updateProfile(idempotencyKey: $key, input: $input) { __typename } }",
    name: "updateProfile",
    succeeded: "Member",
  },
  rsvp: {
    text: "mutation ($key: String, $meetupId: ID!) { rsvp(meetupId: $meetupId, idempotencyKey: $key) { __typename } }",
    name: "rsvp",
    succeeded: "Meetup",
  },
  cancelRsvp: {
    text: "mutation ($key: String, $meetupId: ID!) { cancelRsvp(meetupId: $meetupId, idempotencyKey: $key) { __typename } }",
    name: "cancelRsvp",
    succeeded: "Meetup",
  },
};

/**
 * What a write answers when it runs again after a crash that came between its append and the record of
 * its result: the decider finds it done. The log then holds it once, which is what the test counts.
 */
const alreadyDone: Record<Kind, string | undefined> = {
  profile: undefined,
  rsvp: "AlreadyRsvped",
  cancelRsvp: "NoRsvp",
};

/** One write; undefined when no answer came (the host died under it). */
async function send(url: string, person: Person, write: Write): Promise<string | undefined> {
  const mutation = mutations[write.kind];
  let response: GraphqlResponse;
  try {
    response = await graphqlRequest(url, mutation.text, {
      token: person.token,
      variables: { key: write.key, ...write.variables },
    });
  } catch {
    return undefined;
  }
  expect(response.body.errors ?? []).toEqual([]);
  const result = response.body.data?.[mutation.name] as { __typename: string } | undefined;
  return result?.__typename ?? `no ${mutation.name} in the answer`;
}

/** One member as the writes they were told about (and the one they were not) leave them. */
interface MemberModel {
  person: Person;
  memberId: string;
  displayName: string;
  rsvped: boolean;
  writes: Record<Kind, number>;
  acknowledged: Write[];
  unanswered?: Write;
}

/** The next write of a member: a profile edit and an RSVP change in turn. */
function nextWrite(member: MemberModel, meetupId: string, sequence: number): Write {
  const key = randomUUID();
  if (sequence % 2 === 0)
    return { kind: "profile", key, variables: { input: { displayName: `Writer ${key.slice(0, 8)}` } } };
  return { kind: member.rsvped ? "cancelRsvp" : "rsvp", key, variables: { meetupId } };
}

/** The model after a write that applied. */
function applied(member: MemberModel, write: Write): void {
  member.writes[write.kind]++;
  if (write.kind === "profile")
    member.displayName = (write.variables.input as { displayName: string }).displayName;
  else member.rsvped = write.kind === "rsvp";
}

/** Each member writes one request after another until the host dies under one of them. */
async function writeUntilCut(
  url: string,
  members: MemberModel[],
  meetupId: string,
  onAcknowledged: () => void,
): Promise<void> {
  await Promise.all(
    members.map(async (member) => {
      for (let sequence = 0; ; sequence++) {
        const write = nextWrite(member, meetupId, sequence);
        const answer = await send(url, member.person, write);
        if (answer === undefined) {
          member.unanswered = write;
          return;
        }
        expect(answer).toBe(mutations[write.kind].succeeded);
        applied(member, write);
        member.acknowledged.push(write);
        onAcknowledged();
      }
    }),
  );
}

/** How many times the log holds each member's writes, read from the database file beside the host. */
function writesInLog(members: MemberModel[], meetupId: string): Record<Kind, number>[] {
  const database = openDatabase(databaseFile(folder));
  try {
    const profileEdits = database
      .prepare<[string], number>(
        "SELECT count(*) FROM events WHERE stream_id = ? AND type = 'ProfileUpdated'",
      )
      .pluck();
    const rsvpEvents = database
      .prepare<[string, string, string], number>(
        "SELECT count(*) FROM events WHERE stream_id = ? AND type = ? AND json_extract(data, '$.memberId') = ?",
      )
      .pluck();
    const meetupStream = `meetup-${meetupId}`;
    return members.map(({ memberId }) => ({
      profile: profileEdits.get(`member-${memberId}`) ?? 0,
      rsvp: rsvpEvents.get(meetupStream, "RsvpConfirmed", memberId) ?? 0,
      cancelRsvp: rsvpEvents.get(meetupStream, "RsvpCancelled", memberId) ?? 0,
    }));
  } finally {
    database.close();
  }
}

/** Every document row, in key order, as JSON text. */
function documentRows(): string[] {
  const database = openDatabase(databaseFile(folder));
  try {
    return database
      .prepare<[], Record<string, unknown>>("SELECT * FROM documents ORDER BY partition, sort")
      .all()
      .map((row) => JSON.stringify(counted(row)));
  } finally {
    database.close();
  }
}

/**
 * A projected counter's row as its count: the live projector moves it through a fence (its version and
 * pending entries), which the offline rebuild, summing counts afresh, has no need of.
 */
function counted(row: Record<string, unknown>): Record<string, unknown> {
  const body = JSON.parse(String(row.body)) as { count?: unknown; pending?: unknown };
  if (typeof body.count !== "number" || !Array.isArray(body.pending)) return row;
  return { partition: row.partition, sort: row.sort, count: body.count };
}

test("killed with SIGKILL under a write load five times, the host loses nothing and applies nothing twice", async () => {
  const port = await freePort();
  let host = await startHostProcess(port);
  const seeding = meetupClient(host.url);
  const organiser = await seeding.signIn("organiser@example.com");
  const community = await seeding.found(organiser, { name: "Crash Testers", slug: "crash-testers" });
  expect(community.__typename).toBe("Community");
  const scheduled = await seeding.schedule(
    organiser,
    meetupInput(community.id, { capacity: null, guestLimit: 0 }),
  );
  expect(scheduled.__typename).toBe("Meetup");
  expect((await seeding.publish(organiser, scheduled.id)).__typename).toBe("Meetup");
  const meetupId = idOf(scheduled.id, "Meetup");

  const members: MemberModel[] = [];
  for (const name of ["ann", "bob", "cy", "dee"]) {
    const person = await seeding.signIn(`${name}@example.com`);
    expect((await seeding.join(person, community.id)).__typename).toBe("Community");
    const { me } = await communityClient(host.url).query("{ me { member { displayName } } }", person);
    members.push({
      person,
      memberId: idOf(person.id, "Member"),
      displayName: me.member.displayName,
      rsvped: false,
      writes: { profile: 0, rsvp: 0, cancelRsvp: 0 },
      acknowledged: [],
    });
  }

  for (let round = 1; round <= 5; round++) {
    for (const member of members) {
      member.acknowledged = [];
      member.unanswered = undefined;
    }
    let firstAcknowledged = () => {};
    const writing = new Promise<void>((resolve) => {
      firstAcknowledged = resolve;
    });
    const load = writeUntilCut(host.url, members, scheduled.id, () => firstAcknowledged());
    // At a random moment once writes are going through: between requests, inside one, or mid-commit.
    await writing;
    await wait(randomInt(0, 500));
    host.child.kill("SIGKILL");
    await Promise.all([host.exited, load]);
    expect(members.every((member) => member.unanswered !== undefined)).toBe(true);
    expect(members.some((member) => member.acknowledged.length > 0)).toBe(true);

    host = await startHostProcess(port);
    // Without an answer the client cannot know whether its write happened: it sends it again, same key.
    for (const member of members) {
      const write = member.unanswered as Write;
      const answer = await send(host.url, member.person, write);
      expect([mutations[write.kind].succeeded, alreadyDone[write.kind]]).toContain(answer);
      applied(member, write);
    }
    expect(writesInLog(members, meetupId)).toEqual(members.map((member) => member.writes));

    // A repeat of a write that was answered returns the first answer and changes nothing.
    for (const member of members)
      for (const write of member.acknowledged)
        expect(await send(host.url, member.person, write)).toBe(mutations[write.kind].succeeded);
    expect(writesInLog(members, meetupId)).toEqual(members.map((member) => member.writes));

    for (const member of members) {
      const seen = await communityClient(host.url).query(
        "query ($id: ID!) { me { member { displayName } } meetup(id: $id) { viewerRsvp { status } } }",
        member.person,
        { id: scheduled.id },
      );
      expect({
        round,
        displayName: seen.me.member.displayName,
        rsvped: seen.meetup.viewerRsvp?.status === "CONFIRMED",
      }).toEqual({
        round,
        displayName: member.displayName,
        rsvped: member.rsvped,
      });
    }
  }

  host.child.kill("SIGTERM");
  await host.exited;
  const live = documentRows();
  expect(live.length).toBeGreaterThan(members.length * 2);
  const database = openDatabase(databaseFile(folder));
  database.exec("DELETE FROM documents");
  database.close();
  execFileSync(
    process.execPath,
    ["--import", "tsx", join(source, "..", "cli", "main.ts"), "rebuild", "--data", folder],
    {
      stdio: "pipe",
    },
  );
  expect(documentRows()).toEqual(live);
}, 60_000);
