"""The reader process: a big sheet read and normalised by a spawned child while this process writes.

It can be started before the database is open (`start_reader`), so the child parses the file
while this process imports SQLAlchemy and opens or creates the database; the office's ID salt,
which the child needs only from the first record on, follows through a pipe of its own once the
database has given it. This module imports nothing beyond the standard library at first: the
CLI calls it before loading anything heavy (benchmarks/import_100k.py measures the whole
process).

The child runs `stream.read_records`, so its events and their order are those of this process:
`Opened`, then `Chunk`s in sheet order, then `Finished`.
"""

from __future__ import annotations

import multiprocessing
import pickle
import sys
import threading
import traceback
import types
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any

from operator_app.importing.errors import ImportFileError

if TYPE_CHECKING:
    from operator_app.importing.stream import Event, Opened

CHILD_MIN_BYTES = 2_000_000  # xlsx bytes below which a child process costs more than it saves


def wants_child(path: Path) -> bool:
    """Whether a file is big enough for the reader process (else it is read in this process)."""
    return path.is_file() and path.stat().st_size >= CHILD_MIN_BYTES


class ReaderProcess:
    """`stream.read_records` of one file in a child process (spawned, as on Windows, never
    forked: the GUI has threads), started at once. A thread here drains the pipe as events
    arrive, so the child never waits for the writer. `close` (or leaving the `with` block, or
    closing the `events` generator early: cancel, a failed write, a database that would not
    open) stops the child."""

    def __init__(self, path: Path, **options: Any) -> None:
        self.path = path
        self.options = options
        context = multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        salt_receiver, self._salt_sender = context.Pipe(duplex=False)
        self._child = context.Process(target=_child_main, args=(sender, salt_receiver, path, options), daemon=True,
                                      name="operator-import-reader")
        with _main_module_hidden():
            self._child.start()
        # The child holds the only sending end: its exit ends recv_bytes() with EOFError.
        sender.close()
        salt_receiver.close()
        self._receiver = receiver
        self._arrived: SimpleQueue[bytes | None] = SimpleQueue()
        self._drainer = threading.Thread(target=self._drain, name="operator-import-pipe", daemon=True)
        self._drainer.start()
        self._used = False

    def _drain(self) -> None:
        try:
            while True:
                self._arrived.put(self._receiver.recv_bytes())
        except (EOFError, OSError):
            pass
        finally:
            self._arrived.put(None)

    def events(self, salt: bytes | Callable[[Opened], bytes]) -> Generator[Event, None, None]:
        """The events of the sheet; `salt` keys the ID-number hashes, or is a function of the
        sheet's `Opened` that gives it (asked only once the header is known: the key comes from
        the keyring, slow to load, and a sheet without ID numbers does not need it). Raises
        ImportFileError (before the first event) for a file that cannot be imported. Once only."""
        if self._used:
            raise RuntimeError("the reader's events were already taken")
        self._used = True
        from operator_app.importing.stream import Finished  # here: this module stays light to import
        from operator_app.importing.stream import Opened as OpenedEvent

        def send(key: bytes) -> None:
            try:
                self._salt_sender.send_bytes(key)
            except OSError:  # the child has ended already (a broken file): its message says why
                pass

        try:
            if not callable(salt):
                send(salt)
            while True:
                data = self._arrived.get()
                if data is None:
                    self._child.join(5)
                    raise RuntimeError(f"the import reader process ended early (exit code {self._child.exitcode})")
                message = pickle.loads(data)
                if isinstance(message, _Failure):
                    if message.code:
                        raise ImportFileError.of(message.code, message.params)
                    raise RuntimeError(f"the import reader process failed:\n{message.detail}")
                if callable(salt) and isinstance(message, OpenedEvent):
                    send(salt(message))
                yield message
                if isinstance(message, Finished):
                    return
        finally:
            self.close()

    def close(self) -> None:
        if self._child.is_alive():
            self._child.terminate()
        self._child.join()
        self._drainer.join()
        self._receiver.close()
        self._salt_sender.close()

    def __enter__(self) -> ReaderProcess:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def start_reader(path: Path, **options: Any) -> ReaderProcess | None:
    """A reader process for `path`, started now, when the file is big enough to want one."""
    return ReaderProcess(path, **options) if wants_child(path) else None


def read_records_in_child(path: Path, salt: bytes, **options: Any) -> Generator[Event, None, None]:
    """`stream.read_records` run by a child process."""
    yield from ReaderProcess(path, **options).events(salt)


@contextmanager
def _main_module_hidden() -> Iterator[None]:
    """A spawned child first re-runs the parent's main script (main.py: the whole CLI with
    SQLAlchemy and Alembic) unless the main module is `python -m`'s. The reader needs
    none of it, so while the child is launched the main module is a bare stub; multiprocessing
    reads it only inside `start()`."""
    with _launching:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


_launching = threading.Lock()


class _ParentGone(Exception):
    """The parent closed the reader without sending the salt."""


@dataclass
class _Failure:
    code: str | None
    params: dict[str, object]
    detail: str = ""


def _child_main(sender: Connection, salt_receiver: Connection, path: Path, options: dict[str, Any]) -> None:
    import gc

    gc.disable()  # a million cells, no cycles: the collector would rescan them again and again
    from operator_app.importing.stream import read_records

    def salt(_opened: object) -> bytes:
        try:
            return salt_receiver.recv_bytes()
        except EOFError:
            raise _ParentGone() from None

    try:
        for event in read_records(path, salt, **options):
            sender.send(event)
    except _ParentGone:  # the parent closed the reader before sending the salt: nothing to do
        pass
    except ImportFileError as exc:
        sender.send(_Failure(exc.code, exc.params))
    except BaseException:  # reported to the parent, which raises it there
        sender.send(_Failure(None, {}, traceback.format_exc()))
    finally:
        sender.close()
        salt_receiver.close()
