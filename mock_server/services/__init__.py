"""The behaviour behind the API, free of HTTP: each service takes the caller's name and plain values."""

from __future__ import annotations

import msgspec

from ..clock import Clock, IdFactory
from ..settings import Settings
from ..store import Store
from .chunks import ChunkService
from .collection_lifecycle import CollectionLifecycle
from .collections import CollectionService
from .completions import Answer, CompletionService
from .documents import DocumentService
from .feedback import FeedbackService
from .generation import Generation
from .history import HistoryService
from .ingestion import IngestionService, UploadService
from .ingestion_jobs import IngestionJobs
from .job_ops import JobOperations
from .jobs import JobService, JobView
from .knowledge import Knowledge
from .lifecycle import LifecycleService
from .models import ModelService
from .sessions import SessionService
from .sharing import SharingService
from .templates import TemplateService

__all__ = [
    "Answer",
    "ChunkService",
    "CollectionLifecycle",
    "CollectionService",
    "CompletionService",
    "DocumentService",
    "FeedbackService",
    "Generation",
    "HistoryService",
    "IngestionJobs",
    "IngestionService",
    "JobOperations",
    "JobService",
    "JobView",
    "Knowledge",
    "LifecycleService",
    "ModelService",
    "Services",
    "SessionService",
    "SharingService",
    "TemplateService",
    "UploadService",
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
    collection_lifecycle: CollectionLifecycle
    sharing: SharingService
    documents: DocumentService
    generation: Generation
    history: HistoryService
    feedback: FeedbackService
    lifecycle: LifecycleService
    models: ModelService
    jobs: JobService
    job_ops: JobOperations
    uploads: UploadService
    ingestion: IngestionService
    chunks: ChunkService
    ingest_jobs: IngestionJobs


def build_services(store: Store, settings: Settings | None = None) -> Services:
    """Build the services of one server over ``store``, configured by ``settings`` (the defaults if None)."""
    settings = settings or Settings()
    clock, ids = Clock(), IdFactory(settings.seed, store.claim_id)
    knowledge = Knowledge(store)
    templates = TemplateService(store, clock, ids)
    models = ModelService(settings)
    sessions = SessionService(store, clock, ids, templates)
    collections = CollectionService(store, clock, ids, knowledge, settings.max_collection_bytes)
    documents = DocumentService(store, clock, knowledge)
    jobs = JobService(store, clock, ids, settings.job_seconds)
    uploads = UploadService(store, clock, ids, settings.max_upload_bytes)
    limits = (settings.max_upload_bytes, settings.max_collection_bytes)
    ingestion = IngestionService(store, clock, ids, knowledge, uploads, limits)
    return Services(
        store=store,
        settings=settings,
        ids=ids,
        knowledge=knowledge,
        sessions=sessions,
        completions=CompletionService(store, clock, ids, knowledge, templates, models),
        collections=collections,
        templates=templates,
        collection_lifecycle=CollectionLifecycle(store, clock, settings.admins),
        sharing=SharingService(store, settings.admins),
        documents=documents,
        generation=Generation(store),
        history=HistoryService(store, clock, ids),
        feedback=FeedbackService(store, clock, models),
        lifecycle=LifecycleService(store, clock, settings),
        models=models,
        jobs=jobs,
        job_ops=JobOperations(store, jobs, sessions, collections, documents),
        uploads=uploads,
        ingestion=ingestion,
        chunks=ChunkService(store, knowledge),
        ingest_jobs=IngestionJobs(store, jobs, ingestion, uploads),
    )
