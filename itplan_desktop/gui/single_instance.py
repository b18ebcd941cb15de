"""One window per database: a lock file beside the database (QLockFile) and a local socket
(QLocalServer) on which a second launch hands over the files it was given, then quits.

The running window opens the files handed over (plan files, Excel tables, bundles, as if
opened from Explorer) and comes to the front. A lock left by a crashed process is stale
(its process is gone) and taken over.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_TIMEOUT_MS = 3000


def server_name(database: Path) -> str:
    """The local socket's name for a database (the same for every launch on it)."""
    digest = hashlib.sha256(str(Path(database).absolute()).encode("utf-8")).hexdigest()
    return f"itplan-desktop-{digest[:24]}"


def lock_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".lock")


class SingleInstance(QObject):
    """The guard of one database. `acquire()` in the first launch; a second launch's
    `acquire()` is False and `hand_over(files)` sends its files to the first."""

    files_received = Signal(list)  # list[Path]

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = Path(database)
        self.name = server_name(self.database)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._pending: dict[QLocalSocket, bytearray] = {}

    def acquire(self) -> bool:
        """Take the lock and listen for later launches; False when another window holds it."""
        self.database.parent.mkdir(parents=True, exist_ok=True)
        lock = QLockFile(str(lock_path(self.database)))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(100):
            return False
        self._lock = lock
        QLocalServer.removeServer(self.name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        server.listen(self.name)
        self._server = server
        return True

    def hand_over(self, files: Sequence[Path]) -> bool:
        """Send `files` to the window holding the database; False if it cannot be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(_TIMEOUT_MS):
            return False
        payload = json.dumps({"files": [str(Path(f).absolute()) for f in files]}).encode()
        socket.write(payload)
        socket.flush()
        ok = socket.waitForBytesWritten(_TIMEOUT_MS) or socket.bytesToWrite() == 0
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(_TIMEOUT_MS)
        return ok

    def release(self) -> None:
        for socket in list(self._pending):
            self._drop(socket)
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._pending[socket] = bytearray()
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._finished)

    def _read(self) -> None:
        socket = self.sender()
        if socket in self._pending:
            self._pending[socket].extend(bytes(socket.readAll().data()))

    def _finished(self) -> None:
        socket = self.sender()
        if socket not in self._pending:
            return
        self._pending[socket].extend(bytes(socket.readAll().data()))
        raw = bytes(self._pending[socket])
        self._drop(socket)
        self._deliver(raw)

    def _drop(self, socket: QLocalSocket) -> None:
        self._pending.pop(socket, None)
        socket.readyRead.disconnect(self._read)
        socket.disconnected.disconnect(self._finished)
        socket.abort()
        socket.deleteLater()

    def _deliver(self, raw: bytes) -> None:
        try:
            files = json.loads(raw.decode("utf-8")).get("files", [])
        except (UnicodeDecodeError, ValueError, AttributeError):
            return  # not one of ours
        if isinstance(files, list):
            self.files_received.emit([Path(str(f)) for f in files[:1000]])
