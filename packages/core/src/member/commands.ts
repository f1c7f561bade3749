import { type Clock, systemClock } from "../clock/clock";
import { type CommandResult, commandHandler } from "../decider/command-handler";
import { fold } from "../decider/decider";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid, newId } from "../ids/new-id";
import { PersonalDataErased } from "../keys/errors";
import type { KeyStore } from "../keys/key-store";
import { sealedIdempotencyStore } from "../keys/sealed-idempotency-store";
import { type Member, memberDecider, profileOf } from "./decider";
import { emailDigest, normaliseEmail } from "./email";
import { HandleTaken, InvalidEmail, MemberErased, MemberNotFound, NotYourProfile } from "./errors";
import { EmailReleased, EmailReserved, HandleReleased, HandleReserved, type MemberEvent } from "./events";
import { handleStream, memberStream } from "./member-streams";
import type { MemberProfile, ProfileInput } from "./profile";
import { parseProfileInput } from "./profile-input";
import { type MemberQueries, memberQueries } from "./queries";
import { reservationDecider } from "./reservation";

export interface MemberModuleOptions {
  /**
   * The event store wrapped in `personalDataStore(store, keys, meetstreamEventTypes)`, as the projector's
   * must be too. A bare store refuses member events (their personal fields must arrive sealed).
   */
  store: EventStore;
  documents: DocumentStore;
  keys: KeyStore;
  clock?: Clock;
  /** Needed only for `updateProfile` requests with an idempotency key. */
  idempotency?: IdempotencyStore;
  /**
   * Keys the HMAC that names email reservation streams: 32 random bytes or more, kept outside the log
   * and never changed (a new secret loses every member's email, and returning members register again).
   */
  emailSecret: string;
}

/** The member context: its writes, and its reads (`MemberQueries`). */
export interface MemberModule extends MemberQueries {
  /** Finds the member with this email, registering one on first sign-in. */
  signIn(email: string): Promise<{ memberId: string; firstSignIn: boolean }>;
  /** The profile as the change left it (from the command's new state, not from documents). */
  updateProfile(request: {
    memberId: string;
    actor: string;
    input: ProfileInput;
    idempotencyKey?: string;
  }): Promise<MemberProfile>;
  /** Erases the member: their personal data becomes unreadable everywhere, their handle and email free. */
  erase(request: { memberId: string; actor: string }): Promise<void>;
  /**
   * The member who holds this address now, from its reservation stream (so none once they are erased), or
   * undefined: what mail that bounced names is an address, never a member. Registers nobody.
   */
  memberIdByEmail(email: string): Promise<string | undefined>;
}

const emailStream = (digest: string) => `email-${digest}`;

/** Who finishes an erasure someone else's request found cut short. */
const erasureActor = "system:erasure";

/** A member acts on their own profile; the system (support, moderation, erasure requests) on anyone's. */
function authorize(memberId: string, actor: string): void {
  if (actor !== memberId && !actor.startsWith("system:")) throw new NotYourProfile(memberId, actor);
}

function assertMemberId(memberId: string): void {
  if (typeof memberId !== "string" || !isUuid(memberId)) throw new MemberNotFound(String(memberId));
}

/** A repeat of a request finishes an interrupted step at most this often before giving up. */
const maximumAttempts = 3;

