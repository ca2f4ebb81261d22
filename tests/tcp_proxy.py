"""A tiny TCP proxy for tests: lets a test cut, black-hole and restore the connection to a database server."""

from __future__ import annotations

import asyncio
import contextlib


class TcpProxy:
    def __init__(self, target_host: str, target_port: int, listen_port: int = 0) -> None:
        self.target = (target_host, target_port)
        self.port = listen_port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        # Black hole: connections are accepted and bytes read, but nothing is forwarded either way (a peer that
        # stopped answering, or a network that drops packets: no error ever reaches the client).
        self.black_hole = False
        self._flowing = asyncio.Event()
        self._flowing.set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    def set_black_hole(self, on: bool) -> None:
        """On: every open and new connection swallows its bytes. Off: new connections work again; the swallowed
        ones stay dead (their protocol state is lost), as after a real outage."""
        self.black_hole = on
        if on:
            self._flowing.clear()
        else:
            self._flowing.set()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if self.black_hole:
            await self._swallow(reader, writer)
            return
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        dead = False

        async def pipe(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            nonlocal dead
            with contextlib.suppress(Exception):
                while data := await src.read(65536):
                    if self.black_hole or dead:
                        dead = True  # from now on this connection is a black hole for good
                        continue
                    dst.write(data)
                    await dst.drain()
            with contextlib.suppress(Exception):
                dst.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))
        self._writers -= {writer, up_writer}

    async def _swallow(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        with contextlib.suppress(Exception):
            while await reader.read(65536):
                pass
        self._writers.discard(writer)

    async def stop(self) -> None:
        """Refuse new connections and cut every open one (the database 'goes away')."""
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(TimeoutError):  # newer Pythons also wait for the open connections
                await asyncio.wait_for(self._server.wait_closed(), 1)
            self._server = None
        for w in list(self._writers):
            with contextlib.suppress(Exception):
                w.transport.abort()
        self._writers.clear()
