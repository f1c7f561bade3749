import { Link } from "react-router";
import type { MemberSummary } from "../community/community-documents";
import { Avatar } from "./avatar";

/** A member's avatar and name, linking to their page once they have a handle. */
export function MemberName({
  member,
}: {
  member: (Omit<MemberSummary, "avatarUrl"> & { avatarUrl?: string | null }) | null | undefined;
}) {
  if (!member) return <span className="muted">A former member</span>;
  return (
    <span className="member-name">
      <Avatar name={member.displayName} url={member.avatarUrl} />
      {member.handle ? (
        <Link to={`/members/${member.handle}`}>{member.displayName}</Link>
      ) : (
        member.displayName
      )}
    </span>
  );
}

export function MemberList({ members, empty }: { members: readonly MemberSummary[]; empty: string }) {
  if (members.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="member-list">
      {members.map((member) => (
        <li key={member.id}>
          <MemberName member={member} />
        </li>
      ))}
    </ul>
  );
}