export function memberModule(options: MemberModuleOptions): MemberModule {
  const { store, documents, keys, clock = systemClock, idempotency, emailSecret } = options;
  if (typeof emailSecret !== "string" || emailSecret.length === 0)
    throw new TypeError("memberModule needs an emailSecret: a server secret, 32 random bytes or more");
  const memberStates = streamStates({ store, decider: memberDecider });
  const members = commandHandler({ store, decider: memberDecider, states: memberStates, clock });
  const handleReservation = reservationDecider(HandleReserved, HandleReleased);
  const handles = commandHandler({ store, decider: handleReservation, clock });
  const emailReservation = reservationDecider(EmailReserved, EmailReleased);
  const emailStates = streamStates({ store, decider: emailReservation });
  const emails = commandHandler({ store, decider: emailReservation, states: emailStates, clock });

  const foldMember = (events: readonly unknown[], from?: Member): Member =>
    fold(memberDecider, events as MemberEvent[], from);

  const readMember = async (memberId: string): Promise<Member> =>
    (await memberStates.current(memberStream(memberId))).state;

  /** Holds the handle for the member, or throws `HandleTaken`. */
  async function reserveHandle(handle: string, memberId: string, actor: string): Promise<void> {
    const streamId = handleStream(handle);
    for (let attempt = 1; ; attempt++) {
      const { state } = await handles.handle({
        streamId,
        command: { type: "Reserve", memberId },
        metadata: { actor },
      });
      const holder = state.holder;
      if (holder === memberId) return;
      if (holder === null || attempt >= maximumAttempts || (await readMember(holder)).status !== "erased")
        throw new HandleTaken(handle);
      // Its holder was erased, but the erasure stopped before releasing the handle: finish that first.
      await handles.handle({
        streamId,
        command: { type: "Release", memberId: holder },
        metadata: { actor: erasureActor },
      });
    }
  }

  const releaseHandle = (handle: string, memberId: string, actor: string) =>
    handles.handle({
      streamId: handleStream(handle),
      command: { type: "Release", memberId },
      metadata: { actor },
    });

  /**
   * The handle each of the command's events replaced, read from the stream rather than from what the
   * caller saw before: a concurrent change of the same member may have come in between.
   */
  async function handlesReplaced(memberId: string, appended: readonly { version: number }[]) {
    const first = appended[0];
    if (!first) return [];
    const history = await store.readStream(memberStream(memberId), {
      limit: first.version - 1 + appended.length,
    });
    const replaced: string[] = [];
    let member = foldMember(history.slice(0, first.version - 1));
    for (const event of history.slice(first.version - 1)) {
      const next = foldMember([event], member);
      if (member.handle !== null && member.handle !== next.handle) replaced.push(member.handle);
      member = next;
    }
    return replaced;
  }

  async function updateProfile({
    memberId,
    actor,
    input,
    idempotencyKey,
  }: Parameters<MemberModule["updateProfile"]>[0]): Promise<MemberProfile> {
    authorize(memberId, actor);
    const changes = parseProfileInput(input);
    assertMemberId(memberId);
    const current = await readMember(memberId);
    if (current.status === "unregistered") throw new MemberNotFound(memberId);
    if (current.status === "erased") throw new MemberErased(memberId);

    // The handle is reserved before the profile names it, so no two profiles ever show one handle.
    const newHandle =
      changes.handle !== undefined && changes.handle !== current.handle ? changes.handle : null;
    if (newHandle) await reserveHandle(newHandle, memberId, actor);
    const handler = commandHandler({
      store,
      decider: memberDecider,
      clock,
      idempotency: idempotency && sealedIdempotencyStore(idempotency, keys, memberId),
    });
    let result: CommandResult<Member, MemberEvent>;
    try {
      result = await handler.handle({
        streamId: memberStream(memberId),
        command: { type: "UpdateProfile", memberId, changes },
        metadata: { actor, idempotencyKey },
      });
    } catch (error) {
      const erased = error instanceof MemberErased || error instanceof PersonalDataErased;
      // Erased while the change was under way: the handle it reserved goes back. After any other failure
      // the member keeps it, since a concurrent change of theirs may name it; a retry finds it theirs.
      if (erased && newHandle) await releaseHandle(newHandle, memberId, erasureActor);
      throw error instanceof PersonalDataErased ? new MemberErased(memberId) : error;
    }
    for (const handle of await handlesReplaced(memberId, result.events))
      await releaseHandle(handle, memberId, actor);
    return profileOf(memberId, result.state);
  }

  return {
    ...memberQueries({ store, documents, states: memberStates }),

    async signIn(email) {
      const normalised = normaliseEmail(email);
      const digest = emailDigest(normalised, emailSecret);
      const streamId = emailStream(digest);
      for (let attempt = 1; ; attempt++) {
        // Of two first sign-ins at once, one reservation goes in; the other finds its member in the state.
        const candidate = newId();
        const { state } = await emails.handle({
          streamId,
          command: { type: "Reserve", memberId: candidate },
          metadata: { actor: candidate },
        });
        const memberId = state.holder ?? candidate;
        try {
          // Registering the holder again is a no-op, and completes a sign-in cut short after the reservation.
          const { events } = await members.handle({
            streamId: memberStream(memberId),
            command: {
              type: "Register",
              memberId,
              email: normalised,
              emailDigest: digest,
            },
            metadata: { actor: memberId },
          });
          return { memberId, firstSignIn: events.length > 0 };
        } catch (error) {
          if (!(error instanceof MemberErased) || attempt >= maximumAttempts) throw error;
          // The email's holder was erased, but the erasure stopped before releasing it: finish that first.
          await emails.handle({
            streamId,
            command: { type: "Release", memberId },
            metadata: { actor: erasureActor },
          });
        }
      }
    },

    updateProfile,

    async memberIdByEmail(email) {
      let normalised: string;
      try {
        normalised = normaliseEmail(email);
      } catch (error) {
        if (error instanceof InvalidEmail) return undefined;
        throw error;
      }
      const { state } = await emailStates.current(emailStream(emailDigest(normalised, emailSecret)));
      return state.holder ?? undefined;
    },

    async erase({ memberId, actor }) {
      authorize(memberId, actor);
      assertMemberId(memberId);
      // The erasure is recorded first, so that from here on the member can neither act nor be changed;
      // every later step is safe to repeat, and erasing again finishes an erasure cut short.
      const { state } = await members.handle({
        streamId: memberStream(memberId),
        command: { type: "Erase", memberId },
        metadata: { actor },
      });
      await keys.delete(memberId);
      if (state.handle) await releaseHandle(state.handle, memberId, actor);
      if (state.emailDigest)
        await emails.handle({
          streamId: emailStream(state.emailDigest),
          command: { type: "Release", memberId },
          metadata: { actor },
        });
    },
  };
}
