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
- ``framings``: stamp, poster, medal, book, card, paper... around a scene (``FRAMES``)
"""

from gallery.imaging.motifs.framings import FRAMES, SceneAt, frame_stamp_series
from gallery.imaging.motifs.lettering import font
from gallery.imaging.motifs.scenes import SCENES, Scene

__all__ = ["FRAMES", "SCENES", "Scene", "SceneAt", "font", "frame_stamp_series"]
