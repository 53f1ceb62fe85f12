"""``argmap serve``: a local web page per map that redraws itself whenever the map is saved.

``gallery`` holds each map's last good diagram and current problems (plain Python, no web
framework); ``hub`` fans changes out to the open pages; ``app`` is the Starlette application
(pages, server-sent events, the file watcher); ``runner`` starts uvicorn on a loopback socket
and stops it cleanly on Ctrl-C.
"""
