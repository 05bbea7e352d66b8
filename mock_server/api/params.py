"""Query parameters shared by many operations, with the spec's bounds and defaults."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar.params import Parameter

__all__ = ["Limit", "Offset", "SortColumn", "Timeout"]

Offset = Annotated[int, Parameter(query="offset", ge=0, description="Items to skip.")]
Limit = Annotated[int, Parameter(query="limit", ge=1, le=10000, description="Most items to return.")]
SortColumn = Literal["updated_at", "created_at", "name"]
Timeout = Annotated[float, Parameter(query="timeout", ge=0, description="Seconds the caller will wait.")]
