"""The SQL backend's groups of users."""

from __future__ import annotations

from sqlalchemy import delete, insert, select

from ..records import GroupRecord
from .codec import decode, encode, member_rows
from .connections import Connections
from .schema import group_members, groups

__all__ = ["Groups"]


class Groups(Connections):
    """Groups and their members, on SQL."""

    def add_group(self, group: GroupRecord) -> None:
        """Declare a group, replacing one of the same id (its members with it)."""
        with self._write() as conn:
            conn.execute(delete(group_members).where(group_members.c.group_id == group.id))
            conn.execute(delete(groups).where(groups.c.id == group.id))
            conn.execute(insert(groups), {"id": group.id, "body": encode(group)})
            if group.members:
                conn.execute(insert(group_members), member_rows(group))

    def get_group(self, group_id: str) -> GroupRecord | None:
        """Return a group by id."""
        with self._read() as conn:
            body = conn.execute(select(groups.c.body).where(groups.c.id == group_id)).scalar()
        return None if body is None else decode(body, GroupRecord)

    def groups_of(self, username: str) -> list[GroupRecord]:
        """Return the groups ``username`` is a member of, in the order declared."""
        mine = select(group_members.c.group_id).where(group_members.c.username == username)
        query = select(groups.c.body).where(groups.c.id.in_(mine)).order_by(groups.c.pos)
        with self._read() as conn:
            return [decode(body, GroupRecord) for body in conn.execute(query).scalars()]
