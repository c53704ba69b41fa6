"""Where extraction runs: in this process, in a local process pool, or on a Dask cluster.

An engine maps a picklable, module-level function over a list of items and yields the results
**in input order**, whatever ran where or finished first; that is what keeps a build's output
byte-identical whatever the engine or the number of jobs.

* ``local`` — ``jobs=1`` runs in this process; ``jobs>1`` a :class:`~concurrent.futures.ProcessPoolExecutor`.
* ``dask`` — a Dask bag over the items on a ``dask.distributed`` cluster: the scheduler at
  ``scheduler`` (``tcp://host:8786``), or a :class:`~distributed.LocalCluster` of ``jobs`` worker
  processes when none is given. Needs the optional extra ``pip install 'chronograph[dask]'``; the
  workers must import the same chronograph and, since they read the files themselves, see the
  corpus at the same path (a shared or synced folder).

The per-article time budget of :func:`chronograph.pipeline.extract_one` (a ``SIGALRM``) applies
where extraction runs in a process's main thread: in this process and in the local pool's
workers; Dask worker threads extract without it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

ENGINES = ("local", "dask")

__all__ = ["ENGINES", "DaskEngine", "Engine", "EngineError", "LocalEngine", "get_engine"]


class EngineError(ValueError):
    """An engine cannot start (its library is missing, or the scheduler cannot be reached)."""


class Engine:
    """Ordered map of a function over items; use as a context manager."""

    name = "engine"

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        raise NotImplementedError

    def close(self) -> None:
        """Release workers (a no-op for engines that hold none between maps)."""

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalEngine(Engine):
    """This machine: in-process for ``jobs <= 1``, else a pool of ``jobs`` processes."""

    name = "local"

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, int(jobs))
        self._pool: ProcessPoolExecutor | None = None

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        if self.jobs == 1 or len(items) <= 1:
            return map(fn, items)
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.jobs)
        # small chunks keep the workers busy to the end; large enough to amortise the pickling
        chunksize = max(1, min(64, len(items) // (self.jobs * 16)))
        return self._pool.map(fn, items, chunksize=chunksize)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


class DaskEngine(Engine):
    """A ``dask.distributed`` cluster: an existing scheduler, or a LocalCluster of ``jobs`` workers."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, jobs: int = 1, partition_size: int = 64,
                 connect_timeout: str = "20s", **cluster_options: Any) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise EngineError("the dask engine needs dask.distributed: pip install 'chronograph[dask]'") from exc
        self.partition_size = max(1, partition_size)
        self._cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout=connect_timeout)
            else:
                options: dict[str, Any] = {"n_workers": max(1, jobs), "threads_per_worker": 1,
                                           "dashboard_address": None}
                options.update(cluster_options)
                self._cluster = LocalCluster(**options)
                self.client = Client(self._cluster)
        except OSError as exc:  # includes timeouts connecting to the scheduler
            if self._cluster is not None:
                self._cluster.close()
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
        import dask.bag as db

        if not items:
            return iter(())
        npartitions = max(1, -(-len(items) // self.partition_size))
        bag = db.from_sequence(list(items), npartitions=npartitions).map(fn)
        # one future per partition, gathered in order while the rest still run
        futures = self.client.compute(bag.to_delayed())

        def ordered() -> Iterator[R]:
            try:
                for future in futures:
                    yield from future.result()
            finally:
                for future in futures:
                    future.cancel()

        return ordered()

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def get_engine(name: str = "local", jobs: int = 1, scheduler: str | None = None) -> Engine:
    """The engine called ``name`` (``local`` or ``dask``)."""
    if name == "local":
        if scheduler:
            raise EngineError("--scheduler is for the dask engine: add --engine dask")
        return LocalEngine(jobs)
    if name == "dask":
        return DaskEngine(scheduler, jobs=jobs)
    raise EngineError(f"unknown engine {name!r} (choose from {', '.join(ENGINES)})")
