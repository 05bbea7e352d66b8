"""The admin spec's fixture schemas name exactly the fields the loader reads: what an export writes is
documented, and nothing documented is refused."""

from __future__ import annotations

from typing import Any

import msgspec
import pytest

from contract_tests.spec import load_yaml
from mock_server.admin import ADMIN_SPEC_PATH
from mock_server.seeding import format as fixture_format
from mock_server.seeding import jobs as fixture_jobs

SCHEMAS: dict[str, Any] = load_yaml(ADMIN_SPEC_PATH)["components"]["schemas"]


def _reader(schema: str) -> type[msgspec.Struct]:
    """The Struct that reads a ``FixtureX`` schema: ``FixtureX`` itself, or ``_X`` of the fixture format."""
    for module in (fixture_format, fixture_jobs):
        for name in (schema, "_" + schema.removeprefix("Fixture")):
            if isinstance(found := getattr(module, name, None), type):
                return found
    raise LookupError(schema)


PAIRS = {name: _reader(name) for name in SCHEMAS if name.startswith("Fixture")}


def test_every_struct_of_a_strict_fixture_is_documented() -> None:
    documented = set(PAIRS.values())
    strict = {
        value
        for module in (fixture_format, fixture_jobs)
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, msgspec.Struct)
        and value.__struct_config__.forbid_unknown_fields
    }
    # _User and the message parts (_Meta, _Feedback) are documented inline where they are used.
    assert len(PAIRS) >= 8 and documented <= strict


@pytest.mark.parametrize("schema", sorted(PAIRS))
def test_a_fixture_schema_names_the_fields_its_struct_reads(schema: str) -> None:
    struct = PAIRS[schema]
    assert set(SCHEMAS[schema]["properties"]) == set(struct.__struct_encode_fields__)
    required = {f.encode_name for f in msgspec.structs.fields(struct) if f.required}
    assert set(SCHEMAS[schema].get("required", [])) == required
