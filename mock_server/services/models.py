"""The models a server offers: the LLMs completions may name and the embedding models of collections."""

from __future__ import annotations

from ..errors import Conflict, NotFound
from ..settings import Settings
from ..wire import EmbeddingModel, Model

__all__ = ["AUTO_LLM", "ModelService"]

# What a client sends to let the server choose; the server then uses its default LLM.
AUTO_LLM = "auto"
_LANGUAGES = {"BAAI/bge-m3": ["multilingual"]}


class ModelService:
    """The configured LLMs and embedding models (``Settings.llms``, ``Settings.embedding_models``)."""

    def __init__(self, settings: Settings) -> None:
        self._llms = settings.llms
        self._embedding = settings.embedding_models

    @property
    def default_llm(self) -> str:
        """The LLM an answer uses when none is named (or ``auto``)."""
        return self._llms[0]

    def llm(self, name: str | None) -> str:
        """The LLM a completion names, checked: one of the list, or the default for None and ``auto``."""
        if name is None or name == AUTO_LLM:
            return self.default_llm
        if name not in self._llms:
            raise Conflict(f"Unknown llm {name!r}; GET /models lists the {len(self._llms)} available")
        return name

    def llms(self) -> list[Model]:
        """List the LLMs, the default first."""
        return [Model(id=name, display_name=name) for name in self._llms]

    def embedding_models(self) -> list[EmbeddingModel]:
        """List the embedding models, the default first."""
        return [_embedding(name) for name in self._embedding]

    def default_embedding_model(self) -> EmbeddingModel:
        """The embedding model new collections use."""
        if not self._embedding:
            raise NotFound("No embedding model is configured")
        return _embedding(self._embedding[0])


def _embedding(name: str) -> EmbeddingModel:
    return EmbeddingModel(
        id=name,
        display_name=name.rpartition("/")[2],
        description=f"Embedding model {name} (simulated by the mock: retrieval is BM25)",
        languages=_LANGUAGES.get(name, ["en"]),
    )
