"""The models a server offers: LLMs and embedding models."""

from __future__ import annotations

from litestar import Controller, get

from ..wire import EmbeddingModel, Model
from .request import ApiRequest

__all__ = ["ModelController"]


class ModelController(Controller):
    """Operations under ``/models`` and ``/embedding_models``."""

    path = "/"
    tags = ("Models",)

    @get("/models", operation_id="list_models")
    async def list_models(self, request: ApiRequest) -> list[Model]:
        return request.services.models.llms()

    @get("/embedding_models", operation_id="list_embedding_models")
    async def list_embedding_models(self, request: ApiRequest) -> list[EmbeddingModel]:
        return request.services.models.embedding_models()

    @get("/embedding_models/default", operation_id="get_default_embedding_model")
    async def get_default_embedding_model(self, request: ApiRequest) -> EmbeddingModel:
        return request.services.models.default_embedding_model()
