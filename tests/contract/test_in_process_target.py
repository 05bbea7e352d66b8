"""The in-process target: each renewal is the demo data again, and ids never repeat across renewals."""

from __future__ import annotations

from litestar.testing import TestClient

from contract_tests.inprocess import in_process_target
from tests._headers import USER


def test_a_renewed_target_holds_the_demo_data_and_draws_new_ids() -> None:
    target = in_process_target()
    with TestClient(target.app, base_url="http://testserver.local") as http:
        http.headers.update(USER)

        def names() -> list[str]:
            return sorted(c["name"] for c in http.get("/api/v1/collections").json())

        def create() -> str:
            response = http.post("/api/v1/collections", json={"name": "new", "description": "d"})
            assert response.status_code == 201, response.text
            return str(response.json()["id"])

        demo = names()
        drawn = [create()]
        for _ in range(3):
            target.reset()
            assert names() == demo
            drawn.append(create())
            assert names() == sorted([*demo, "new"])
    assert len(set(drawn)) == len(drawn), drawn
