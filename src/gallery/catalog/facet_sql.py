"""The facets' SQL and names, apart from their counting (facets.py, over numpy arrays): the
search builds its filters from these, and importing them costs nothing, so the window's start
(which searches before anything is counted) never waits for numpy.
"""

from __future__ import annotations

# A work's media: its medium terms (so "coloured pencil" is one value however the note beside
# it reads); a record with no terms yet (typed free text) counts its medium line as one value.
MEDIUM_VALUES = ("json_each(CASE WHEN json_array_length(w.medium_terms) > 0 "
                 "THEN w.medium_terms ELSE json_array(w.medium) END)")
# The kind of work: its work_type term, rolled up to the broader term (a sketch is counted as
# a drawing); a work whose type is no term (free text) keeps its coarse category.
KIND_VALUE = ("coalesce((SELECT coalesce(t.broader, t.code) FROM terms t "
              "WHERE t.scheme = 'work_type' AND t.code = w.work_type), w.category)")
FACETS = ("mission", "decade", "category", "medium", "person", "series", "holder",
          "certainty", "confidence", "image", "record", "year")
