"""The Starlette application: the page, its assets, the maps' state as JSON, and a stream of
server-sent events that pushes a map's new state whenever its file changes on disk."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from argmap.serve.gallery import Gallery
from argmap.serve.guard import HostGuard
from argmap.serve.hub import CLOSED, Hub

STATIC = Path(__file__).parent / "static"
ASSETS = {"page.js": "text/javascript", "page.css": "text/css"}
KEEPALIVE = 15.0  # seconds between comments on an idle stream
WATCH_STEP_MS = 30  # how long the watcher waits for more changes before reporting a batch
IDLE_MS = 200  # the watcher reports "nothing changed" this often (the first report: it runs)
READY_TIMEOUT = 30.0


def create_app(gallery: Gallery, watch: bool = True, host: str = "127.0.0.1") -> Starlette:
    """The app for maps served on ``host`` (which Host headers it answers: serve/guard.py)."""
    hub = Hub()
    app = Starlette(
        routes=_routes(gallery, hub),
        lifespan=_lifespan(gallery, hub, watch),
        middleware=[Middleware(HostGuard, bound_host=host)],
    )
    app.state.stop = lambda: None  # replaced once the loop runs; called from the signal handler
    return app


def _routes(gallery: Gallery, hub: Hub) -> list[Route]:
    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "page.html", media_type="text/html", headers={"Cache-Control": "no-store"})

    async def asset(request: Request) -> Response:
        name = request.path_params["name"]
        if name not in ASSETS:
            return Response("not found", status_code=404)
        return FileResponse(STATIC / name, media_type=ASSETS[name], headers={"Cache-Control": "no-store"})

    async def maps(request: Request) -> Response:
        return JSONResponse([v.summary() for _, v in sorted(gallery.views.items())])

    async def one_map(request: Request) -> Response:
        view = gallery.views.get(request.path_params["key"])
        return JSONResponse(view.state()) if view else JSONResponse({"error": "no such map"}, status_code=404)

    async def events(request: Request) -> Response:
        key = request.query_params.get("map") or (gallery.single.name if gallery.single else None)
        return StreamingResponse(
            _stream(gallery, hub, key),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    return [
        Route("/", page),
        Route("/map/{key:path}", page),
        Route("/static/{name}", asset),
        Route("/api/maps", maps),
        Route("/api/map/{key:path}", one_map),
        Route("/api/events", events),
    ]


def _event(gallery: Gallery, key: str | None) -> str:
    """One event: a map's whole state (``state``), or every map's summary (``maps``)."""
    if key is None:
        summaries = [v.summary() for _, v in sorted(gallery.views.items())]
        return f"event: maps\ndata: {json.dumps(summaries)}\n\n"
    view = gallery.views.get(key)
    state = view.state() if view else {"key": key, "gone": True}
    return f"event: state\ndata: {json.dumps(state)}\n\n"


async def _stream(gallery: Gallery, hub: Hub, key: str | None):
    queue = hub.subscribe()
    try:
        yield _event(gallery, key)
        while True:
            try:
                changed = await asyncio.wait_for(queue.get(), KEEPALIVE)
            except TimeoutError:
                yield ": keep-alive\n\n"
                continue
            if changed is CLOSED:
                return
            if key is None or changed == key:
                yield _event(gallery, key)
    finally:
        hub.unsubscribe(queue)


def _lifespan(gallery: Gallery, hub: Hub, watch: bool):
    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette):
        loop = asyncio.get_running_loop()
        stop = asyncio.Event()

        def stop_now() -> None:
            stop.set()
            hub.close()

        app.state.stop = lambda: loop.call_soon_threadsafe(stop_now)
        watcher = None
        if watch:  # watching before the first drawing, so that no save goes unnoticed
            ready = asyncio.Event()
            watcher = asyncio.create_task(watch_maps(gallery, hub, stop, ready))
            await asyncio.wait_for(ready.wait(), READY_TIMEOUT)
        await asyncio.to_thread(gallery.refresh_all)
        try:
            yield
        finally:
            stop_now()
            if watcher is not None:
                watcher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await watcher

    return lifespan


async def watch_maps(gallery: Gallery, hub: Hub, stop: asyncio.Event, ready: asyncio.Event) -> None:
    """Redraw each map whose file changed (saved, created, deleted) and tell its pages.
    ``ready`` is set once the watcher runs (its first idle timeout)."""
    import watchfiles

    async for changes in watchfiles.awatch(
        gallery.root,
        stop_event=stop,
        step=WATCH_STEP_MS,
        recursive=gallery.single is None,
        rust_timeout=IDLE_MS,
        yield_on_timeout=True,
    ):
        ready.set()
        keys = {key for _, path in changes if (key := gallery.key_for(path)) is not None}
        if changes and gallery.single is None:  # a map in a folder made just now can slip past
            keys |= set(await asyncio.to_thread(gallery.keys_on_disk)) ^ set(gallery.views)
        for key in sorted(keys):
            await asyncio.to_thread(gallery.refresh, key)
            hub.publish(key)  # index pages listen to every key: the list may have changed
