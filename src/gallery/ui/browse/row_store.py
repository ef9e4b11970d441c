"""The rows of one search, held in bounded memory: a 100,000-work catalog scrolls in a few MB.

Every loaded row's work id is kept (a list of short strings: what finding a work's row and
walking the results need); the rows themselves (titles, dates, image keys) are kept in blocks
of `block` rows, the `max_blocks` used most recently. A block pushed out is read again from
the catalog when its cells are shown again (`WorkListModel` asks), so scrolling back and forth
adds nothing: memory is bounded by these two settings, not by how far a visitor scrolled.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Sequence

from ...catalog.search import WorkRow

BLOCK = 500
MAX_BLOCKS = 24  # 12,000 rows whole: a few MB, and many screens either way of the one shown


class RowStore:
    def __init__(self, block: int = BLOCK, max_blocks: int = MAX_BLOCKS) -> None:
        self.block = block
        self.max_blocks = max_blocks
        self.ids: list[str] = []
        self._blocks: OrderedDict[int, dict[int, WorkRow]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.ids)

    def reset(self, rows: Sequence[WorkRow]) -> None:
        self.ids = [r.id for r in rows]
        self._blocks.clear()
        self._keep(0, rows)

    def extend(self, rows: Sequence[WorkRow]) -> None:
        first = len(self.ids)
        self.ids.extend(r.id for r in rows)
        self._keep(first, rows)

    def put(self, first: int, rows: Sequence[WorkRow]) -> None:
        """Rows read again from `first` on: kept where they are still the same works (a row
        that moved since is left to the next refresh)."""
        same = [(first + n, r) for n, r in enumerate(rows)
                if first + n < len(self.ids) and self.ids[first + n] == r.id]
        for row, item in same:
            self._block(row // self.block)[row] = item
        self._trim()

    def get(self, row: int) -> WorkRow | None:
        """The row if it is held (it becomes the most recently used), else None."""
        number = row // self.block
        block = self._blocks.get(number)
        if block is None:
            return None
        self._blocks.move_to_end(number)
        return block.get(row)

    def replace(self, row: int, item: WorkRow) -> None:
        if self.get(row) is not None:
            self._blocks[row // self.block][row] = item

    def held(self) -> Iterator[tuple[int, WorkRow]]:
        """(row, WorkRow) for every row held, in no particular order."""
        for block in list(self._blocks.values()):
            yield from block.items()

    def block_span(self, row: int) -> tuple[int, int]:
        """(first row, row count) of the block holding `row`."""
        first = row // self.block * self.block
        return first, max(0, min(self.block, len(self.ids) - first))

    def row_of(self, work_id: str) -> int:
        try:
            return self.ids.index(work_id)
        except ValueError:
            return -1

    def _keep(self, first: int, rows: Sequence[WorkRow]) -> None:
        for n, item in enumerate(rows):
            row = first + n
            self._block(row // self.block)[row] = item
        self._trim()

    def _block(self, number: int) -> dict[int, WorkRow]:
        block = self._blocks.get(number)
        if block is None:
            block = self._blocks[number] = {}
        self._blocks.move_to_end(number)
        return block

    def _trim(self) -> None:
        while len(self._blocks) > self.max_blocks:
            self._blocks.popitem(last=False)
