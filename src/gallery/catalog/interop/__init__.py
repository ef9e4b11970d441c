"""Museum interoperability: LIDO and Linked Art exports, a static IIIF collection, CSV import.

Everything here is Qt-free and reads the catalog only through the `Catalog` API (the CSV
import writes through `Catalog.save_many`, the undo through the store's own write path).
"""
