"""The behaviour behind the API, free of HTTP: each service takes the caller's name and plain values."""

from __future__ import annotations

import msgspec

from ..clock import Clock, IdFactory
from ..settings import Settings
from ..store import Store
from .collections import CollectionService
from .completions import Answer, CompletionService
from .feedback import FeedbackService
from .generation import Generation
from .history import HistoryService
from .knowledge import Knowledge
from .lifecycle import LifecycleService
from .models import ModelService
from .sessions import SessionService
from .templates import TemplateService

__all__ = [
    "Answer",
    "CollectionService",
    "CompletionService",
    "FeedbackService",
    "Generation",
    "HistoryService",
    "Knowledge",
    "LifecycleService",
    "ModelService",
    "Services",
    "SessionService",
    "TemplateService",
    "build_services",
]


class Services(msgspec.Struct, frozen=True, kw_only=True):
    """Every service of one server, sharing one store, clock, id source and settings."""

    store: Store
    settings: Settings
    ids: IdFactory
    knowledge: Knowledge
    sessions: SessionService
    completions: CompletionService
    collections: CollectionService
    templates: TemplateService
    generation: Generation
    history: HistoryService
    feedback: FeedbackService
    lifecycle: LifecycleService
    models: ModelService


def build_services(store: Store, settings: Settings | None = None) -> Services:
    """Build the services of one server over ``store``, configured by ``settings`` (the defaults if None)."""
    settings = settings or Settings()
    clock, ids = Clock(), IdFactory(settings.seed, store.claim_id)
    knowledge = Knowledge(store)
    templates = TemplateService(store, clock, ids)
    models = ModelService(settings)
    return Services(
        store=store,
        settings=settings,
        ids=ids,
        knowledge=knowledge,
        sessions=SessionService(store, clock, ids, templates),
        completions=CompletionService(store, clock, ids, knowledge, templates, models),
        collections=CollectionService(store, clock, ids, knowledge),
        templates=templates,
        generation=Generation(store),
        history=HistoryService(store, clock, ids),
        feedback=FeedbackService(store, clock, models),
        lifecycle=LifecycleService(store, clock, settings),
        models=models,
    )
