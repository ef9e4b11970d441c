"""Spacecraft and cosmonauts, each drawn on its own transparent layer.

Craft are drawn along the x axis, ``length`` pixels long (rockets and people stand upright,
``height`` pixels tall); ``shapes.place`` rotates them into a scene.
"""

from __future__ import annotations

import math

from PIL import Image, ImageChops, ImageDraw

from gallery.imaging.motifs.paint import BICUBIC, radial
from gallery.imaging.motifs.shapes import layer_for, panel, shade_ball, shade_poly, shade_v


def apollo(length: float) -> Image.Image:
    L = length
    lay = layer_for(L, L * 0.42)
    m = L * 0.21
    shade_poly(lay, [(0, m - L * 0.1), (L * 0.13, m - L * 0.05), (L * 0.13, m + L * 0.05),
                     (0, m + L * 0.1)], (90, 90, 96))
    shade_poly(lay, [(L * 0.12, m - L * 0.17), (L * 0.56, m - L * 0.17), (L * 0.56, m + L * 0.17),
                     (L * 0.12, m + L * 0.17)], (214, 216, 222))
    d = ImageDraw.Draw(lay)
    for x in (0.2, 0.3, 0.42):
        d.line((L * x, m - L * 0.17, L * x, m + L * 0.17), fill=(150, 152, 160),
               width=max(1, round(L / 300)))
    shade_poly(lay, [(L * 0.56, m - L * 0.18), (L * 0.8, m - L * 0.04), (L * 0.8, m + L * 0.04),
                     (L * 0.56, m + L * 0.18)], (232, 228, 214))
    shade_poly(lay, [(L * 0.8, m - L * 0.055), (L * 1.0, m - L * 0.055), (L * 1.0, m + L * 0.055),
                     (L * 0.8, m + L * 0.055)], (200, 200, 196))
    return lay


def soyuz(length: float, wings: bool = True) -> Image.Image:
    """Soyuz pointing left: orbital sphere, descent bell, service module, solar wings."""
    L = length
    lay = layer_for(L, L * (1.1 if wings else 0.4))
    m = lay.height / 2
    if wings:
        for sgn in (-1, 1):
            y0, y1 = (m - L * 0.52, m - L * 0.15) if sgn < 0 else (m + L * 0.15, m + L * 0.52)
            ImageDraw.Draw(lay).line((L * 0.58, m, L * 0.58, y0 if sgn < 0 else y1),
                                     fill=(150, 150, 150), width=max(1, round(L / 150)))
            panel(lay, (L * 0.5, y0, L * 0.66, y1), (2, 5))
    shade_poly(lay, [(L * 0.4, m - L * 0.13), (L * 0.76, m - L * 0.13), (L * 0.76, m + L * 0.13),
                     (L * 0.4, m + L * 0.13)], (120, 130, 112))
    shade_poly(lay, [(L * 0.76, m - L * 0.07), (L * 0.84, m - L * 0.1), (L * 0.84, m + L * 0.1),
                     (L * 0.76, m + L * 0.07)], (80, 80, 84))
    shade_poly(lay, [(L * 0.22, m - L * 0.08), (L * 0.41, m - L * 0.14), (L * 0.41, m + L * 0.14),
                     (L * 0.22, m + L * 0.08)], (112, 124, 96))
    shade_ball(lay, L * 0.14, m, L * 0.12, (126, 140, 110))
    ImageDraw.Draw(lay).rectangle((0, m - L * 0.025, L * 0.03, m + L * 0.025),
                                  fill=(190, 190, 190))
    return lay


def salyut(length: float) -> Image.Image:
    """A stepped orbital station with four panels, pointing left."""
    L = length
    lay = layer_for(L, L * 0.9)
    m = lay.height / 2
    for x0, x1, hh in ((0.0, 0.3, 0.1), (0.3, 0.55, 0.14), (0.55, 1.0, 0.19)):
        shade_poly(lay, [(L * x0, m - L * hh), (L * x1, m - L * hh), (L * x1, m + L * hh),
                         (L * x0, m + L * hh)], (176, 182, 170))
    for xa in (0.12, 0.8):
        panel(lay, (L * xa, m - L * 0.44, L * (xa + 0.12), m - L * 0.12), (2, 4))
        panel(lay, (L * xa, m + L * 0.12, L * (xa + 0.12), m + L * 0.44), (2, 4))
    return lay


