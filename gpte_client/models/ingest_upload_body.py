from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ingest_upload_body_metadata_type_0 import IngestUploadBodyMetadataType0


T = TypeVar("T", bound="IngestUploadBody")


@_attrs_define
class IngestUploadBody:
    """Options of an ingestion sent in the body.

    Example:
        {'metadata': {'0b6e2d4f-8a1c-4e3b-9d5f-7c9e1a3b5d7f': {'team': 'support'}}}

    Attributes:
        metadata (IngestUploadBodyMetadataType0 | None | Unset): Metadata of each document to make, keyed by the upload
            id it is made from.
    """

    metadata: IngestUploadBodyMetadataType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.ingest_upload_body_metadata_type_0 import IngestUploadBodyMetadataType0  # noqa: PLC0415

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, IngestUploadBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ingest_upload_body_metadata_type_0 import IngestUploadBodyMetadataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_metadata(data: object) -> IngestUploadBodyMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = IngestUploadBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IngestUploadBodyMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        ingest_upload_body = cls(
            metadata=metadata,
        )

        return ingest_upload_body
