from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_details_overall_status import JobDetailsOverallStatus, check_job_details_overall_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_details_status import JobDetailsStatus


T = TypeVar("T", bound="JobDetails")


@_attrs_define
class JobDetails:
    """A job and where it stands.

    Example:
        {'id': '8d2c4e6a-0b1f-4a3c-9e5d-7f1a3b5c7d9e', 'name': 'Delete 1 chat session', 'overall_status': 'in progress',
            'status': 'Waiting to run', 'passed_percentage': 0.0, 'failed_percentage': 0.0, 'progress': 0.4, 'created_at':
            '2026-11-21T09:30:00Z', 'updated_at': '2026-11-21T09:30:00Z', 'kind': 'DeleteChatSessionsJob', 'statuses':
            [{'id': '3f0e5d4c-8b1a-4c2e-9f6d-1a2b3c4d5e6f', 'status': 'in progress'}], 'errors': [], 'duration': '2.000s',
            'duration_seconds': 2.0, 'start_time': 1795253400.0}

    Attributes:
        id (str): Unique id of the job.
        name (str): What the job does, in words.
        overall_status (JobDetailsOverallStatus): `in progress` until the work has run, then how it ended.
        passed_percentage (float): Share of the work that succeeded, from 0 to 1.
        failed_percentage (float): Share of the work that failed, from 0 to 1.
        progress (float): How far along the job is, from 0 to 1; it rises while the job waits and is 1 once it has run.
        created_at (datetime.datetime): When the job was started.
        updated_at (datetime.datetime): When the job last changed.
        kind (str): What kind of job it is, one of the names the vendor SDK's `JobKind` knows (e.g.
            `DeleteChatSessionsJob`).
        statuses (list[JobDetailsStatus]): One entry per item the job acts on.
        errors (list[str]): Why the job failed; empty unless it did.
        duration (str): How long the job has taken so far, or took, for display (e.g. `1.250s`).
        duration_seconds (float): The same, in seconds.
        status (None | str | Unset): A short status line for display.
        canceled_by (None | str | Unset): Who canceled the job, if it was canceled.
        cancel_reason (None | str | Unset): Why the job was canceled.
        timeout (float | None | Unset): Seconds the caller said it would wait, if it said.
        start_time (float | None | Unset): When the job started, in seconds since the Unix epoch.
        files_total (int | None | Unset): Files the job handles, for ingestion jobs.
        files_failed (int | None | Unset): Files that failed, for ingestion jobs.
    """

    id: str
    name: str
    overall_status: JobDetailsOverallStatus
    passed_percentage: float
    failed_percentage: float
    progress: float
    created_at: datetime.datetime
    updated_at: datetime.datetime
    kind: str
    statuses: list[JobDetailsStatus]
    errors: list[str]
    duration: str
    duration_seconds: float
    status: None | str | Unset = UNSET
    canceled_by: None | str | Unset = UNSET
    cancel_reason: None | str | Unset = UNSET
    timeout: float | None | Unset = UNSET
    start_time: float | None | Unset = UNSET
    files_total: int | None | Unset = UNSET
    files_failed: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        overall_status: str = self.overall_status

        passed_percentage = self.passed_percentage

        failed_percentage = self.failed_percentage

        progress = self.progress

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        kind = self.kind

        statuses = []
        for statuses_item_data in self.statuses:
            statuses_item = statuses_item_data.to_dict()
            statuses.append(statuses_item)

        errors = self.errors

        duration = self.duration

        duration_seconds = self.duration_seconds

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        canceled_by: None | str | Unset
        if isinstance(self.canceled_by, Unset):
            canceled_by = UNSET
        else:
            canceled_by = self.canceled_by

        cancel_reason: None | str | Unset
        if isinstance(self.cancel_reason, Unset):
            cancel_reason = UNSET
        else:
            cancel_reason = self.cancel_reason

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        start_time: float | None | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        files_total: int | None | Unset
        if isinstance(self.files_total, Unset):
            files_total = UNSET
        else:
            files_total = self.files_total

        files_failed: int | None | Unset
        if isinstance(self.files_failed, Unset):
            files_failed = UNSET
        else:
            files_failed = self.files_failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "overall_status": overall_status,
                "passed_percentage": passed_percentage,
                "failed_percentage": failed_percentage,
                "progress": progress,
                "created_at": created_at,
                "updated_at": updated_at,
                "kind": kind,
                "statuses": statuses,
                "errors": errors,
                "duration": duration,
                "duration_seconds": duration_seconds,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if canceled_by is not UNSET:
            field_dict["canceled_by"] = canceled_by
        if cancel_reason is not UNSET:
            field_dict["cancel_reason"] = cancel_reason
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if files_total is not UNSET:
            field_dict["files_total"] = files_total
        if files_failed is not UNSET:
            field_dict["files_failed"] = files_failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_details_status import JobDetailsStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        overall_status = check_job_details_overall_status(d.pop("overall_status"))

        passed_percentage = d.pop("passed_percentage")

        failed_percentage = d.pop("failed_percentage")

        progress = d.pop("progress")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        kind = d.pop("kind")

        statuses = []
        _statuses = d.pop("statuses")
        for statuses_item_data in _statuses:
            statuses_item = JobDetailsStatus.from_dict(statuses_item_data)

            statuses.append(statuses_item)

        errors = cast(list[str], d.pop("errors"))

        duration = d.pop("duration")

        duration_seconds = d.pop("duration_seconds")

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_canceled_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        canceled_by = _parse_canceled_by(d.pop("canceled_by", UNSET))

        def _parse_cancel_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cancel_reason = _parse_cancel_reason(d.pop("cancel_reason", UNSET))

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_start_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_files_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        files_total = _parse_files_total(d.pop("files_total", UNSET))

        def _parse_files_failed(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        files_failed = _parse_files_failed(d.pop("files_failed", UNSET))

        job_details = cls(
            id=id,
            name=name,
            overall_status=overall_status,
            passed_percentage=passed_percentage,
            failed_percentage=failed_percentage,
            progress=progress,
            created_at=created_at,
            updated_at=updated_at,
            kind=kind,
            statuses=statuses,
            errors=errors,
            duration=duration,
            duration_seconds=duration_seconds,
            status=status,
            canceled_by=canceled_by,
            cancel_reason=cancel_reason,
            timeout=timeout,
            start_time=start_time,
            files_total=files_total,
            files_failed=files_failed,
        )

        job_details.additional_properties = d
        return job_details

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
