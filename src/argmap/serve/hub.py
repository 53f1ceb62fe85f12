"""Fan-out of "this map changed" to every open page (one asyncio queue a subscriber)."""

from __future__ import annotations

import asyncio

CLOSED = object()


class Hub:
    def __init__(self) -> None:
        self._queues: set[asyncio.Queue] = set()
        self.closed = False

    def subscribe(self) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue()
        if self.closed:
            queue.put_nowait(CLOSED)
        self._queues.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue) -> None:
        self._queues.discard(queue)

    def publish(self, key: str) -> None:
        for queue in self._queues:
            queue.put_nowait(key)

    def close(self) -> None:
        """End every stream, so that the server can stop without waiting for the pages."""
        self.closed = True
        for queue in self._queues:
            queue.put_nowait(CLOSED)
