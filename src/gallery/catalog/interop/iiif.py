"""A static IIIF Presentation 3 collection: `collection.json`, a manifest per work with an
image, and a level-0 image service per image (`iiif_images`), for any plain web server.

Layout under the output folder (served at `--base-url`):
    collection.json, manifests/{work}.json, images/{work}/info.json and its files.

`rights` must be one URI from Creative Commons or RightsStatements.org. The catalog has not
researched the rights in the works, so every manifest says "Copyright Undetermined"
(http://rightsstatements.org/vocab/UND/1.0/); the catalog's own rights text is in `metadata`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...atomic import write_text_atomically
from ...imaging.decode import ImageRefused
from ..names import PathEscape, confined, image_file
from ..provenance import holder_line, paragraph
from .common import (
    PUBLISHER,
    PUBLISHER_RU,
    STANDIN_EN,
    STANDIN_RU,
    dimensions_text,
    lido_url,
    linked_art_url,
    manifest_url,
    role_kind,
)
from .iiif_images import StaticImage, write_image_service
from .refs import Refs

PRESENTATION_CONTEXT = "http://iiif.io/api/presentation/3/context.json"
RIGHTS = "http://rightsstatements.org/vocab/UND/1.0/"


@dataclass
class IiifReport:
    manifests: list[str] = field(default_factory=list)
    without_image: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (work id, reason)


def lang_map(en: str | None = None, ru: str | None = None,
             none: str | None = None) -> dict[str, list[str]]:
    """A IIIF language map with only the languages that have text (a Russian text that is
    the English one is not listed as Russian)."""
    out = {}
    for key, value in (("en", en), ("ru", ru if ru != en else None), ("none", none)):
        if value and str(value).strip():
            out[key] = [str(value).strip()]
    return out


def _entry(label_en: str, label_ru: str, value: dict[str, list[str]]) -> dict[str, Any] | None:
    return {"label": lang_map(label_en, label_ru), "value": value} if value else None


def _both(make: Callable[[str], str | None]) -> dict[str, list[str]]:
    return lang_map(make("en"), make("ru"))


def metadata(work: dict[str, Any], refs: Refs | None = None) -> list[dict[str, Any]]:
    refs = refs or Refs()
    makers = [p for p in work.get("people") or [] if role_kind(p.get("role")) == "creator"]
    events = work.get("provenance") or []
    sources = [(work.get("source_details") or {}).get(s, {}).get("citation") or s
               for s in work.get("sources") or []]

    def text(field: str, lang: str) -> Any:
        return (work.get(f"{field}_ru") if lang == "ru" else None) or work.get(field)

    def people(lang: str) -> str:
        return "; ".join(f"{(p.get('name_ru') if lang == 'ru' else None) or p.get('name')} "
                         f"({refs.label('role', p.get('role'), lang)})" for p in makers)

    def missions(lang: str) -> str:
        return "; ".join(f"{(m.get('name_ru') if lang == 'ru' else None) or m.get('name')} "
                         f"({refs.label('link_kind', m['link'], lang).replace('_', ' ')})"
                         for m in work.get("missions") or [])

    def holder(lang: str) -> str:  # "Perhaps held by …", never "… (unknown)"
        return holder_line(text("current_holder", lang) or None,
                           work.get("holder_certainty"), lang)

    def confidence(lang: str) -> str:
        note = text("confidence_note", lang)
        level = refs.label("confidence", work.get("confidence") or "low", lang)
        return level + (f" — {note}" if note else "")

    def materials(lang: str) -> str | None:
        medium, support = text("medium", lang), text("support", lang)
        if medium and support:
            return f"{medium} on {support}" if lang == "en" else f"{medium}; {support}"
        return medium or support

    def dimensions(lang: str) -> str | None:
        return " — ".join(t for t in (dimensions_text(work, lang),
                                      text("dimensions_note", lang)) if t) or None


    entries = [
        _entry("Artist", "Автор", _both(people)),
        _entry("Date", "Дата", _both(lambda lang: text("date_display", lang))),
        _entry("Date note", "Примечание к дате", _both(lambda lang: text("date_note", lang))),
        _entry("Work type", "Вид произведения", _both(
            lambda lang: refs.label("work_type", work.get("work_type"), lang) or None)),
        _entry("Medium and support", "Материалы", _both(materials)),
        _entry("Dimensions", "Размеры", _both(dimensions)),
        _entry("Series", "Серия", _both(lambda lang: text("series", lang))),
        _entry("Subjects", "Темы", _both(
            lambda lang: "; ".join(text("subjects", lang) or []))),
        _entry("Missions", "Полёты", _both(missions)),
        _entry("Inscriptions", "Надписи", _both(lambda lang: text("inscriptions", lang))),
        _entry("Current holder", "Нынешний владелец", _both(holder)),
        _entry("About the holder", "О владельце", _both(lambda lang: text("holder_note",
                                                                           lang))),
        _entry("Provenance", "Провенанс", lang_map(paragraph(events, "en"),
                                                   paragraph(events, "ru"))),
        _entry("Credit line", "Источник поступления", _both(lambda lang: text("credit_line",
                                                                              lang))),
        _entry("Rights", "Права", _both(lambda lang: text("rights", lang))),
        _entry("Sources", "Источники", lang_map(none="; ".join(sources))),
        _entry("Record confidence", "Достоверность записи", _both(confidence)),
        _entry("Catalog id", "Идентификатор", lang_map(none=work["id"])),
        _entry("Image", "Изображение", lang_map(STANDIN_EN, STANDIN_RU)
               if work.get("image_is_standin") else lang_map("Image: a scan of the work",
                                                             "Изображение: скан произведения")),
    ]
    return [e for e in entries if e]


def nav_date(work: dict[str, Any]) -> str | None:
    """Where a viewer's timeline puts the work: the first day it may date from (else the last);
    for an undated work, the first dated event of its provenance (it existed by then). A work
    with no date anywhere has none: navDate is never invented."""
    day = None if work.get("date_qualifier") == "unknown" else (
        work.get("date_earliest") or work.get("date_latest"))
    if not day:
        known = [d for e in work.get("provenance") or []
                 for d in (e.get("date_earliest") or e.get("date_latest"),) if d]
        day = min(known, default=None)
    return f"{_whole_day(str(day))}T00:00:00Z" if day else None


def _whole_day(day: str) -> str:
    return (day + "-01-01")[:10] if len(day) == 4 else (day + "-01")[:10]


def see_also(work_id: str, base: str) -> list[dict[str, Any]]:
    """The work's LIDO and Linked Art records, written beside the manifests by the export."""
    return [
        {"id": lido_url(base, work_id), "type": "Dataset", "format": "application/xml",
         "profile": "http://www.lido-schema.org/schema/v1.1/lido-v1.1.xsd",
         "label": lang_map("LIDO 1.1 record", "Запись LIDO 1.1")},
        {"id": linked_art_url(base, work_id), "type": "Dataset",
         "format": "application/ld+json", "profile": "https://linked.art/ns/v1/linked-art.json",
         "label": lang_map("Linked Art record", "Запись Linked Art")},
    ]


