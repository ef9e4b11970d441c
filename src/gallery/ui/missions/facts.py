"""Readable labels for mission key facts ('eva_duration' → 'Spacewalk duration').

The catalog stores key facts as {key, value}; the key is a code, the value is the sourced text
(which keeps competing figures together with their sources and is always shown whole). Known
keys get a written label in the interface language; unknown ones are humanised.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("MissionFacts", "…")

_ACRONYMS = {"eva": "EVA", "lok": "LOK", "lk": "LK", "n1": "N1", "l1": "L1", "l3": "L3",
             "dos": "DOS", "utc": "UTC", "astp": "ASTP", "fai": "FAI"}


def _labels() -> dict[str, str]:
    return {
        "eva_duration": translate("MissionFacts", "Spacewalk duration"),
        "eva_start": translate("MissionFacts", "Spacewalk began"),
        "eva_training": translate("MissionFacts", "Spacewalk training"),
        "tether_length": translate("MissionFacts", "Tether length"),
        "total_time_exposed_to_vacuum": translate("MissionFacts", "Total time in open space"),
        "flight_duration": translate("MissionFacts", "Flight duration"),
        "landing_site": translate("MissionFacts", "Landing site"),
        "nights_before_rescue": translate("MissionFacts", "Nights before rescue"),
        "hero_award": translate("MissionFacts", "Hero award"),
        "l1_group_formed": translate("MissionFacts", "L1 group formed"),
        "simulator": translate("MissionFacts", "Simulator"),
        "centrifuge": translate("MissionFacts", "Centrifuge"),
        "crewless_successes": translate("MissionFacts", "Flown later without a crew"),
        "lok_crew": translate("MissionFacts", "LOK orbiter crew"),
        "lk_crew": translate("MissionFacts", "LK lander crew"),
        "transfer": translate("MissionFacts", "Transfer between craft"),
        "n1_failures": translate("MissionFacts", "N1 launches"),
        "cancellation": translate("MissionFacts", "Cancelled"),
        "replacement_cause": translate("MissionFacts", "Why the crew was replaced"),
        "rule": translate("MissionFacts", "Rule"),
        "outcome": translate("MissionFacts", "Outcome"),
        "backup_crew": translate("MissionFacts", "Backup crew"),
        "dos2_loss": translate("MissionFacts", "Loss of DOS-2"),
        "salyut2": translate("MissionFacts", "Salyut 2"),
        "dos3": translate("MissionFacts", "DOS-3"),
        "crew_size": translate("MissionFacts", "Crew size"),
        "soyuz_launch": translate("MissionFacts", "Soyuz launch"),
        "apollo_launch": translate("MissionFacts", "Apollo launch"),
        "docking": translate("MissionFacts", "Docking"),
        "docked_time": translate("MissionFacts", "Time docked"),
        "soyuz_landing": translate("MissionFacts", "Soyuz landing"),
        "soyuz_duration": translate("MissionFacts", "Soyuz flight duration"),
        "apollo_splashdown": translate("MissionFacts", "Apollo splashdown"),
        "docking_module": translate("MissionFacts", "Docking module"),
        "awards": translate("MissionFacts", "Awards"),
        "launch": translate("MissionFacts", "Launch"),
        "landing": translate("MissionFacts", "Landing"),
        "crew": translate("MissionFacts", "Crew"),
    }


def fact_label(key: str) -> str:
    """The label for a key fact, in the interface language."""
    known = _labels().get(key)
    if known:
        return known
    words = [w for w in re.split(r"[_\s]+", key.strip()) if w]
    if not words:
        return key
    words = [_ACRONYMS.get(w.lower(), w) for w in words]
    first = words[0]
    words[0] = first if first.isupper() else first[:1].upper() + first[1:]
    return " ".join(words)
