"""Engines: ordered maps on this machine and on a Dask cluster, with identical outputs."""

from __future__ import annotations

import dataclasses
import math
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, DEMO

from chronograph.engines import EngineError, LocalEngine, get_engine
from chronograph.pipeline import build, build_with_stats

FORMATS = ("json", "csv", "graphml", "gexf", "report")


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    for src in sorted(DEMO.iterdir()) + sorted(CORPUS.glob("*.txt"))[:20]:
        shutil.copy(src, root / src.name)
    (root / "empty.txt").write_text("")
    return root


def _outputs(kg, out: Path) -> dict[str, bytes]:
    kg.write(out, FORMATS)
    return {p.name: p.read_bytes() for p in sorted(out.iterdir())}


def test_local_engine_keeps_input_order() -> None:
    items = [float(n) for n in range(200)]
    for jobs in (1, 2):
        with LocalEngine(jobs) as engine:
            assert list(engine.map(math.sqrt, items)) == [math.sqrt(x) for x in items]


def test_engine_choice_errors() -> None:
    with pytest.raises(EngineError, match="unknown engine"):
        get_engine("spark")
    with pytest.raises(EngineError, match="--engine dask"):
        get_engine("local", scheduler="tcp://127.0.0.1:8786")


class _OtherVersionEngine(LocalEngine):
    """Workers that run another chronograph (another extractor version)."""

    def map(self, fn, items):
        return (dataclasses.replace(r, extractor="0+other") for r in super().map(fn, items))


def test_workers_with_another_chronograph_are_refused(folder) -> None:
    with pytest.raises(EngineError, match="same chronograph version"):
        build(folder, engine=_OtherVersionEngine(1))


# --- Dask (skipped when dask.distributed is not installed) ----------------------------------------

NO_DASK = "dask.distributed is not installed (pip install 'chronograph[dask]'): Dask engine not tested"


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded in-process workers: starts in about a second."""
    distributed = pytest.importorskip("distributed", reason=NO_DASK)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None) as c:
        yield c


def test_dask_engine_gives_the_local_output(folder, cluster, tmp_path) -> None:
    from chronograph.engines import DaskEngine

    reference = _outputs(build(folder), tmp_path / "local")
    engine = DaskEngine(cluster.scheduler_address, partition_size=4)  # several partitions, gathered in order
    try:
        kg, stats = build_with_stats(folder, engine=engine)
    finally:
        engine.close()
    assert stats.extracted == stats.articles > 20
    assert _outputs(kg, tmp_path / "dask") == reference


def test_dask_engine_by_name_and_address_with_a_store(folder, cluster, tmp_path) -> None:
    reference = _outputs(build(folder), tmp_path / "local")
    db = tmp_path / "chronograph.db"
    kg, stats = build_with_stats(folder, store=db, engine="dask", scheduler=cluster.scheduler_address)
    assert stats.extracted == stats.articles
    assert _outputs(kg, tmp_path / "dask") == reference
    _, again = build_with_stats(folder, store=db, engine="dask", scheduler=cluster.scheduler_address)
    assert again.extracted == 0 and again.reused == stats.articles


def test_unreachable_scheduler_is_an_engine_error() -> None:
    pytest.importorskip("distributed", reason=NO_DASK)
    from chronograph.engines import DaskEngine

    with pytest.raises(EngineError, match="cannot reach"):
        DaskEngine("tcp://127.0.0.1:9", connect_timeout="1s")