def manifest(work: dict[str, Any], image: StaticImage, base: str,
             refs: Refs | None = None) -> dict[str, Any]:
    manifest_id = manifest_url(base, work["id"])
    canvas_id = f"{manifest_id[:-len('.json')]}/canvas/1"
    thumb_w, thumb_h = image.thumbnail_size()
    thumbnail = [{"id": image.url(f"{thumb_w},{thumb_h}"), "type": "Image",
                  "format": "image/jpeg", "width": thumb_w, "height": thumb_h,
                  "service": [image.service()]}]
    out: dict[str, Any] = {
        "@context": PRESENTATION_CONTEXT, "id": manifest_id, "type": "Manifest",
        "label": lang_map(work["title"], work.get("title_ru")),
    }
    summary = lang_map(work.get("description"), work.get("description_ru"))
    if summary:
        out["summary"] = summary
    out["metadata"] = metadata(work, refs)
    out["requiredStatement"] = {
        "label": lang_map("Attribution", "Атрибуция"),
        "value": (lang_map(work["credit_line"], work.get("credit_line_ru"))
                  if work.get("credit_line")
                  else lang_map(f"{PUBLISHER} catalog", f"Каталог: {PUBLISHER_RU}"))}
    out["rights"] = RIGHTS
    if nav := nav_date(work):
        out["navDate"] = nav
    out["seeAlso"] = see_also(work["id"], base)
    out["thumbnail"] = thumbnail
    out["provider"] = [{"id": f"{base}/", "type": "Agent",
                        "label": lang_map(PUBLISHER, PUBLISHER_RU)}]
    out["partOf"] = [{"id": f"{base}/collection.json", "type": "Collection"}]
    page_id = f"{canvas_id}/page/1"
    out["items"] = [{
        "id": canvas_id, "type": "Canvas", "label": lang_map(work["title"], work.get("title_ru")),
        "width": image.width, "height": image.height, "thumbnail": thumbnail,
        "items": [{"id": page_id, "type": "AnnotationPage", "items": [{
            "id": f"{page_id}/annotation/1", "type": "Annotation", "motivation": "painting",
            "body": {"id": image.url(), "type": "Image", "format": "image/jpeg",
                     "width": image.width, "height": image.height,
                     "service": [image.service()]},
            "target": canvas_id}]}],
    }]
    return out