def voskhod(length: float) -> Image.Image:
    """Voskhod 2: a ball with an instrument module behind and the airlock tube on top."""
    L = length
    lay = layer_for(L, L * 0.9)
    m = lay.height * 0.6
    shade_poly(lay, [(L * 0.45, m - L * 0.15), (L * 0.7, m - L * 0.15), (L * 0.95, m - L * 0.23),
                     (L * 0.95, m + L * 0.23), (L * 0.7, m + L * 0.15), (L * 0.45, m + L * 0.15)],
               (160, 162, 158))
    d = ImageDraw.Draw(lay)
    for x in (0.7, 0.93):
        half = 0.15 if x < 0.8 else 0.22
        d.line((L * x, m - L * half, L * x, m + L * half), fill=(96, 98, 100),
               width=max(1, round(L / 150)))
    for a in (-0.5, 0.6):
        end = (L * 0.35 + math.cos(a) * L * 0.45, m + math.sin(a) * L * 0.45 + L * 0.1)
        d.line((L * 0.35, m, *end), fill=(200, 200, 200), width=max(1, round(L / 300)))
    shade_poly(lay, [(L * 0.24, m - L * 0.55), (L * 0.4, m - L * 0.55), (L * 0.4, m - L * 0.1),
                     (L * 0.24, m - L * 0.1)], (216, 214, 204))
    d = ImageDraw.Draw(lay)
    for k in range(1, 6):
        y = m - L * 0.1 - L * 0.09 * k
        d.line((L * 0.24, y, L * 0.4, y), fill=(160, 158, 150), width=max(1, round(L / 200)))
    shade_ball(lay, L * 0.32, m, L * 0.25, (170, 168, 160))
    return lay


def sputnik(length: float) -> Image.Image:
    L = length
    lay = layer_for(L, L * 0.5)
    m = lay.height / 2
    d = ImageDraw.Draw(lay)
    for dy in (-0.06, -0.02, 0.02, 0.06):
        d.line((L * 0.2, m + L * dy * 0.6, L, m + L * dy * 3.2), fill=(200, 200, 205),
               width=max(1, round(L / 160)))
    shade_ball(lay, L * 0.18, m, L * 0.15, (205, 208, 214))
    return lay


def molniya(length: float) -> Image.Image:
    """Molniya-1: a pressurised cylinder with six petal panels and two dish antennas."""
    L = length
    lay = layer_for(L * 1.1, L * 1.1)
    c = lay.width / 2
    for k in range(6):
        petal = layer_for(L * 0.5, L * 0.14)
        panel(petal, (L * 0.08, 0, L * 0.5, L * 0.14), (5, 2))
        ImageDraw.Draw(petal).line((0, L * 0.07, L * 0.08, L * 0.07), fill=(170, 170, 170),
                                   width=max(1, round(L / 150)))
        big = layer_for(L * 1.1, L * 1.1)
        big.paste(petal, (round(c), round(c - L * 0.07)), petal)
        big = big.rotate(k * 60 + 30, resample=BICUBIC, center=(c, c))
        lay.alpha_composite(big)
    shade_poly(lay, [(c - L * 0.09, c - L * 0.3), (c + L * 0.09, c - L * 0.3),
                     (c + L * 0.09, c + L * 0.25), (c - L * 0.09, c + L * 0.25)], (200, 200, 196))
    shade_poly(lay, [(c - L * 0.09, c - L * 0.3), (c, c - L * 0.42), (c + L * 0.09, c - L * 0.3)],
               (180, 180, 176))
    d = ImageDraw.Draw(lay)
    for sx in (-1, 1):
        x = c + sx * L * 0.16
        d.line((c, c + L * 0.22, x, c + L * 0.36), fill=(180, 180, 180),
               width=max(1, round(L / 120)))
        d.chord((x - L * 0.08, c + L * 0.3, x + L * 0.08, c + L * 0.46), 0, 180,
                fill=(224, 224, 220), outline=(150, 150, 150))
    return lay


