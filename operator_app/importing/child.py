"""The reader process: every sheet is read and normalised by a spawned child while this process
writes, and every preview is made there too.

A hostile or broken file (importing.limits: one cell at XFD1048576, a zip bomb, a 50 MB line)
can cost at most the child: it runs under a memory limit (POSIX RLIMIT_AS, `limits.
reader_memory_bytes`; Windows has no such call, and a job object is not set up yet, so there the
bounds of importing.limits and the OS's own commit limit are what stop it), its own error
output goes nowhere, and a child that dies becomes one line for the operator
(`file_needs_too_much_memory`, exit 2), never a crash of the app (the GUI) or of `import`.

It can be started before the database is open (`start_reader`), so the child parses the file
while this process imports SQLAlchemy and opens or creates the database; the office's ID salt,
which the child needs only from the first ID number on, follows through a pipe of its own once the
database has given it. This module imports nothing beyond the standard library at first: the
CLI calls it before loading anything heavy (benchmarks/import_100k.py measures the whole
process).

The child runs `stream.read_records`, so its events and their order are those of this process:
`Opened`, then `Chunk`s in sheet order, then `Finished`.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pickle
import threading
import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.reduction import ForkingPickler as _ForkingPickler
from pathlib import Path
from queue import SimpleQueue
from typing import TYPE_CHECKING, Any, TypeVar

from operator_app.importing.errors import ImportFileError
from operator_app.importing.limits import reader_memory_bytes
from operator_app.processes import main_module_hidden, quiet_stderr, small_and_alone

if TYPE_CHECKING:
    from operator_app.importing.stream import Event, Opened

T = TypeVar("T")


class ReaderProcess:
    """`stream.read_records` of one file in a child process (spawned, as on Windows: the GUI has
    threads; forked only with `fork_if_small`, see `start_reader`), started at once. A thread here
    drains the pipe as events arrive, so the child never waits for the writer. `close` (or
    leaving the `with` block, or closing the `events` generator early: cancel, a failed write, a
    database that would not open) stops the child."""

    def __init__(self, path: Path, *, fork_if_small: bool = False, **options: Any) -> None:
        self.path = path
        self.options = options
        forked = fork_if_small and small_and_alone()
        context = multiprocessing.get_context("fork") if forked else multiprocessing.get_context("spawn")
        receiver, sender = context.Pipe(duplex=False)
        _widen(receiver)
        salt_receiver, self._salt_sender = context.Pipe(duplex=False)
        # A forked child starts with this process's ends of both pipes too: it closes them first,
        # or a killed app would leave it waiting forever on pipes it holds open itself.
        ours = (receiver, self._salt_sender) if forked else ()
        self._child = context.Process(target=_child_main, args=(sender, salt_receiver, path, options, ours),
                                      daemon=True, name="operator-import-reader")
        with main_module_hidden():
            self._child.start()
        # The child holds the only sending end: its exit ends recv_bytes() with EOFError.
        sender.close()
        salt_receiver.close()
        self._receiver = receiver
        self._arrived: SimpleQueue[bytes | None] = SimpleQueue()
        self._drainer = threading.Thread(target=self._drain, name="operator-import-pipe", daemon=True)
        self._drainer.start()
        self._used = False
        self._peeked: list[bytes | None] = []  # the first message, once `check_opened` waited for it

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
                data = self._peeked.pop() if self._peeked else self._arrived.get()
                if data is None:
                    self._child.join(5)
                    raise _died(self.path)
                message = pickle.loads(data)
                if isinstance(message, _Failure):
                    raise message.error()
                if callable(salt) and isinstance(message, OpenedEvent):
                    send(salt(message))
                yield message
                if isinstance(message, Finished):
                    return
        finally:
            self.close()

    def check_opened(self) -> None:
        """Wait until the reader has opened the sheet (its first event; the salt is not needed
        for it); raise its ImportFileError now if the file cannot be imported. For `import`
        into a database that does not exist yet: a broken file must not leave an empty office."""
        if not self._peeked:
            self._peeked.append(self._arrived.get())
        data = self._peeked[0]
        if data is None:
            self._child.join(5)
            raise _died(self.path)
        message = pickle.loads(data)
        if isinstance(message, _Failure):
            raise message.error()

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


def start_reader(path: Path, **options: Any) -> ReaderProcess:
    """A reader process for `path`, started now: the CLI's, before it loads anything heavy. There
    (on Linux) it is forked, not spawned: the child starts reading at once instead of first
    starting an interpreter and importing again what this process has imported."""
    return ReaderProcess(path, fork_if_small=True, **options)


PIPE_BYTES = 1_048_576


def _widen(end: Connection) -> None:
    """Let the events' pipe hold a good part of a chunk (Linux: F_SETPIPE_SZ; elsewhere, or
    beyond the system's cap, it stays as it is). A chunk then crosses in a few writes instead
    of dozens, each of which waits for this process's draining thread to get the GIL back from
    the writer."""
    try:
        import fcntl

        fcntl.fcntl(end.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):
        pass


def call_in_reader(path: Path, function: Callable[..., T], /, *args: Any, **kwargs: Any) -> T:
    """`function(path, *args, **kwargs)` run in a reader process of its own (a preview): its
    result, or its ImportFileError raised here. `function` must be importable by name."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_call_main, args=(sender, function, path, args, kwargs), daemon=True,
                            name="operator-import-reader")
    with main_module_hidden():
        child.start()
    sender.close()
    try:
        try:
            message = receiver.recv()
        except EOFError:
            child.join(5)
            raise _died(path) from None
    finally:
        if child.is_alive():
            child.terminate()
        child.join()
        receiver.close()
    if isinstance(message, _Failure):
        raise message.error()
    return message


