import { type Clock, systemClock } from "../clock/clock";
import { type CommandResult, commandHandler, type RequestMetadata } from "../decider/command-handler";
import { createdId } from "../decider/created-id";
import type { IdempotencyStore } from "../decider/idempotency-store";
import { streamStates } from "../decider/stream-states";
import type { DocumentStore } from "../documents/document-store";
import type { EventStore } from "../eventstore/event-store";
import { isUuid } from "../ids/new-id";
import type { CommunityRoles } from "./community-roles";
import { type Path, type PathCommand, type PathStatus, pathDecider } from "./decider";
import { pathStream } from "./documents";
import { InvalidPath, PathNotFound, ResourceNotFound } from "./errors";
import type { Checkpoint, PathContent, PathEvent } from "./events";
import type { MemberProfiles } from "./member-profiles";
import { type ParsedPath, type PathInput, parseChangeNote, parsePathInput } from "./path-input";
import type { PathMeetups } from "./path-meetups";
import type { PathTalks } from "./path-talks";
import { type PathQueries, pathQueries } from "./queries";

export interface PathModuleOptions {
  store: EventStore;
  documents: DocumentStore;
  /** Who belongs to and organises a community: `communityModule(...)`. */
  communities: CommunityRoles;
  /** Whether a curator was erased: `memberModule(...)`. */
  members: MemberProfiles;
  /** Confirmed talks, for talk checkpoints and the editor's search: `talkModule(...)`. */
  talks: PathTalks;
  /** Meetups, for meetup checkpoints and the editor's search: `meetupModule(...)`. */
  meetups: PathMeetups;
  clock?: Clock;
  /** Needed only for requests with an idempotency key. */
  idempotency?: IdempotencyStore;
}

interface Request {
  /** The member who asks. */
  actor: string;
  /** A retry with the same key (by the same actor, on the same path) returns the first result and changes nothing again. */
  idempotencyKey?: string;
}

interface PathRequest extends Request {
  pathId: string;
}

/** What a command leaves: read the path itself (`pathById`) for the rest. */
export interface PathResult {
  pathId: string;
  version: number;
  status: PathStatus;
  revision: number;
}

/** What progress needs of a path: its status, and its current checkpoints in order. */
export interface CurrentCheckpoints {
  status: PathStatus;
  revision: number;
  checkpoints: { id: string; meetupId?: string }[];
}

/** The path context: its writes, and its reads (`PathQueries`). */
export interface PathModule extends PathQueries {
  /**
   * Any member drafts a path, which they curate; in a community only if they belong to it (its organisers
   * then look after the path too). Throws `InvalidPath`, `ResourceNotFound`.
   */
  draftPath(request: Request & { input: PathInput }): Promise<PathResult>;
  /**
   * The curator, or an organiser of its community: before the first publish the draft changes; after it,
   * a new revision with a change note. A checkpoint keeps its id (and its learners' progress) when the
   * input names it. Throws `PathNotFound`, `NotTheCurator`, `PathArchived`, `InvalidPath`,
   * `ResourceNotFound`, `NothingChanged`.
   */
  editPath(request: PathRequest & { input: PathInput; changeNote?: string | null }): Promise<PathResult>;
  /** The first publish makes revision 1; publishing again after an unpublish shows the latest revision. */
  publishPath(request: PathRequest): Promise<PathResult>;
  unpublishPath(request: PathRequest): Promise<PathResult>;
  /** Final: the path leaves every list, and is read only by its address. */
  archivePath(request: PathRequest): Promise<PathResult>;
  /**
   * Any signed-in member forks a published path they do not curate: a new draft of theirs, with the
   * original's latest content, that remembers the original and its revision. Throws `PathNotFound`,
   * `CannotForkOwnPath`, `PathNotPublished`.
   */
  forkPath(request: PathRequest): Promise<PathResult>;
  /** From the path's stream (strongly consistent): what progress marks are checked against. */
  currentCheckpoints(pathId: string): Promise<CurrentCheckpoints | undefined>;
}

const metadataOf = ({ actor, idempotencyKey }: Request): RequestMetadata => ({ actor, idempotencyKey });