def meteor(length: float) -> Image.Image:
    """Meteor: an upright cylinder with two broad wings of solar cells."""
    L = length
    lay = layer_for(L, L * 0.6)
    m = lay.height / 2
    panel(lay, (0, m - L * 0.1, L * 0.36, m + L * 0.1), (6, 3))
    panel(lay, (L * 0.64, m - L * 0.1, L, m + L * 0.1), (6, 3))
    ImageDraw.Draw(lay).line((L * 0.3, m, L * 0.7, m), fill=(170, 170, 170),
                             width=max(1, round(L / 100)))
    shade_poly(lay, [(L * 0.42, m - L * 0.27), (L * 0.58, m - L * 0.27), (L * 0.58, m + L * 0.22),
                     (L * 0.42, m + L * 0.22)], (206, 206, 200))
    shade_poly(lay, [(L * 0.44, m + L * 0.22), (L * 0.56, m + L * 0.22), (L * 0.54, m + L * 0.29),
                     (L * 0.46, m + L * 0.29)], (120, 120, 124))
    return lay


def cosmonaut(height: float, pose: str = "float") -> Image.Image:
    """A figure in a white pressure suit; pose 'float' (limbs spread) or 'stand'."""
    H = height
    lay = layer_for(H * 0.8, H)
    c = lay.width / 2
    d = ImageDraw.Draw(lay)
    if pose == "float":
        limbs = [((-0.14, -0.2), (-0.3, -0.08), (-0.36, 0.08)), ((0.14, -0.2), (0.28, -0.3),
                                                                   (0.35, -0.4)),
                 ((-0.07, 0.1), (-0.14, 0.28), (-0.1, 0.46)), ((0.07, 0.1), (0.15, 0.26),
                                                                (0.24, 0.42))]
    else:
        limbs = [((-0.14, -0.2), (-0.2, -0.02), (-0.19, 0.12)), ((0.14, -0.2), (0.2, -0.02),
                                                                   (0.19, 0.12)),
                 ((-0.07, 0.1), (-0.08, 0.28), (-0.08, 0.46)), ((0.07, 0.1), (0.08, 0.28),
                                                                (0.08, 0.46))]
    cy = H * 0.5
    d.rounded_rectangle((c - H * 0.2, cy - H * 0.3, c + H * 0.13, cy + H * 0.08), radius=H * 0.04,
                        fill=(150, 150, 156))
    for colour, off, grow in (((120, 120, 130), 0.0, 1.15), ((236, 234, 228), -0.012, 1.0)):
        o = off * H
        for a, b, e in limbs:
            pts = [(c + p[0] * H + o, cy + p[1] * H + o) for p in (a, b, e)]
            d.line(pts, fill=colour, width=round(H * 0.1 * grow), joint="curve")
            for x, y in pts[1:]:
                rr = H * 0.05 * grow
                d.ellipse((x - rr, y - rr, x + rr, y + rr), fill=colour)
        w2 = H * 0.17 * grow
        d.rounded_rectangle((c - w2 + o, cy - H * 0.27 + o, c + w2 + o, cy + H * 0.14 + o),
                            radius=H * 0.07, fill=colour)
        rr = H * 0.12 * grow
        d.ellipse((c - rr + o, cy - H * 0.38 - rr + o, c + rr + o, cy - H * 0.38 + rr + o),
                  fill=colour)
    # light from the upper left: darken the layer's far side, keep its alpha
    shade = radial(lay.size, c - H * 0.15, cy - H * 0.3, H * 0.8, H * 0.8, 0.7)
    shade = shade.point(lambda v: 150 + v * 105 // 255)
    r_, g_, b_, a_ = lay.split()
    lay = Image.merge("RGBA", (ImageChops.multiply(r_, shade), ImageChops.multiply(g_, shade),
                               ImageChops.multiply(b_, shade), a_))
    d = ImageDraw.Draw(lay)
    d.rectangle((c - H * 0.08, cy - H * 0.16, c + H * 0.08, cy - H * 0.06), fill=(180, 70, 60))
    vis = H * 0.085
    d.ellipse((c - vis, cy - H * 0.4 - vis * 0.8, c + vis, cy - H * 0.4 + vis * 0.8),
              fill=(205, 160, 70))
    d.ellipse((c - vis * 0.6, cy - H * 0.4 - vis * 0.6, c - vis * 0.05, cy - H * 0.4 - vis * 0.1),
              fill=(250, 225, 160))
    return lay


def rocket(height: float, kind: str = "vostok") -> Image.Image:
    """A launcher standing upright: 'vostok' (core and four flared boosters) or 'n1' (cone)."""
    H = height
    lay = layer_for(H * 0.5, H)
    c = lay.width / 2
    d = ImageDraw.Draw(lay)
    if kind == "n1":
        # a tall cone of stacked stages under a slim payload shroud and escape tower
        white = (226, 226, 220)
        d.line((c, 0, c, 0.08 * H), fill=(150, 150, 150), width=max(1, round(H / 220)))
        shade_v(lay, [(c - H * 0.012, 0.07 * H), (c + H * 0.012, 0.07 * H),
                      (c + H * 0.03, 0.12 * H), (c + H * 0.03, 0.24 * H), (c - H * 0.03, 0.24 * H),
                      (c - H * 0.03, 0.12 * H)], white)
        shade_v(lay, [(c - H * 0.042, 0.24 * H), (c + H * 0.042, 0.24 * H),
                      (c + H * 0.05, 0.44 * H), (c - H * 0.05, 0.44 * H)], white)
        shade_v(lay, [(c - H * 0.06, 0.44 * H), (c + H * 0.06, 0.44 * H), (c + H * 0.17, H),
                      (c - H * 0.17, H)], white)
        for y, hw in ((0.24, 0.042), (0.44, 0.06), (0.64, 0.1), (0.8, 0.13)):
            d.line((c - H * hw, y * H, c + H * hw, y * H), fill=(60, 60, 66),
                   width=max(1, round(H / 120)))
        return lay
    grey, line = (228, 228, 224), (70, 72, 78)
    lw = max(1, round(H / 160))
    # core stage, upper stage and payload fairing with a blunt nose
    shade_v(lay, [(c - H * 0.042, 0.3 * H), (c + H * 0.042, 0.3 * H), (c + H * 0.047, 0.5 * H),
                  (c + H * 0.036, 0.96 * H), (c - H * 0.036, 0.96 * H), (c - H * 0.047, 0.5 * H)],
            grey)
    shade_v(lay, [(c - H * 0.034, 0.14 * H), (c + H * 0.034, 0.14 * H), (c + H * 0.034, 0.3 * H),
                  (c - H * 0.034, 0.3 * H)], grey)
    shade_v(lay, [(c - H * 0.012, 0.0), (c + H * 0.012, 0.0), (c + H * 0.03, 0.05 * H),
                  (c + H * 0.03, 0.14 * H), (c - H * 0.03, 0.14 * H), (c - H * 0.03, 0.05 * H)],
            (236, 236, 232))
    d.rectangle((c - H * 0.034, 0.28 * H, c + H * 0.034, 0.3 * H), fill=line)
    # four strap-on boosters, conical noses resting against the core
    for sx in (-1, 1):
        shade_v(lay, [(c + sx * H * 0.04, 0.48 * H), (c + sx * H * 0.075, 0.56 * H),
                      (c + sx * H * 0.118, 0.9 * H), (c + sx * H * 0.122, 0.965 * H),
                      (c + sx * H * 0.036, 0.965 * H)], (220, 220, 216))
        d.line((c + sx * H * 0.062, 0.56 * H, c + sx * H * 0.075, 0.96 * H), fill=line,
               width=lw)
    for x in (-0.1, -0.05, 0.0, 0.05, 0.1):
        d.rectangle((c + H * (x - 0.014), 0.965 * H, c + H * (x + 0.014), 0.985 * H),
                    fill=(50, 50, 56))
    return lay
