"""Wire types of the models a server offers: LLMs and embedding models."""

from __future__ import annotations

from .base import WireModel

__all__ = ["EmbeddingModel", "Model"]


class Model(WireModel):
    """A large language model a completion may name."""

    id: str
    display_name: str


class EmbeddingModel(WireModel):
    """An embedding model a collection may use."""

    id: str
    display_name: str
    description: str
    languages: list[str]
