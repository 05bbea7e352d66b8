"""What every Store backend must do with groups, group shares, public records and the admins' lists."""

from __future__ import annotations

from msgspec.structs import replace

from mock_server.store import (
    CollectionQuery,
    GroupRecord,
    Store,
    TemplateQuery,
)

from ._records import collection, document, ids_of, template


def test_groups_are_declared_replaced_and_found_by_member(store: Store) -> None:
    store.add_group(GroupRecord(id="eng", name="Engineering", members=("alice", "bob")))
    store.add_group(GroupRecord(id="ops", name="Operations", members=("bob",)))
    assert [g.id for g in store.groups_of("bob")] == ["eng", "ops"]
    assert [g.id for g in store.groups_of("alice")] == ["eng"] and store.groups_of("demo") == []
    store.add_group(GroupRecord(id="eng", name="Engineering", members=("demo",)))
    assert [g.id for g in store.groups_of("bob")] == ["ops"] and [g.id for g in store.groups_of("demo")] == [
        "eng"
    ]
    assert store.get_group("eng") == GroupRecord(id="eng", name="Engineering", members=("demo",))
    assert store.get_group("nope") is None
    assert [g.id for g in store.snapshot().groups] == ["ops", "eng"], "a replaced group goes last"


def test_a_group_share_lets_members_list_count_and_read_documents(store: Store) -> None:
    store.add_group(GroupRecord(id="eng", name="Engineering", members=("alice",)))
    store.add_document(document("d"))
    store.add_collection(collection("c", documents=("d",)))
    assert store.count_collections(CollectionQuery(user="alice")) == 0
    assert not store.in_readable_collection("alice", "d")
    store.save_collection(replace(collection("c", documents=("d",)), group_shared_with={"eng": ["read"]}))
    assert ids_of(store.list_collections(CollectionQuery(user="alice"), 0, 10)) == ["c"]
    assert store.count_collections(CollectionQuery(user="alice")) == 1
    assert store.in_readable_collection("alice", "d")
    assert store.count_collections(CollectionQuery(user="bob")) == 0
    store.add_group(GroupRecord(id="eng", name="Engineering", members=()))
    assert store.count_collections(CollectionQuery(user="alice")) == 0


def test_public_collections_and_templates_are_listed_for_everyone(store: Store) -> None:
    store.add_collection(replace(collection("c"), is_public=True))
    store.add_template(replace(template("t"), is_public=True))
    assert ids_of(store.list_collections(CollectionQuery(user="bob"), 0, 10)) == ["c"]
    assert ids_of(store.list_templates(TemplateQuery(user="bob"), 0, 10)) == ["t"]
    store.save_collection(collection("c"))
    assert store.count_collections(CollectionQuery(user="bob")) == 0


def test_hidden_system_templates_are_listed_only_to_everyone_queries(store: Store) -> None:
    store.add_template(template("sys", owner=None, name="System"))
    store.add_template(template("mine", owner="demo", name="Mine", minutes=1))
    store.save_template(replace(template("sys", owner=None, name="System"), visible=False))
    assert ids_of(store.list_templates(TemplateQuery(user="demo"), 0, 10)) == ["mine"]
    assert store.count_templates(TemplateQuery(user="bob")) == 0
    everything = TemplateQuery(user="bob", everyone=True)
    assert ids_of(store.list_templates(everything, 0, 10)) == ["sys", "mine"]
    assert store.count_templates(replace(everything, kind="system")) == 1


def test_everyone_queries_list_every_collection_filtered_by_name_id_or_owner(store: Store) -> None:
    store.add_collection(collection("c1", owner="alice", name="Alpha", minutes=1))
    store.add_collection(collection("c2", owner="bob", name="Beta", minutes=2))
    everyone = CollectionQuery(user="demo", everyone=True)
    assert ids_of(store.list_collections(everyone, 0, 10)) == ["c2", "c1"]
    assert store.count_collections(everyone) == 2
    assert ids_of(store.list_collections(replace(everyone, text="ALICE"), 0, 10)) == ["c1"]
    assert ids_of(store.list_collections(replace(everyone, text="c2"), 0, 10)) == ["c2"]
    assert ids_of(store.list_collections(replace(everyone, text="et"), 0, 10)) == ["c2"]
    assert store.count_collections(CollectionQuery(user="demo")) == 0


def test_groups_and_new_fields_survive_a_snapshot(store: Store) -> None:
    group = GroupRecord(id="eng", name="Engineering", members=("alice",))
    store.add_group(group)
    shared = replace(
        collection("c"), group_shared_with={"eng": ["read"]}, is_public=True, public_permissions=("read",)
    )
    store.add_collection(replace(shared, size_limit=10, inactivity_interval=3, exempt_from_chat_expiry=True))
    store.add_template(replace(template("t"), group_shared_with={"eng": ["read"]}, is_public=True))
    taken = store.snapshot()
    assert taken.groups == (group,)
    store.replace_all(replace(taken, groups=()))
    assert store.groups_of("alice") == []
    store.replace_all(taken)
    assert store.snapshot() == taken and [g.id for g in store.groups_of("alice")] == ["eng"]
