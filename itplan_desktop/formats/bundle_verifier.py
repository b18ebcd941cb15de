"""Reading and verifying many bundle files ahead of their import, in worker processes.

Verifying a bundle (zip checks, signature, hashes, the plan file's schema, codec and
consistency checks) touches no database and is two fifths of importing it; a province
importing its 50–3.321 files has the import's writer wait for it. `verified_files` yields
each file's verdict in order — its `BundleContents`, or the `UserError` refusing it — read by
worker processes (spawned, so a GUI's threads are not forked) while the caller applies the
previous ones. Every check is the same `read_bundle`; a few files, or one core, are read in
the calling process as before.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

from ..messages import UserError
from .bundle_reader import BundleContents, read_bundle

WORKERS_FROM = 48
"""From how many files workers read ahead (starting one costs about half a second)."""
MAX_WORKERS = 3
AHEAD = 8
"""Files read ahead per worker: bounds the memory held by verdicts not yet applied."""

Verdict = BundleContents | UserError


def verify_file(path: Path) -> Verdict:
    """`read_bundle`'s result, or its refusal (any failure is one, naming the file)."""
    try:
        return read_bundle(Path(path))
    except UserError as error:
        return error
    except Exception as error:  # read_bundle refuses what it can; this is the last word
        reason = f"{type(error).__name__}: {str(error)[:200]}"
        return UserError("file.refused", name=Path(path).name, reason=reason)


def worker_count(files: int) -> int:
    """Worker processes for `files` files: none below WORKERS_FROM or on one core."""
    cores = os.cpu_count() or 1
    if files < WORKERS_FROM or cores < 2:
        return 0
    return max(1, min(cores - 1, MAX_WORKERS))


def verified_files(
    paths: Sequence[Path], workers: int | None = None
) -> Generator[Verdict, None, None]:
    """Each file's verdict, in the order of `paths`. Closing the iterator early (a cancelled
    import) stops the workers; files not yet asked for are not waited for. Workers that
    cannot start or die (a frozen program without multiprocessing support, no memory) leave
    the remaining files to be read here, so the import goes on."""
    count = worker_count(len(paths)) if workers is None else workers
    done = 0
    if count > 0:
        try:
            for verdict in _from_workers(paths, count):
                done += 1
                yield verdict
            return
        except (BrokenProcessPool, OSError, RuntimeError):  # pragma: no cover - environment
            pass  # read the rest here
    for path in paths[done:]:
        yield verify_file(path)


def _from_workers(paths: Sequence[Path], count: int) -> Iterator[Verdict]:
    pool = ProcessPoolExecutor(max_workers=count, mp_context=get_context("spawn"))
    pending: deque[Future[Verdict]] = deque()
    queued = iter(paths)
    try:
        for path in queued:
            pending.append(pool.submit(verify_file, path))
            if len(pending) >= count * AHEAD:
                break
        while pending:
            verdict = pending.popleft().result()
            following = next(queued, None)
            if following is not None:
                pending.append(pool.submit(verify_file, following))
            yield verdict
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
