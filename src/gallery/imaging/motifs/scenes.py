"""The scenes by name. A scene fills the whole canvas; framings (stamp, poster, paper...) place it.

Every scene is called as ``scene(w, h, rng, variant)`` and returns an RGB image of that size.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from PIL import Image

from gallery.imaging.motifs.earth import scene_eiffel, scene_house, scene_launch, scene_ship
from gallery.imaging.motifs.handmade import scene_caricatures
from gallery.imaging.motifs.lunar import scene_lunar, scene_rover
from gallery.imaging.motifs.orbit import (
    scene_cyclone,
    scene_docking,
    scene_earth_view,
    scene_porthole,
    scene_satellite,
    scene_spacewalk,
    scene_sunrise,
)
from gallery.imaging.motifs.planets import (
    scene_generic,
    scene_near_moon,
    scene_planet,
    scene_two_suns,
)
from gallery.imaging.motifs.portraits import scene_portrait

Scene = Callable[[int, int, random.Random, str], Image.Image]


SCENES: dict[str, Scene] = {
    "sunrise": scene_sunrise, "near_moon": scene_near_moon, "spacewalk": scene_spacewalk,
    "docking": scene_docking, "rover": scene_rover, "lunar": scene_lunar, "ship": scene_ship,
    "cyclone": scene_cyclone, "planet": scene_planet, "launch": scene_launch,
    "two_suns": scene_two_suns, "satellite": scene_satellite, "porthole": scene_porthole,
    "house": scene_house, "eiffel": scene_eiffel, "generic": scene_generic,
    "portrait": scene_portrait, "caricatures": scene_caricatures, "earth_view": scene_earth_view,
}
