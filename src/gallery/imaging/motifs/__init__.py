"""Drawing functions for the stand-in pictures: painterly scenes and the framings around them.

Everything is drawn with Pillow alone. Randomness comes only from the ``random.Random`` each
function is handed, so a picture depends on nothing but its arguments. Sizes are expressed in
``u`` (1 % of the short edge) so one composition works at any size and orientation.

The modules, from the bottom up:

- ``paint``: colours, gradients, soft masks, light, texture and paper
- ``lettering``: the bundled font, fitted and wrapped
- ``shapes``: shaded metal shapes, solar panels, placing rotated layers, curves
- ``sky``: starry space, planets and moons, a planet's rim
- ``spacecraft``: craft, rockets and cosmonauts as transparent layers
- ``orbit``, ``lunar``, ``planets``, ``earth``, ``portraits``: the scenes themselves
- ``scenes``: every scene by name (``SCENES``)
- ``handletters``: hand-drawn Russian capitals for titles an object is known to bear
- ``handmade``: a wall newspaper and a sheet of caricatures
- ``framings``: stamp, poster, medal, book, card, paper... around a scene (``FRAMES``)
- ``gatherings``: several objects at once, for group records (``GROUP_FRAMES``)
"""

from gallery.imaging.motifs.framings import FRAMES, SceneAt, frame_stamp_series
from gallery.imaging.motifs.gatherings import (
    frame_loose_sheets,
    frame_postcards,
    frame_stamp_sheet,
)
from gallery.imaging.motifs.lettering import font
from gallery.imaging.motifs.scenes import SCENES, Scene

__all__ = ["FRAMES", "GROUP_FRAMES", "SCENES", "Scene", "SceneAt", "font", "frame_stamp_series"]

# framings that show several objects, each with a scene of its own
GROUP_FRAMES = {"stamp_series": frame_stamp_series, "stamp_sheet": frame_stamp_sheet,
                "sheets": frame_loose_sheets, "postcards": frame_postcards}
