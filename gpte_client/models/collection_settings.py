from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ingest_mode import IngestMode, check_ingest_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrails_settings import GuardrailsSettings


T = TypeVar("T", bound="CollectionSettings")


@_attrs_define
class CollectionSettings:
    """Ingestion and guardrail settings of a collection, as stored.

    Example:
        {'max_tokens_per_chunk': 320, 'chunk_overlap_tokens': 0, 'guardrails_settings': {'disallowed_regex_patterns':
            [], 'presidio_labels_to_flag': [], 'pii_labels_to_flag': [], 'pii_detection_parse_action': 'allow',
            'pii_detection_llm_input_action': 'allow', 'pii_detection_llm_output_action': 'allow',
            'prompt_guard_labels_to_flag': [], 'guardrails_labels_to_flag': [], 'guardrails_entities': None}}

    Attributes:
        max_tokens_per_chunk (int | None | Unset): Chunk size used when ingesting documents.
        chunk_overlap_tokens (int | None | Unset): Tokens shared by neighbouring chunks.
        gen_doc_summaries (bool | None | Unset): Summarise documents on ingestion.
        gen_doc_questions (bool | None | Unset): Generate sample questions on ingestion.
        audio_input_language (None | str | Unset): Language of audio documents.
        ocr_model (None | str | Unset): OCR model for images; `auto` picks one per page.
        tesseract_lang (None | str | Unset): Language for the Tesseract OCR model.
        keep_tables_as_one_chunk (bool | None | Unset): Keep each detected table in one chunk.
        chunk_by_page (bool | None | Unset): Make each page one chunk.
        handwriting_check (bool | None | Unset): Look for handwriting and use a specialised model.
        ingest_mode (IngestMode | None | Unset): `standard`, `lite`, or `agent_only` to skip RAG ingestion.
        follow_links (bool | None | Unset): Follow links when ingesting web pages.
        max_depth (int | None | Unset): Link depth when following links.
        max_documents (int | None | Unset): Most documents to ingest from one source.
        root_dir (None | str | Unset): Root folder for file-system ingestion.
        copy_document (bool | None | Unset): Copy documents instead of sharing them.
        expiry_timezone (None | str | Unset): Time zone for expiry dates.
        guardrails_settings (GuardrailsSettings | None | Unset): Guardrails of the collection.
    """

    max_tokens_per_chunk: int | None | Unset = UNSET
    chunk_overlap_tokens: int | None | Unset = UNSET
    gen_doc_summaries: bool | None | Unset = UNSET
    gen_doc_questions: bool | None | Unset = UNSET
    audio_input_language: None | str | Unset = UNSET
    ocr_model: None | str | Unset = UNSET
    tesseract_lang: None | str | Unset = UNSET
    keep_tables_as_one_chunk: bool | None | Unset = UNSET
    chunk_by_page: bool | None | Unset = UNSET
    handwriting_check: bool | None | Unset = UNSET
    ingest_mode: IngestMode | None | Unset = UNSET
    follow_links: bool | None | Unset = UNSET
    max_depth: int | None | Unset = UNSET
    max_documents: int | None | Unset = UNSET
    root_dir: None | str | Unset = UNSET
    copy_document: bool | None | Unset = UNSET
    expiry_timezone: None | str | Unset = UNSET
    guardrails_settings: GuardrailsSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.guardrails_settings import GuardrailsSettings  # noqa: PLC0415

        max_tokens_per_chunk: int | None | Unset
        if isinstance(self.max_tokens_per_chunk, Unset):
            max_tokens_per_chunk = UNSET
        else:
            max_tokens_per_chunk = self.max_tokens_per_chunk

        chunk_overlap_tokens: int | None | Unset
        if isinstance(self.chunk_overlap_tokens, Unset):
            chunk_overlap_tokens = UNSET
        else:
            chunk_overlap_tokens = self.chunk_overlap_tokens

        gen_doc_summaries: bool | None | Unset
        if isinstance(self.gen_doc_summaries, Unset):
            gen_doc_summaries = UNSET
        else:
            gen_doc_summaries = self.gen_doc_summaries

        gen_doc_questions: bool | None | Unset
        if isinstance(self.gen_doc_questions, Unset):
            gen_doc_questions = UNSET
        else:
            gen_doc_questions = self.gen_doc_questions

        audio_input_language: None | str | Unset
        if isinstance(self.audio_input_language, Unset):
            audio_input_language = UNSET
        else:
            audio_input_language = self.audio_input_language

        ocr_model: None | str | Unset
        if isinstance(self.ocr_model, Unset):
            ocr_model = UNSET
        else:
            ocr_model = self.ocr_model

        tesseract_lang: None | str | Unset
        if isinstance(self.tesseract_lang, Unset):
            tesseract_lang = UNSET
        else:
            tesseract_lang = self.tesseract_lang

        keep_tables_as_one_chunk: bool | None | Unset
        if isinstance(self.keep_tables_as_one_chunk, Unset):
            keep_tables_as_one_chunk = UNSET
        else:
            keep_tables_as_one_chunk = self.keep_tables_as_one_chunk

        chunk_by_page: bool | None | Unset
        if isinstance(self.chunk_by_page, Unset):
            chunk_by_page = UNSET
        else:
            chunk_by_page = self.chunk_by_page

        handwriting_check: bool | None | Unset
        if isinstance(self.handwriting_check, Unset):
            handwriting_check = UNSET
        else:
            handwriting_check = self.handwriting_check

        ingest_mode: None | str | Unset
        if isinstance(self.ingest_mode, Unset):
            ingest_mode = UNSET
        elif isinstance(self.ingest_mode, str):
            ingest_mode = self.ingest_mode
        else:
            ingest_mode = self.ingest_mode

        follow_links: bool | None | Unset
        if isinstance(self.follow_links, Unset):
            follow_links = UNSET
        else:
            follow_links = self.follow_links

        max_depth: int | None | Unset
        if isinstance(self.max_depth, Unset):
            max_depth = UNSET
        else:
            max_depth = self.max_depth

        max_documents: int | None | Unset
        if isinstance(self.max_documents, Unset):
            max_documents = UNSET
        else:
            max_documents = self.max_documents

        root_dir: None | str | Unset
        if isinstance(self.root_dir, Unset):
            root_dir = UNSET
        else:
            root_dir = self.root_dir

        copy_document: bool | None | Unset
        if isinstance(self.copy_document, Unset):
            copy_document = UNSET
        else:
            copy_document = self.copy_document

        expiry_timezone: None | str | Unset
        if isinstance(self.expiry_timezone, Unset):
            expiry_timezone = UNSET
        else:
            expiry_timezone = self.expiry_timezone

        guardrails_settings: dict[str, Any] | None | Unset
        if isinstance(self.guardrails_settings, Unset):
            guardrails_settings = UNSET
        elif isinstance(self.guardrails_settings, GuardrailsSettings):
            guardrails_settings = self.guardrails_settings.to_dict()
        else:
            guardrails_settings = self.guardrails_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_tokens_per_chunk is not UNSET:
            field_dict["max_tokens_per_chunk"] = max_tokens_per_chunk
        if chunk_overlap_tokens is not UNSET:
            field_dict["chunk_overlap_tokens"] = chunk_overlap_tokens
        if gen_doc_summaries is not UNSET:
            field_dict["gen_doc_summaries"] = gen_doc_summaries
        if gen_doc_questions is not UNSET:
            field_dict["gen_doc_questions"] = gen_doc_questions
        if audio_input_language is not UNSET:
            field_dict["audio_input_language"] = audio_input_language
        if ocr_model is not UNSET:
            field_dict["ocr_model"] = ocr_model
        if tesseract_lang is not UNSET:
            field_dict["tesseract_lang"] = tesseract_lang
        if keep_tables_as_one_chunk is not UNSET:
            field_dict["keep_tables_as_one_chunk"] = keep_tables_as_one_chunk
        if chunk_by_page is not UNSET:
            field_dict["chunk_by_page"] = chunk_by_page
        if handwriting_check is not UNSET:
            field_dict["handwriting_check"] = handwriting_check
        if ingest_mode is not UNSET:
            field_dict["ingest_mode"] = ingest_mode
        if follow_links is not UNSET:
            field_dict["follow_links"] = follow_links
        if max_depth is not UNSET:
            field_dict["max_depth"] = max_depth
        if max_documents is not UNSET:
            field_dict["max_documents"] = max_documents
        if root_dir is not UNSET:
            field_dict["root_dir"] = root_dir
        if copy_document is not UNSET:
            field_dict["copy_document"] = copy_document
        if expiry_timezone is not UNSET:
            field_dict["expiry_timezone"] = expiry_timezone
        if guardrails_settings is not UNSET:
            field_dict["guardrails_settings"] = guardrails_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrails_settings import GuardrailsSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_max_tokens_per_chunk(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tokens_per_chunk = _parse_max_tokens_per_chunk(d.pop("max_tokens_per_chunk", UNSET))

        def _parse_chunk_overlap_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        chunk_overlap_tokens = _parse_chunk_overlap_tokens(d.pop("chunk_overlap_tokens", UNSET))

        def _parse_gen_doc_summaries(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gen_doc_summaries = _parse_gen_doc_summaries(d.pop("gen_doc_summaries", UNSET))

        def _parse_gen_doc_questions(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gen_doc_questions = _parse_gen_doc_questions(d.pop("gen_doc_questions", UNSET))

        def _parse_audio_input_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_input_language = _parse_audio_input_language(d.pop("audio_input_language", UNSET))

        def _parse_ocr_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ocr_model = _parse_ocr_model(d.pop("ocr_model", UNSET))

        def _parse_tesseract_lang(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tesseract_lang = _parse_tesseract_lang(d.pop("tesseract_lang", UNSET))

        def _parse_keep_tables_as_one_chunk(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_tables_as_one_chunk = _parse_keep_tables_as_one_chunk(d.pop("keep_tables_as_one_chunk", UNSET))

        def _parse_chunk_by_page(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        chunk_by_page = _parse_chunk_by_page(d.pop("chunk_by_page", UNSET))

        def _parse_handwriting_check(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        handwriting_check = _parse_handwriting_check(d.pop("handwriting_check", UNSET))

        def _parse_ingest_mode(data: object) -> IngestMode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ingest_mode_type_1 = check_ingest_mode(data)

                return ingest_mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IngestMode | None | Unset, data)

        ingest_mode = _parse_ingest_mode(d.pop("ingest_mode", UNSET))

        def _parse_follow_links(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        follow_links = _parse_follow_links(d.pop("follow_links", UNSET))

        def _parse_max_depth(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_depth = _parse_max_depth(d.pop("max_depth", UNSET))

        def _parse_max_documents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_documents = _parse_max_documents(d.pop("max_documents", UNSET))

        def _parse_root_dir(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_dir = _parse_root_dir(d.pop("root_dir", UNSET))

        def _parse_copy_document(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        copy_document = _parse_copy_document(d.pop("copy_document", UNSET))

        def _parse_expiry_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiry_timezone = _parse_expiry_timezone(d.pop("expiry_timezone", UNSET))

        def _parse_guardrails_settings(data: object) -> GuardrailsSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                guardrails_settings_type_0 = GuardrailsSettings.from_dict(data)

                return guardrails_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GuardrailsSettings | None | Unset, data)

        guardrails_settings = _parse_guardrails_settings(d.pop("guardrails_settings", UNSET))

        collection_settings = cls(
            max_tokens_per_chunk=max_tokens_per_chunk,
            chunk_overlap_tokens=chunk_overlap_tokens,
            gen_doc_summaries=gen_doc_summaries,
            gen_doc_questions=gen_doc_questions,
            audio_input_language=audio_input_language,
            ocr_model=ocr_model,
            tesseract_lang=tesseract_lang,
            keep_tables_as_one_chunk=keep_tables_as_one_chunk,
            chunk_by_page=chunk_by_page,
            handwriting_check=handwriting_check,
            ingest_mode=ingest_mode,
            follow_links=follow_links,
            max_depth=max_depth,
            max_documents=max_documents,
            root_dir=root_dir,
            copy_document=copy_document,
            expiry_timezone=expiry_timezone,
            guardrails_settings=guardrails_settings,
        )

        collection_settings.additional_properties = d
        return collection_settings

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
