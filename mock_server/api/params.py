"""Query parameters shared by many operations, with the spec's bounds and defaults."""

from __future__ import annotations

from typing import Annotated, Literal

from litestar.params import QueryParameter

__all__ = ["Limit", "Offset", "SortColumn", "Timeout"]

Offset = Annotated[int, QueryParameter(ge=0, description="Items to skip.")]
Limit = Annotated[int, QueryParameter(ge=1, le=10000, description="Most items to return.")]
SortColumn = Annotated[Literal["updated_at", "created_at", "name"], QueryParameter()]
Timeout = Annotated[float, QueryParameter(ge=0, description="Seconds the caller will wait.")]
