"""Shared fixtures: the bundled demo data and search indexes built from it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mock_server.domain import LexicalIndex, Passage, chunk_document

DEMO_PATH = Path(__file__).resolve().parents[2] / "mock_server" / "fixtures" / "demo.json"


@pytest.fixture(scope="session")
def demo_path() -> Path:
    """Where the bundled demo fixture file is."""
    return DEMO_PATH


@pytest.fixture(scope="session")
def demo(demo_path: Path) -> dict[str, Any]:
    """The demo fixture file, parsed."""
    data: dict[str, Any] = json.loads(demo_path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def demo_indexes(demo: dict[str, Any]) -> dict[str, LexicalIndex]:
    """One index per demo collection, keyed by collection name, built the way the server builds them."""
    documents = {d["id"]: d for d in demo["documents"]}
    indexes: dict[str, LexicalIndex] = {}
    for collection in demo["collections"]:
        index = indexes[collection["name"]] = LexicalIndex()
        for document_id in collection["document_ids"]:
            document = documents[document_id]
            index.add(
                Passage(document["id"], document["name"], collection["id"], c.index, c.pages, c.text)
                for c in chunk_document(document["pages"])
            )
    return indexes