def collection(manifests: list[dict[str, Any]], base: str) -> dict[str, Any]:
    return {
        "@context": PRESENTATION_CONTEXT, "id": f"{base}/collection.json", "type": "Collection",
        "label": lang_map(f"{PUBLISHER}: the art of Alexei Leonov",
                          f"{PUBLISHER_RU}: искусство Алексея Леонова"),
        "summary": lang_map("Paintings, drawings, stamps and prints by the cosmonaut Alexei "
                            "Leonov (1934–2019), the first person to walk in space.",
                            "Картины, рисунки, марки и эстампы космонавта Алексея Леонова "
                            "(1934–2019), первого человека, вышедшего в открытый космос."),
        "requiredStatement": {"label": lang_map("Attribution", "Атрибуция"),
                              "value": lang_map(f"{PUBLISHER} catalog",
                                                f"Каталог: {PUBLISHER_RU}")},
        "rights": RIGHTS,
        "items": [{"id": m["id"], "type": "Manifest", "label": m["label"],
                   "thumbnail": m["thumbnail"],
                   **({"navDate": m["navDate"]} if "navDate" in m else {})}
                  for m in manifests],
    }


def export_iiif(catalog: Any, out_dir: Path, base: str, cache_dir: Path | None = None,
                progress: Callable[[int, str], None] | None = None) -> IiifReport:
    """Write the whole static collection; works without a usable image are left out."""
    report = IiifReport()
    refs = Refs.of(catalog)
    order = [row.id for row in catalog.search("", sort="date", limit=10**9, facets=False).rows]
    manifests = []
    (out_dir / "manifests").mkdir(parents=True, exist_ok=True)
    for index, work_id in enumerate(order, 1):
        work = catalog.get(work_id)
        if progress:
            progress(index, work_id)
        if not work.get("image_path"):
            report.without_image.append(work_id)
            continue
        source = image_file(catalog.images_dir, work["image_path"])
        try:
            if source is None:
                raise PathEscape(f"its image {work['image_path']!r} is outside images/")
            # resolved inside the output folder before anything is deleted or written
            folder = confined(out_dir, "images", work_id)
            manifest_path = confined(out_dir, "manifests", f"{work_id}.json")
            key = work.get("image_sha256") or _sha256(source)
            image = write_image_service(source, key, folder, f"{base}/images/{work_id}",
                                        cache_dir)
        except (ImageRefused, OSError, ValueError, PathEscape) as error:
            report.failed.append((work_id, str(error)))
            continue
        document = manifest(work, image, base, refs)
        _write_json(manifest_path, document)
        manifests.append(document)
        report.manifests.append(work_id)
    _write_json(out_dir / "collection.json", collection(manifests, base))
    _write_records(catalog, out_dir, base, refs, report.manifests)
    _remove_stale(out_dir, set(report.manifests))
    return report


def _write_records(catalog: Any, out_dir: Path, base: str, refs: Refs,
                   work_ids: list[str]) -> None:
    """The LIDO record of each work with a manifest and the Linked Art records, beside the
    manifests, so every seeAlso link resolves where the folder is published."""
    from ...atomic import write_bytes_atomically
    from . import lido, linked_art

    (out_dir / "lido").mkdir(exist_ok=True)
    for work_id in work_ids:
        element = lido.work_record(catalog.get(work_id), refs, base)
        write_bytes_atomically(confined(out_dir, "lido", f"{work_id}.xml"),
                               lido.to_bytes(element))
    records = []
    for record in linked_art.build(catalog, base):
        try:  # a record whose id would leave the folder is left out, as its manifest was
            confined(out_dir, *record["id"][len(base) + 1:].split("/"))
        except PathEscape:
            continue
        records.append(record)
    linked_art.write(records, base, out_dir)


def _remove_stale(out_dir: Path, current: set[str]) -> None:
    """A re-export into the same folder drops what an earlier export wrote for works that are
    gone or have lost their image (only our own files: manifests and image services)."""
    import shutil

    for pattern in ("manifests/*.json", "lido/*.xml"):
        for path in out_dir.glob(pattern):
            if path.stem not in current:
                path.unlink()
    images = out_dir / "images"
    if images.is_dir():
        for folder in images.iterdir():
            if folder.name not in current and (folder / "info.json").is_file():
                shutil.rmtree(folder)


def _sha256(path: Path) -> str:
    from ...imaging.thumbnails import file_sha256

    return file_sha256(path)


def _write_json(path: Path, document: dict[str, Any]) -> None:
    write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