export function pathModule(options: PathModuleOptions): PathModule {
  const {
    store,
    documents,
    communities,
    members,
    talks,
    meetups,
    clock = systemClock,
    idempotency,
  } = options;
  const states = streamStates({ store, decider: pathDecider });
  const paths = commandHandler({ store, decider: pathDecider, states, clock, idempotency });
  const queries = pathQueries({ documents, communities, members, talks, meetups });

  const resultOf =
    (pathId: string) =>
    (result: CommandResult<Path, PathEvent>): PathResult => ({
      pathId,
      version: result.version,
      status: result.state.status === "none" ? "draft" : result.state.status,
      revision: result.state.revision,
    });

  function handle(pathId: string, request: Request, command: PathCommand): Promise<PathResult> {
    return paths.handle(
      { streamId: pathStream(pathId), command, metadata: metadataOf(request) },
      resultOf(pathId),
    );
  }

  const isActor = (actor: unknown): actor is string => typeof actor === "string" && isUuid(actor);

  async function organises(communityId: string | null, actor: string): Promise<boolean> {
    return (
      communityId !== null && isActor(actor) && (await communities.roleOf(communityId, actor)) === "organiser"
    );
  }

  /** The path as its stream has it, when the actor may see it at all: a draft of someone else's is not found. */
  async function pathOf(pathId: unknown, actor: string) {
    const id = typeof pathId === "string" ? pathId : "";
    if (!isUuid(id)) throw new PathNotFound(id);
    const { state } = await states.current(pathStream(id));
    if (state.status === "none") throw new PathNotFound(id);
    const actorOrganises = await organises(state.communityId, actor);
    const caretaker = state.curatorId === actor || actorOrganises;
    if (!caretaker && (state.status === "draft" || state.status === "unpublished"))
      throw new PathNotFound(id);
    return { id, state, actorOrganises };
  }

  /** The talks and meetups the checkpoints name that the path does not have yet exist: `ResourceNotFound` otherwise. */
  async function assertResources(parsed: ParsedPath, actor: string, current: PathContent | undefined) {
    const known = new Set(
      (current?.checkpoints ?? []).map((checkpoint) => JSON.stringify(checkpoint.resource)),
    );
    const missing = await Promise.all(
      parsed.checkpoints.map(async ({ resource }) => {
        if (resource.kind === "link" || known.has(JSON.stringify(resource))) return false;
        if (resource.kind === "talk")
          return !isUuid(resource.proposalId) || !(await talks.confirmedTalk(resource.proposalId));
        return !isUuid(resource.meetupId) || !(await meetups.byId(resource.meetupId, actor));
      }),
    );
    const position = missing.indexOf(true);
    if (position >= 0) throw new ResourceNotFound(position);
  }

  /** The content, each checkpoint with its id: the input's own, or a new one (the same on a retry with a key). */
  function contentOf(parsed: ParsedPath, pathId: string, request: Request) {
    const newCheckpointIds: string[] = [];
    const checkpoints = parsed.checkpoints.map(({ id, task, resource }, position): Checkpoint => {
      if (id !== undefined) return { id, task, resource };
      const made = createdId(`path-checkpoint#${pathId}#${position}`, metadataOf(request));
      newCheckpointIds.push(made);
      return { id: made, task, resource };
    });
    const content: PathContent = {
      goal: parsed.goal,
      description: parsed.description,
      tags: parsed.tags,
      checkpoints,
    };
    return { content, newCheckpointIds };
  }

  return {
    ...queries,

    async draftPath(request) {
      const parsed = parsePathInput(request.input);
      const { actor } = request;
      if (parsed.communityId !== null) {
        const standing =
          isUuid(parsed.communityId) && isActor(actor)
            ? await communities.roleOf(parsed.communityId, actor)
            : null;
        if (standing !== "organiser" && standing !== "host" && standing !== "member")
          throw new InvalidPath([{ path: ["communityId"], message: "must be a community you belong to" }]);
      }
      await assertResources(parsed, actor, undefined);
      const pathId = createdId("path", metadataOf(request));
      const { content, newCheckpointIds } = contentOf(parsed, pathId, request);
      return handle(pathId, request, {
        type: "DraftPath",
        pathId,
        communityId: parsed.communityId,
        content,
        newCheckpointIds,
      });
    },

    async editPath(request) {
      const parsed = parsePathInput(request.input);
      const changeNote = parseChangeNote(request.changeNote);
      const { id, state, actorOrganises } = await pathOf(request.pathId, request.actor);
      if (parsed.communityId !== null && parsed.communityId !== state.communityId)
        throw new InvalidPath([{ path: ["communityId"], message: "is chosen when the path is drafted" }]);
      await assertResources(parsed, request.actor, state.content);
      const { content, newCheckpointIds } = contentOf(parsed, id, request);
      return handle(id, request, {
        type: "EditPath",
        pathId: id,
        content,
        newCheckpointIds,
        changeNote,
        actorOrganises,
      });
    },

    async publishPath(request) {
      const { id, actorOrganises } = await pathOf(request.pathId, request.actor);
      return handle(id, request, { type: "PublishPath", pathId: id, actorOrganises });
    },

    async unpublishPath(request) {
      const { id, actorOrganises } = await pathOf(request.pathId, request.actor);
      return handle(id, request, { type: "UnpublishPath", pathId: id, actorOrganises });
    },

    async archivePath(request) {
      const { id, actorOrganises } = await pathOf(request.pathId, request.actor);
      return handle(id, request, { type: "ArchivePath", pathId: id, actorOrganises });
    },

    async forkPath(request) {
      const { id, state } = await pathOf(request.pathId, request.actor);
      const forkId = createdId(`path-fork#${id}`, metadataOf(request));
      return handle(forkId, request, {
        type: "ForkPath",
        pathId: forkId,
        original: {
          pathId: id,
          curatorId: state.curatorId,
          status: state.status,
          revision: state.revision,
          content: state.content,
        },
      });
    },

    async currentCheckpoints(pathId) {
      if (typeof pathId !== "string" || !isUuid(pathId)) return undefined;
      const { state } = await states.current(pathStream(pathId));
      if (state.status === "none") return undefined;
      return {
        status: state.status,
        revision: state.revision,
        checkpoints: state.content.checkpoints.map(({ id, resource }) =>
          resource.kind === "meetup" ? { id, meetupId: resource.meetupId } : { id },
        ),
      };
    },
  };
}
