"""Qt item models over the catalog: the works of a search (here), and the facet choices
(`browse.facet_model`, re-exported).

Both are thin adapters in the manner of Anki's browser table: the catalog search returns rows
a page at a time through the CatalogService, the model caches them and builds what a view asks
for in `data()`. A new search resets the model; anything smaller (a thumbnail arriving, a record
changed elsewhere, a language switch) is a narrow `dataChanged`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...catalog.errors import ServerUnreachable
from ...catalog.search import SearchResult, WorkRow
from ...catalog.snippets import Snippet
from ..i18n import current_language
from ..plain import shown, tooltip
from ..words import FALLBACK_MARK, facet_value, localized, translate
from ..workers import CatalogService
from .facet_model import FacetChoice, FacetTreeModel
from .row_store import RowStore
from .thumbnails import ThumbnailLoader

__all__ = ["FacetChoice", "FacetTreeModel", "WorkListModel"]
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

WorkIdRole = Qt.ItemDataRole.UserRole + 1
YearRole = Qt.ItemDataRole.UserRole + 2
StandinRole = Qt.ItemDataRole.UserRole + 3
# "ready", "loading", "none" (no picture recorded), "missing" (its file is not there) or
# "broken" (a file that cannot be read)
ThumbStateRole = Qt.ItemDataRole.UserRole + 4
ConfidenceRole = Qt.ItemDataRole.UserRole + 5
FallbackRole = Qt.ItemDataRole.UserRole + 6  # the caption is not in the visitor's language
SnippetRole = Qt.ItemDataRole.UserRole + 7   # why it came up: a Snippet, or None
SnippetLineRole = Qt.ItemDataRole.UserRole + 8  # True while typed text is searched for
KindRole = Qt.ItemDataRole.UserRole + 9  # the kind of work, in the visitor's language
BandRole = Qt.ItemDataRole.UserRole + 10  # the group it is shown in ("1970s"), or None
# Everything a grid cell paints, as {role: value}: one call from the delegate instead of ten
# (each a trip through Qt and the band proxy, most of a 100,000-row scroll's Python time).
CellRole = Qt.ItemDataRole.UserRole + 11
OtherDateRole = Qt.ItemDataRole.UserRole + 12  # the date as the other language writes it
BANDED_SORTS = ("date", "date_desc", "mission")  # orders the grid shows in bands


# Where the cached caption (WorkListModel._caption) holds each of these roles.
_CAPTION_AT = {Qt.ItemDataRole.DisplayRole: 0, FallbackRole: 1, YearRole: 2, KindRole: 3,
               StandinRole: 4, BandRole: 5, OtherDateRole: 6}
_MAX_CAPTIONS = 2000  # rows' captions kept (many screens); then the cache starts again


@dataclass(frozen=True)
class SearchSpec:
    query: str = ""
    filters: tuple[tuple[str, Any], ...] = ()
    sort: str = "date"
    exact: bool = False  # the words as typed: no "showing results for" correction

    def filter_dict(self) -> dict[str, Any]:
        return {name: list(value) if isinstance(value, tuple) else value
                for name, value in self.filters}


def spec_for(query: str, filters: dict[str, Any], sort: str, exact: bool = False) -> SearchSpec:
    """A hashable search description, leaving out empty filters."""
    items = []
    for name, value in sorted(filters.items()):
        if value in (None, "", [], ()):
            continue
        items.append((name, tuple(value) if isinstance(value, list | tuple | set) else value))
    return SearchSpec(query.strip(), tuple(items), sort, exact)


def _searching(spec: SearchSpec, **options: Any) -> Callable[[Any], SearchResult]:
    """The catalog call for one page (or the counts) of `spec`, to run on the catalog's thread."""
    lang = current_language() if spec.query and options.get("limit") else None
    # "by title" means by the title the reader sees, in the reader's alphabet
    sort = "title_ru" if spec.sort == "title" and current_language() == "ru" else spec.sort
    return lambda catalog: catalog.search(spec.query, spec.filter_dict(), sort,
                                          correct=not spec.exact, snippets_lang=lang,
                                          **options)