def _died(path: Path) -> ImportFileError:
    """The reader ended without a word: killed by its memory limit (an allocation the limit
    refused aborts it), by the OS, or by a person."""
    return ImportFileError("file_needs_too_much_memory", path=path.name,
                           limit_mb=reader_memory_bytes() // 1_048_576)


def read_records_in_child(path: Path, salt: bytes, **options: Any) -> Generator[Event, None, None]:
    """`stream.read_records` run by a child process."""
    yield from ReaderProcess(path, **options).events(salt)


class _ParentGone(Exception):
    """The parent closed the reader without sending the salt."""


@dataclass
class _Failure:
    code: str | None
    params: dict[str, object]
    detail: str = ""

    def error(self) -> Exception:
        if self.code:
            return ImportFileError.of(self.code, self.params)
        return RuntimeError(f"the import reader process failed:\n{self.detail}")


def _confine() -> None:
    """The child's own limits: its address space, and its error output, which would otherwise
    add lines (an aborted allocation's note) to the app's one-line answer."""
    limit = reader_memory_bytes()
    try:
        import resource
    except ImportError:  # Windows: the bounds of importing.limits only
        resource = None  # type: ignore[assignment]
    if resource is not None and limit:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        except (ValueError, OSError):
            pass
    quiet_stderr()


def _failure_of(exc: BaseException, path: Path) -> _Failure:
    if isinstance(exc, ImportFileError):
        return _Failure(exc.code, exc.params)
    if isinstance(exc, MemoryError):
        return _Failure("file_needs_too_much_memory", {"path": path.name, "limit_mb": reader_memory_bytes() // 1_048_576})
    return _Failure(None, {}, traceback.format_exc())


def _call_main(sender: Connection, function: Callable[..., object], path: Path, args: tuple[Any, ...],
               kwargs: dict[str, Any]) -> None:
    _confine()
    try:
        result = function(path, *args, **kwargs)
    except BaseException as exc:  # reported to the parent, which raises it there
        result = _failure_of(exc, path)
    try:
        sender.send(result)
    finally:
        sender.close()


def _child_main(sender: Connection, salt_receiver: Connection, path: Path, options: dict[str, Any],
                parents_ends: tuple[Connection, ...] = ()) -> None:
    import gc

    for end in parents_ends:  # forked: the app's ends, which only the app may hold open
        end.close()
    _confine()
    gc.disable()  # a million cells, no cycles: the collector would rescan them again and again
    from operator_app.importing.readers import read_table

    # The rules (and the phone numbers' metadata) load in a thread while calamine parses the
    # file, which it does without holding the GIL: the first rows go out that much sooner.
    rules = threading.Thread(target=importlib.import_module, args=("operator_app.importing.stream",),
                             name="operator-import-rules", daemon=True)
    rules.start()

    def salt(_opened: object) -> bytes:
        try:
            return salt_receiver.recv_bytes()
        except EOFError:
            raise _ParentGone() from None

    outbox = _Outbox(sender)
    try:
        table = read_table(path, options.get("sheet"))
        rules.join()
        from operator_app.importing.stream import read_records

        for event in read_records(path, salt, table=table, **options):
            outbox.put(event)
    except _ParentGone:  # the parent closed the reader before sending the salt: nothing to do
        pass
    except BaseException as exc:  # reported to the parent, which raises it there
        outbox.put(_failure_of(exc, path))
    finally:
        outbox.close()
        sender.close()
        salt_receiver.close()


class _Outbox:
    """The child's events, pickled here and written to the pipe by a thread of their own, in
    order: a write waits whenever the pipe is full (until the app's draining thread has the GIL
    to read), and meanwhile the reader goes on with the next rows instead of waiting with it."""

    def __init__(self, sender: Connection) -> None:
        self._sender = sender
        self._queue: SimpleQueue[bytes | memoryview | None] = SimpleQueue()
        self._thread = threading.Thread(target=self._send, name="operator-import-send", daemon=True)
        self._thread.start()

    def put(self, message: object) -> None:
        self._queue.put(_ForkingPickler.dumps(message))

    def close(self) -> None:
        """Once every message put is written (or the pipe has broken: the app has gone)."""
        self._queue.put(None)
        self._thread.join()

    def _send(self) -> None:
        broken = False
        while (data := self._queue.get()) is not None:
            if broken:
                continue
            try:
                self._sender.send_bytes(data)
            except OSError:  # the app closed its end: what is left goes nowhere
                broken = True
