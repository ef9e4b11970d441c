"""Interface languages: English (the source strings) and Russian (gallery_ru.qm).

API:

    from gallery.ui.i18n import install_language, current_language, qm_path
    install_language(app, "ru")   # removes the previous translators, installs ours and Qt's
    install_language(app, "en")   # English: no translator at all
    current_language() -> "en" | "ru"

Installing or removing a translator makes Qt send LanguageChange to every widget (delivered
before install_language returns); our widgets answer in `changeEvent` with `retranslate_ui()`.
The .qm files are built from the .ts sources by tools/build_translations.py and committed, so
the app needs no Qt tools.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

LANGUAGES = ("en", "ru")
I18N_DIR = Path(__file__).resolve().parents[1] / "resources" / "i18n"

_installed: list[QTranslator] = []
_language = "en"


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"gallery_{lang}.qm"


def current_language() -> str:
    return _language


def install_language(app: QCoreApplication, lang: str) -> None:
    """Switch the interface language of `app` live; raises ValueError for an unknown one."""
    global _language
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian if lang == "ru"
                               else QLocale.Language.English))
    if lang != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"gallery_{lang}", str(I18N_DIR)), (f"qtbase_{lang}", qt_dir)):
            translator = QTranslator(app)
            if translator.load(name, folder) and app.installTranslator(translator):
                _installed.append(translator)
    _language = lang
    if isinstance(app, QGuiApplication):  # what Qt appends to window titles, in this language
        app.setApplicationDisplayName(QCoreApplication.translate("Application",
                                                                 "Leonov Gallery"))
    # Qt posts LanguageChange; deliver it now so every widget reads the new language on return.
    # (the application re-posts it to each window, hence the second round).
    QCoreApplication.sendPostedEvents(app, QEvent.Type.LanguageChange)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