def year_caption(row: WorkRow, lang: str | None = None) -> str:
    """The date for a caption in the reader's language (the store generates it per language),
    without a bracketed note ("1972 (Scott: 14 September 1972)" → "1972"); a view elides the
    rest. Never shrunk to a bare year: "before March 1965" would turn into a wrong-sounding
    one."""
    lang = lang or current_language()
    russian = (getattr(row, "date_display_ru", None) or "").strip() if lang == "ru" else ""
    display = russian or (row.date_display or "").strip()
    short = display.split("(")[0].strip(" ,;")
    return short or display or (row.date_earliest or "")[:4]


def _band_key(row: WorkRow, sort: str) -> str | None:
    """What a band is, in any language: the decade's first three digits, or the mission."""
    if sort == "mission":
        return row.mission or None
    year = (row.date_earliest or "")[:4]
    return year[:3] if year.isdigit() else None


def kind_caption(row: WorkRow, lang: str | None = None) -> str:
    """The kind of work as a term label in the reader's language ("рисунок")."""
    lang = lang or current_language()
    russian = getattr(row, "kind_ru", None) if lang == "ru" else None
    return str(russian or getattr(row, "kind", None) or "")


class WorkListModel(QAbstractListModel):
    """The works of the current search, fetched a page at a time."""

    PAGE = 200
    MAX_PAGE = 10_000  # a view lays out all its rows again after each page: few pages
    PREFETCH = 2000  # rows from the end at which a view's reading asks for the next page
    searchFinished = Signal(object)  # the first page's SearchResult (rows, total)
    facetsCounted = Signal(dict)  # facet -> [(value, label, count)], just after
    totalCounted = Signal(int)  # the exact total, with the facets (the first page may estimate)
    searchFailed = Signal(str)
    connectionLost = Signal()  # a read met a broken server connection: the window reconnects

    def __init__(self, service: CatalogService, thumbnails: ThumbnailLoader | None = None,
                 images_dir: Path | None = None, parent: Any = None,
                 rows: RowStore | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._thumbs = thumbnails
        self._images_dir = images_dir or service.catalog.images_dir
        self._rows = rows if rows is not None else RowStore()  # ids; rows in bounded blocks
        self._asked: set[int] = set()  # blocks being read again
        self._captions: dict[int, tuple[WorkRow, str, tuple[Any, ...]]] = {}
        self._snippets: dict[str, Snippet] = {}
        self._total = 0
        self._spec = SearchSpec()
        self._generation = 0
        self._shown_generation = -1  # the search whose first page the rows are
        self._fetching = False
        self._searching = False
        self._counting = False
        self._facets_held = self._facets_due = False  # see hold_facets
        self._waiting: dict[str, set[int]] = {}  # thumbnail key -> rows that showed a placeholder
        self._band_starts: list[int] = []  # rows where a band begins (see band_starts)
        self._last_band: object = None
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_arrived)
            thumbnails.failed.connect(self._thumbnail_arrived)

    def set_service(self, service: CatalogService) -> None:
        """Read from another catalog from the next search on."""
        self._service = service
        self._images_dir = service.catalog.images_dir

    # -- searching -----------------------------------------------------------------------
    @property
    def spec(self) -> SearchSpec:
        return self._spec

    @property
    def total(self) -> int:
        return self._total

    def busy(self) -> bool:
        return self._searching or self._fetching or self._counting or bool(self._asked)

    def set_search(self, query: str = "", filters: dict[str, Any] | None = None,
                   sort: str = "date", exact: bool = False) -> None:
        """Run a new search; the model resets when its first page arrives. Misspelt words
        are corrected when nothing matches, unless `exact`."""
        self._spec = spec_for(query, filters or {}, sort, exact)
        self._generation += 1
        self._searching = True
        self._fetching = False
        generation, spec, page = self._generation, self._spec, self.PAGE
        self._service.call(
            _searching(spec, limit=page, facets=False, count=False),
            lambda result: self._first_page(generation, result),
            lambda error: self._failed(generation, error))
        self._count_facets()

    def hold_facets(self) -> None:
        """Count no facets until `release_facets` (the window's start: after the grid's first
        paint, so neither the counting nor its numpy import competes with that paint)."""
        self._facets_held = True

    def release_facets(self) -> None:
        if self._facets_held:
            self._facets_held = False
            if self._facets_due:
                self._facets_due = False
                self._count_facets()

    def _count_facets(self) -> None:
        """Facet counts in a call of their own, after the first page: on a big catalog they
        take longer than the page, and the grid should not wait for them."""
        if self._facets_held:
            self._facets_due = True
            return
        self._counting = True
        generation, spec = self._generation, self._spec
        self._service.call(
            _searching(spec, limit=0),
            lambda result: self._facets_counted(generation, result),
            lambda error: self._failed(generation, error))

    def _facets_counted(self, generation: int, result: SearchResult) -> None:
        if generation == self._generation:
            self._counting = False
            if not self._searching:  # else the first page, still on its way, sets it
                self._total = max(result.total, len(self._rows))
            self.totalCounted.emit(result.total)
            self.facetsCounted.emit(result.facets)

    def shows_current_search(self) -> bool:
        """Whether the rows answer the search last asked (not one that failed or runs)."""
        return self._shown_generation == self._generation and not self._searching

    def refresh(self) -> None:
        """Re-read the loaded rows after a change elsewhere; update only what differs."""
        generation, spec = self._generation, self._spec
        count = max(len(self._rows), self.PAGE)  # (only the held rows are kept)
        self._service.call(
            _searching(spec, limit=count, facets=False),
            lambda result: self._refreshed(generation, result),
            lambda error: self._failed(generation, error))
        self._count_facets()

    def _first_page(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return  # the visitor typed on; this answer is stale
        self._searching = False
        self._shown_generation = generation
        self.beginResetModel()
        self._rows.reset(result.rows)
        self._note_bands(0, result.rows)
        self._asked.clear()
        self._snippets = dict(result.snippets)
        self._total = result.total
        self._waiting.clear()
        if self._thumbs is not None:
            self._thumbs.reset()
        self.endResetModel()
        self.searchFinished.emit(result)

    def _refreshed(self, generation: int, result: SearchResult) -> None:
        if generation != self._generation:
            return
        snippets_changed = self._snippets != result.snippets
        self._snippets = dict(result.snippets)
        old_ids = self._rows.ids
        new_ids = [r.id for r in result.rows[:len(old_ids)]]
        if new_ids != old_ids or len(result.rows) < len(self._rows):
            self.beginResetModel()
            self._rows.reset(result.rows)
            self._note_bands(0, result.rows)
            self._asked.clear()
            self._total = result.total
            self._waiting.clear()
            self.endResetModel()
        else:
            self._total = result.total
            for row, old in sorted(self._rows.held()):
                new = result.rows[row]
                if old != new or snippets_changed:
                    self._rows.replace(row, new)
                    index = self.index(row)
                    self.dataChanged.emit(index, index)
        self.searchFinished.emit(result)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._searching = self._fetching = self._counting = False
            if isinstance(error, ServerUnreachable):
                self.connectionLost.emit()
            else:
                self.searchFailed.emit(str(error))

    # -- paging --------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = _ROOT) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = _ROOT) -> None:
        if parent.isValid() or self._fetching or self._searching:
            return  # one page at a time: views may ask again while a page is on its way
        if len(self._rows) >= self._total:
            return
        self._fetching = True
        generation, spec, offset = self._generation, self._spec, len(self._rows)
        # Pages grow with the list (200, 400, 800 … MAX_PAGE): each page costs the view a
        # layout of every row it has, and a deep page the catalog a walk of its date index,
        # so a visitor scrolling far pays them rarely (the rows are not all kept: RowStore).
        limit = min(self.MAX_PAGE, max(self.PAGE, offset))
        self._service.call(
            _searching(spec, limit=limit, offset=offset, facets=False),
            lambda result: self._next_page(generation, offset, result),
            lambda error: self._failed(generation, error))

    def _next_page(self, generation: int, offset: int, result: SearchResult) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if offset != len(self._rows) or not result.rows:
            return
        first = len(self._rows)
        self.beginInsertRows(_ROOT, first, first + len(result.rows) - 1)
        self._rows.extend(result.rows)  # older blocks may be let go: read again when shown
        self._note_bands(first, result.rows)
        self._snippets.update(result.snippets)
        self._total = max(result.total, len(self._rows))
        self.endInsertRows()

    # -- reading -------------------------------------------------------------------------
    def rowCount(self, parent: Index = _ROOT) -> int:
        # Qt asks this hundreds of times a paint (every index() it makes): keep it bare.
        return 0 if parent.isValid() else len(self._rows.ids)

    def row_data(self, row: int) -> WorkRow | None:
        """The row, or None while it is read again from the catalog (asked for here; its
        cells change when it arrives)."""
        count = len(self._rows.ids)
        if not 0 <= row < count:
            return None
        item = self._rows.get(row)
        if (row >= count - self.PREFETCH and count < self._total
                and not self._service.synchronous):
            self.fetchMore()  # seconds of scrolling ahead of the end, not Qt's last screen
        if item is None:
            self._read_block(row)
            item = self._rows.get(row)  # a synchronous service has answered already
        return item

    def _read_block(self, row: int) -> None:
        first, count = self._rows.block_span(row)
        if first in self._asked or not count:
            return
        self._asked.add(first)
        generation = self._generation
        self._service.call(_searching(self._spec, limit=count, offset=first, facets=False),
                           lambda result: self._block_arrived(generation, first, result),
                           lambda error: self._failed(generation, error))

    def _block_arrived(self, generation: int, first: int, result: SearchResult) -> None:
        if generation != self._generation:
            return
        self._asked.discard(first)
        self._rows.put(first, result.rows)
        self._snippets.update(result.snippets)
        last = min(first + len(result.rows), len(self._rows)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first), self.index(last))

    def row_of(self, work_id: str) -> int:
        return self._rows.row_of(work_id)

    def work_ids(self) -> list[str]:
        return list(self._rows.ids)

    # flags(): Qt's own list model answers enabled, selectable, no children, as a work is,
    # without a call into Python for every cell painted.

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A grid cell asks for eight roles at every paint: the common ones are answered from
        # a per-row caption cache, without building anything (see _caption).
        if not index.isValid():  # (a list: no index has a parent)
            return None
        number = index.row()
        if role == WorkIdRole:  # known for every row, held or not
            return self._rows.ids[number] if number < len(self._rows) else None
        row = self.row_data(number)
        if row is None:
            if role == CellRole and number < len(self._rows):
                return {WorkIdRole: self._rows.ids[number]}  # a placeholder until it is read
            return None
        if role == CellRole:
            return self._cell(number, row)
        at = _CAPTION_AT.get(role)
        if at is not None:
            return self._caption(number, row)[at]
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(number, row)
        if role == ThumbStateRole:
            return self._thumb_state(row)
        if role == SnippetRole:
            return self._snippets.get(row.id) if self._snippets else None
        snippet = self._snippets.get(row.id)
        why = f"{snippet.before}{snippet.match}{snippet.after}".strip() if snippet else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            title, _fallback = self._title(row)
            title = shown(title)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                standin = self.tr("stand-in image, not the artwork") if (
                    row.image_path and row.image_is_standin) else ""
                return ", ".join(p for p in (title, year_caption(row), kind_caption(row),
                                             standin, why) if p)
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            title, fallback = self._title(row)
            lines = [title, " · ".join(p for p in (year_caption(row), kind_caption(row)) if p),
                     why]
            if fallback:
                lines.append(f"({FALLBACK_MARK[current_language()]})")
            return tooltip("\n".join(line for line in lines if line))
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(index.row(), row)
        return self._custom(row, role)

    def _custom(self, row: WorkRow, role: int) -> Any:
        if role == WorkIdRole:
            return row.id
        if role == YearRole:
            return year_caption(row)
        if role == KindRole:
            return kind_caption(row)
        if role == StandinRole:
            return bool(row.image_path) and row.image_is_standin
        if role == ConfidenceRole:
            return row.confidence
        if role == FallbackRole:
            return self._title(row)[1]
        if role == ThumbStateRole:
            return self._thumb_state(row)
        if role == SnippetRole:
            return self._snippets.get(row.id)
        if role == SnippetLineRole:
            return bool(self._spec.query)
        if role == BandRole:
            return self._band(row)
        return None

    def band_starts(self) -> list[int]:
        """The rows where a band begins ([0] when the order has no bands): the grid starts
        each on a new row. Kept as pages arrive, so rows let go need not be read again."""
        return self._band_starts

    def _note_bands(self, first: int, rows: Sequence[WorkRow]) -> None:
        if first == 0:
            self._band_starts, self._last_band = ([0] if rows else []), object()
        if self._spec.sort not in BANDED_SORTS:
            return
        last = self._last_band
        for n, row in enumerate(rows):
            key = _band_key(row, self._spec.sort)
            if key != last and first + n:
                self._band_starts.append(first + n)
            last = key
        self._last_band = last

    def _band(self, row: WorkRow) -> str | None:
        """The band of a work: its decade in date order, its mission in mission order (from
        the row itself, no query)."""
        if self._spec.sort not in BANDED_SORTS:
            return None
        if self._spec.sort == "mission":
            russian = row.mission_ru if current_language() == "ru" else None
            return shown(russian or row.mission) or translate("Words", "No mission")
        year = (row.date_earliest or "")[:4]
        if not year.isdigit():  # undated, or only "by 1999": date order puts them last
            return translate("Words", "No earliest date")
        return facet_value("decade", f"{year[:3]}0s", "")

    def _caption(self, number: int,
                 row: WorkRow) -> tuple[str, bool, str, str, bool, str | None, str]:
        """(title as shown, title is a fallback, year, kind, stand-in, band, the year as the
        other language writes it: a card shortens a date in both alike) of a row, made
        once per row and language; forgotten when the rows (a new search, a new sort) or the
        language change."""
        cached = self._captions.get(number)
        lang = current_language()
        if cached is None or cached[0] is not row or cached[1] != lang:
            title, fallback = self._title(row)
            cached = (row, lang, (shown(title), fallback, year_caption(row), kind_caption(row),
                                  bool(row.image_path) and row.image_is_standin,
                                  self._band(row),
                                  year_caption(row, "en" if lang == "ru" else "ru")))
            if len(self._captions) >= _MAX_CAPTIONS:
                self._captions.clear()
            self._captions[number] = cached
        return cached[2]

    def _cell(self, number: int, row: WorkRow) -> dict[int, Any]:
        title, fallback, year, kind, standin, band, other_year = self._caption(number, row)
        pixmap = self._decoration(number, row)
        state = "ready" if pixmap is not None else self._thumb_state(row)
        return {WorkIdRole: row.id, Qt.ItemDataRole.DisplayRole: title, FallbackRole: fallback,
                YearRole: year, KindRole: kind, StandinRole: standin, BandRole: band,
                OtherDateRole: other_year,
                SnippetRole: self._snippets.get(row.id) if self._snippets else None,
                Qt.ItemDataRole.DecorationRole: pixmap, ThumbStateRole: state}

    def _title(self, row: WorkRow) -> tuple[str, bool]:
        text, fallback = localized({"title": row.title, "title_ru": row.title_ru},
                                   "title", current_language())
        return text or row.id, fallback

    def any_picture(self) -> bool:
        """Whether a work among the rows held has a picture recorded."""
        return any(row.image_path for _n, row in self._rows.held())

    @staticmethod
    def thumb_key(row: WorkRow) -> str | None:
        if not row.image_path:
            return None
        return row.image_sha256 or f"path:{row.image_path}"

    def _thumb_state(self, row: WorkRow) -> str:
        key = self.thumb_key(row)
        if key is None or self._thumbs is None:
            return "none"
        if self._thumbs.has_failed(key):
            return self._thumbs.failure(key) or "broken"
        return "ready" if self._thumbs.pixmap(key) is not None else "loading"

    def _decoration(self, row_number: int, row: WorkRow) -> Any:
        key = self.thumb_key(row)
        if key is None or self._thumbs is None:
            return None
        pixmap = self._thumbs.pixmap(key)
        if pixmap is None and not self._thumbs.has_failed(key):
            self._waiting.setdefault(key, set()).add(row_number)
            self._thumbs.request(key, self._images_dir / str(row.image_path))
        return pixmap

    def _thumbnail_arrived(self, key: str) -> None:
        rows = self._waiting.pop(key, ())
        for row in sorted(rows):
            if row < len(self._rows):
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole,
                                                     ThumbStateRole])

    def language_changed(self) -> None:
        """Captions follow the visitor's language; so do the snippets (read again)."""
        if self._rows and self._spec.query:
            self.refresh()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                                   Qt.ItemDataRole.AccessibleTextRole, FallbackRole,
                                   YearRole, KindRole, BandRole])

    def set_thumbnail_box(self, width: int, height: int) -> None:
        """Pictures made again for a new cell size; the view repaints and asks for them."""
        if self._thumbs is None:
            return
        self._thumbs.set_display((width, height))
        self._waiting.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1),
                                  [Qt.ItemDataRole.DecorationRole, ThumbStateRole])

    def thumbnails_pending(self) -> int:
        return self._thumbs.pending() if self._thumbs is not None else 0
