import type { Decider } from "../decider/decider";
import {
  CannotForkOwnPath,
  InvalidPath,
  NothingChanged,
  NotTheCurator,
  PathArchived,
  type PathIssue,
  PathNotFound,
  PathNotPublished,
} from "./errors";
import {
  PathArchived as PathArchivedFact,
  type PathContent,
  PathDraftEdited,
  PathDrafted,
  type PathEvent,
  PathPublished,
  PathRevised,
  PathUnpublished,
} from "./events";

export type PathStatus = "draft" | "published" | "unpublished" | "archived";

/** A path as its stream has it: the latest content (the draft's, or the latest revision's). */
export interface Path {
  status: "none" | PathStatus;
  curatorId: string;
  communityId: string | null;
  content: PathContent;
  /** The latest revision's number; 0 while a draft never published. */
  revision: number;
}

/** What a fork is made from: the original as its stream has it now. */
export interface ForkedPath {
  pathId: string;
  curatorId: string;
  status: Path["status"];
  revision: number;
  content: PathContent;
}

/**
 * Who may change the path besides its curator, put into each command by the handler (which reads the
 * community's stream): whether the actor organises the path's community.
 */
interface ByWhom {
  actorOrganises: boolean;
}

type OnPath<Command> = Command & { pathId: string };

export type PathCommand = OnPath<
  /** The curator is the actor; the handler checked they belong to the community, and the resources exist. */
  | { type: "DraftPath"; communityId: string | null; content: PathContent; newCheckpointIds: string[] }
  /** Decided on the fork's new stream, from the original as it is. */
  | { type: "ForkPath"; original: ForkedPath }
  /**
   * `newCheckpointIds`: the ids the handler made for checkpoints the input gave none; every other id must
   * be one of the path's own.
   */
  | ({ type: "EditPath"; content: PathContent; newCheckpointIds: string[]; changeNote: string } & ByWhom)
  | ({ type: "PublishPath" } & ByWhom)
  | ({ type: "UnpublishPath" } & ByWhom)
  | ({ type: "ArchivePath" } & ByWhom)
>;

export const pathLimits = {
  goal: { minimum: 5, maximum: 80 },
  description: 5_000,
  tags: { count: 5, length: 30 },
  checkpoints: { minimum: 1, maximum: 30 },
  task: 200,
  url: 2_000,
  title: 120,
  changeNote: 300,
};

const emptyContent: PathContent = { goal: "", description: "", tags: [], checkpoints: [] };

export const noPath: Path = {
  status: "none",
  curatorId: "",
  communityId: null,
  content: emptyContent,
  revision: 0,
};

/** Two contents say the same: compared as their events store them (the same order of fields). */
export const sameContent = (left: PathContent, right: PathContent): boolean =>
  JSON.stringify(left) === JSON.stringify(right);

const resourceIdOf = (resource: PathContent["checkpoints"][number]["resource"]): string | undefined =>
  resource.kind === "talk"
    ? `talk#${resource.proposalId}`
    : resource.kind === "meetup"
      ? `meetup#${resource.meetupId}`
      : undefined;

/** The rules about the checkpoints as a whole: how many, each id once, each talk and meetup once. */
function assertCheckpoints(content: PathContent, knownIds: ReadonlySet<string>): void {
  const issues: PathIssue[] = [];
  const { minimum, maximum } = pathLimits.checkpoints;
  if (content.checkpoints.length < minimum || content.checkpoints.length > maximum)
    issues.push({ path: ["checkpoints"], message: `must be ${minimum} to ${maximum} checkpoints` });
  const ids = new Set<string>();
  const resources = new Set<string>();
  content.checkpoints.forEach((checkpoint, position) => {
    if (ids.has(checkpoint.id) || !knownIds.has(checkpoint.id))
      issues.push({
        path: ["checkpoints", position, "id"],
        message: "must be one of the path's checkpoints",
      });
    ids.add(checkpoint.id);
    const resource = resourceIdOf(checkpoint.resource);
    if (resource === undefined) return;
    if (resources.has(resource))
      issues.push({
        path: ["checkpoints", position, checkpoint.resource.kind === "talk" ? "talkId" : "meetupId"],
        message: `the ${checkpoint.resource.kind} is already a checkpoint of this path`,
      });
    resources.add(resource);
  });
  if (issues.length > 0) throw new InvalidPath(issues);
}

