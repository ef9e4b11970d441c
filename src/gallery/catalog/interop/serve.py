"""A local static web server for an exported IIIF folder: CORS open, JSON typed as JSON.

For a quick look with a IIIF viewer on this machine; a real publication goes on any web server
(set the same two things there: `Access-Control-Allow-Origin: *` and `.json` as JSON).
"""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


class IiifRequestHandler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 -- the base class reads it from the instance
        **SimpleHTTPRequestHandler.extensions_map,
        ".json": "application/json", ".jsonld": "application/ld+json", ".jpg": "image/jpeg",
        ".xml": "application/xml"}
    prefix = ""  # the path of the base URL the folder was exported for ("/leonov")

    def translate_path(self, path: str) -> str:
        """The folder is served under the base URL's path; anything else is not found."""
        route = path.split("?", 1)[0].split("#", 1)[0]
        if self.prefix:
            if route != self.prefix and not route.startswith(self.prefix + "/"):
                return str(Path(self.directory) / ".not-under-the-base-path")  # a 404
            path = path[len(self.prefix):] or "/"
        return super().translate_path(path)

    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()

    def do_OPTIONS(self) -> None:
        self.send_response(204)
        self.send_header("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "*")
        self.end_headers()


class QuietIiifRequestHandler(IiifRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def make_server(folder: Path, port: int = 8000, host: str = "127.0.0.1",
                quiet: bool = False, prefix: str = "") -> ThreadingHTTPServer:
    """A server for `folder` on host:port (port 0 picks a free one) under the URL path
    `prefix` ("" or "/leonov/iiif"); call serve_forever()."""
    base = QuietIiifRequestHandler if quiet else IiifRequestHandler
    handler = type("Handler", (base,), {"prefix": prefix.rstrip("/")})
    return ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(folder)))


def served_at(collection_id: str) -> tuple[str | None, int | None, str]:
    """(host, port, path) of the base URL a collection was exported for."""
    parts = urlsplit(collection_id.removesuffix("/collection.json"))
    return parts.hostname, parts.port, parts.path.rstrip("/")
