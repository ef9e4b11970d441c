"""A local static web server for an exported IIIF folder: CORS open, JSON typed as JSON.

For a quick look with a IIIF viewer on this machine; a real publication goes on any web server
(set the same two things there: `Access-Control-Allow-Origin: *` and `.json` as JSON).
"""

from __future__ import annotations

import functools
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


class IiifRequestHandler(SimpleHTTPRequestHandler):
    extensions_map = {  # noqa: RUF012 -- the base class reads it from the instance
        **SimpleHTTPRequestHandler.extensions_map,
        ".json": "application/json", ".jsonld": "application/ld+json", ".jpg": "image/jpeg"}

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
                quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `folder` on host:port (port 0 picks a free one); call serve_forever()."""
    handler = QuietIiifRequestHandler if quiet else IiifRequestHandler
    return ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(folder)))