/** A path that exists, is not archived, and that the actor curates or whose community they organise. */
function assertMayChange(path: Path, pathId: string, actor: string, { actorOrganises }: ByWhom): void {
  if (path.status === "none") throw new PathNotFound(pathId);
  if (path.status === "archived") throw new PathArchived(pathId);
  const organises = path.communityId !== null && actorOrganises;
  if (path.curatorId !== actor && !organises) throw new NotTheCurator(pathId);
}

export const pathDecider: Decider<Path, PathCommand, PathEvent> = {
  initialState: noPath,

  decide(command, path) {
    const { actor } = command.metadata;
    switch (command.type) {
      case "DraftPath": {
        // A retried draft (the same id, from the same idempotency key) finds its path: nothing to do.
        if (path.status !== "none") return [];
        // A new path has no checkpoint of its own yet: every id is one the handler made.
        assertCheckpoints(command.content, new Set(command.newCheckpointIds));
        return [
          PathDrafted({ curatorId: actor, communityId: command.communityId, content: command.content }),
        ];
      }
      case "ForkPath": {
        if (path.status !== "none") return [];
        const { original } = command;
        if (original.curatorId === actor) throw new CannotForkOwnPath(original.pathId);
        if (original.status !== "published") throw new PathNotPublished(original.pathId);
        return [
          PathDrafted({
            curatorId: actor,
            communityId: null,
            content: original.content,
            forkedFrom: { pathId: original.pathId, revision: original.revision },
          }),
        ];
      }
      case "EditPath": {
        assertMayChange(path, command.pathId, actor, command);
        const newIds = new Set(command.newCheckpointIds);
        const knownIds = new Set([...path.content.checkpoints.map((checkpoint) => checkpoint.id), ...newIds]);
        assertCheckpoints(command.content, knownIds);
        if (path.status === "draft")
          return sameContent(path.content, command.content)
            ? []
            : [PathDraftEdited({ content: command.content })];
        if (sameContent(path.content, command.content)) throw new NothingChanged(command.pathId);
        const changeNote = command.changeNote.trim();
        if (changeNote.length === 0 || changeNote.length > pathLimits.changeNote)
          throw new InvalidPath([
            {
              path: ["changeNote"],
              message: `say what changed, in 1 to ${pathLimits.changeNote} characters`,
            },
          ]);
        return [PathRevised({ revision: path.revision + 1, content: command.content, changeNote })];
      }
      case "PublishPath": {
        assertMayChange(path, command.pathId, actor, command);
        if (path.status === "published") return [];
        // The first publish makes revision 1; publishing again shows the latest revision as it is.
        return [PathPublished({ revision: Math.max(path.revision, 1), content: path.content })];
      }
      case "UnpublishPath": {
        assertMayChange(path, command.pathId, actor, command);
        return path.status === "published" ? [PathUnpublished({})] : [];
      }
      case "ArchivePath": {
        // Archiving twice changes nothing the second time; only for who could archive it the first time.
        if (path.status === "archived") {
          assertMayChange({ ...path, status: "published" }, command.pathId, actor, command);
          return [];
        }
        assertMayChange(path, command.pathId, actor, command);
        return [PathArchivedFact({})];
      }
    }
  },

  evolve(path, event) {
    switch (event.type) {
      case "PathDrafted":
        return {
          status: "draft",
          curatorId: event.data.curatorId,
          communityId: event.data.communityId ?? null,
          content: event.data.content,
          revision: 0,
        };
      case "PathDraftEdited":
        return { ...path, content: event.data.content };
      case "PathPublished":
        return { ...path, status: "published", revision: event.data.revision, content: event.data.content };
      case "PathRevised":
        return { ...path, revision: event.data.revision, content: event.data.content };
      case "PathUnpublished":
        return { ...path, status: "unpublished" };
      case "PathArchived":
        return { ...path, status: "archived" };
    }
  },
};
