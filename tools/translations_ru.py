"""Russian translations of the interface strings, for tools/build_translations.py.

Keyed by the English source text; RU_CONTEXT overrides an entry for one context where the same
English word needs a different Russian one. Placeholders (%1, %s, %d, %n) and accelerator
ampersands stay; a plural (numerus) message maps to its three Russian forms (1, 2–4, 5+).
"""

from __future__ import annotations

RU: dict[str, str | tuple[str, ...]] = {
    # -- menus and actions ------------------------------------------------------------------------
    "&File": "&Файл",
    "&Edit": "&Правка",
    "&View": "&Вид",
    "&Go": "П&ерейти",
    "&Help": "&Справка",
    "&Language": "&Язык",
    "&New record": "&Новая запись",
    "&Save": "&Сохранить",
    "&Delete…": "&Удалить…",
    "&Back up…": "Создать резервную &копию…",
    "Backups to &keep…": "Сколько копий &хранить…",
    "&Restore from backup…": "&Восстановить из копии…",
    "&Close editor": "&Закрыть редактор",
    "&Undo": "&Отменить",
    "&Redo": "&Повторить",
    "Set a field on selected &works…": "Задать поле у выбранных &работ…",
    "Undo batch change": "Отменить групповое изменение",
    "Redo batch change": "Повторить групповое изменение",
    "&Undo history": "&История изменений",
    "&Next tab": "&Следующая вкладка",
    "Your &name…": "Ваше &имя…",
    "Name in Russian": "Имя по-русски",
    "Title in Russian": "Название по-русски",
    "Place in Russian": "Место по-русски",
    "confirmed %s matches %s": "подтверждено: «%s» соответствует «%s»",
    " and %d more": " и ещё %d",
    "created": "создана",
    "edited": "изменена",
    "moved to the trash": "перемещена в корзину",
    "restored from the trash": "восстановлена из корзины",
    "deleted": "удалена",
    "confirmed": "подтверждена",
    "Saved “%s”, but check the provenance's order: %s.":
        "«%s» сохранена, но проверьте порядок событий провенанса: %s.",
    "work": "работа",
    "playlist": "плейлист",
    " (in the trash)": " (в корзине)",
    "Not deleted: other records link to it": "Не удалено: на запись ссылаются другие",
    "“%1” cannot be deleted: it is linked from %n record(s). Open one to remove its link, "
    "then delete again.": (
        "«%1» нельзя удалить: на неё ссылается %n запись. Откройте её, уберите ссылку и "
        "удалите снова.",
        "«%1» нельзя удалить: на неё ссылаются %n записи. Откройте одну из них, уберите "
        "ссылку и удалите снова.",
        "«%1» нельзя удалить: на неё ссылаются %n записей. Откройте одну из них, уберите "
        "ссылку и удалите снова."),
    "Records that link to it": "Записи, которые на неё ссылаются",
    "Open": "Открыть",
    "These records link to it; their links stay: %s.":
        "На неё ссылаются эти записи; их ссылки останутся: %s.",
    "Records with this name": "Записи с таким именем",
    "Open this one": "Открыть эту запись",
    "%1 B": "%1 Б",
    "%1 × %2 pixels": "%1 × %2 пикс.",
    "size unknown": "размер неизвестен",
    "imported %1 by %2": "импортировано %1, импортировал(а): %2",
    " (probably)": " (вероятно)",
    " (possibly)": " (возможно)",
    "made from the name when left empty": "если пусто, составляется из имени",
    "name as written in its own language": "имя на языке оригинала",
    "published spelling of the name": "опубликованное написание имени",
    "spelling chosen by this catalogue": "написание, принятое в каталоге",
    "machine transliteration": "машинная транслитерация",
    "Already in the catalog, with the same name:": "Уже есть в каталоге, с тем же именем:",
    "Already in the catalog, with a very like name:":
        "Уже есть в каталоге, с очень похожим именем:",
    "Use this one": "Взять эту запись",
    "&Worklist": "&Что доделать",
    "Worklist": "Что доделать",
    "Show the works that need": "Показать работы, где нужно",
    "Works that need attention": "Работы, требующие внимания",
    "Show": "Показать",
    "Everything (%d)": "Всё (%d)",
    "%d lines, %d works": "строк: %d, работ: %d",
    "What needs work": "Что нужно сделать",
    "Where": "Где",
    "%s, by %s": "%s, автор: %s",
    "Recovered unsaved changes to “%s”. It was saved by someone else since the draft was "
    "begun; these fields hold the draft's value, not the newer saved one: %s. Saving asks "
    "which to keep.":
        "Несохранённые изменения «%s» восстановлены. С тех пор запись сохранил кто-то другой; "
        "в этих полях — значение из черновика, а не более новое сохранённое: %s. При "
        "сохранении будет предложено выбрать.",
    "A newer version of “%s” was saved elsewhere; your unsaved changes are kept. Saving "
    "will show both versions.":
        "Более новая версия «%s» сохранена в другом месте; ваши несохранённые изменения "
        "остаются. При сохранении будут показаны обе версии.",
    "“%s” was saved elsewhere; it is shown as saved.":
        "«%s» сохранена в другом окне; показана сохранённая версия.",
    "Your name signs the changes you make in this catalog, its history and your drafts. It is "
    "kept on this computer; File ▸ Your name… changes it.":
        "Вашим именем подписываются изменения в каталоге, его история и ваши черновики. Оно "
        "хранится на этом компьютере; изменить его можно в меню «Файл ▸ Ваше имя…».",
    "Your name": "Ваше имя",
    "On the team server your changes, their history and the “being edited” notices are signed "
    "with your database login (role): %s.\n\nThe server itself vouches for the login, so it "
    "cannot be changed here; to sign as someone else, open the catalog with that person's "
    "login.":
        "На сервере команды ваши изменения, их история и отметки «редактируется» подписываются "
        "вашим именем пользователя базы данных (ролью): %s.\n\nЕго подтверждает сам сервер, "
        "поэтому здесь его изменить нельзя; чтобы подписываться другим именем, откройте каталог "
        "под именем пользователя этого человека.",
    "Your changes are signed “%s” until you give your name (File ▸ Your name…).":
        "Пока вы не назовёте себя, изменения подписываются «%s» (Файл ▸ Ваше имя…).",
    "That name cannot be used (%s). Your name:": "Это имя не подходит (%s). Ваше имя:",
    "Your name could not be kept (%s); it signs this session's changes.":
        "Имя не удалось сохранить (%s); им подписываются изменения этого сеанса.",
    "Changes are now signed “%s”.": "Теперь изменения подписываются «%s».",
    "&Previous tab": "&Предыдущая вкладка",
    "made from the name": "составляется из имени",
    "the identifier “%s” is already used": "идентификатор «%s» уже занят",
    "Replace": "Заменить",
    "A smaller image": "Изображение меньше",
    "%s is %d × %d pixels, smaller than the image it would replace (%d × %d pixels). "
    "Replace the larger image with it?":
        "%s — %d × %d пикселей, меньше заменяемого изображения (%d × %d пикселей). "
        "Заменить большее изображение им?",
    "the larger image is kept": "большее изображение оставлено",
    "Import image": "Импорт изображения",
    "added": "добавлено",
    "removed": "удалено",
    "moved": "перемещено",
    "changed": "изменено",
    "changed and moved": "изменено и перемещено",
    "position %d → %d": "позиция %d → %d",
    "No field changed.": "Ни одно поле не изменилось.",
    "What this change did, item by item": "Что сделало это изменение, по пунктам",
    "yes": "да",
    "no": "нет",
    "process %s": "процесс %s",
    "“%s” is being edited in another window too (by %s). Save in one window only: the other "
    "save will meet a conflict.":
        "«%s» редактируется и в другом окне (%s). Сохраняйте только в одном окне: другое "
        "сохранение приведёт к конфликту.",
    "The problems are fixed; save when ready.":
        "Ошибки исправлены; сохраните, когда будете готовы.",
    "Not created — %s. Change it and try again.": "Не создано — %s. Исправьте и попробуйте снова.",
    "&Open Another Catalog…": "&Открыть другой каталог…",
    "&Quit": "В&ыход",
    "&Close Window": "&Закрыть окно",
    "Works with all the words typed are found. OR between words finds either; NOT word or -word "
    "leaves out the works with that word (operators in capitals).":
        "Находятся работы со всеми набранными словами. ИЛИ (OR) между словами — с любым из них; "
        "НЕ слово (NOT) или -слово — без работ с этим словом (операторы — заглавными буквами).",
    "&New Window": "Новое о&кно",
    "&Find Works": "&Найти работы",
    "Open Catalog &Editor…": "Открыть &редактор каталога…",
    "&Works": "&Работы",
    "&Timeline": "&Хронология",
    "&Missions": "&Полёты",
    "&Slideshow": "&Слайд-шоу",
    "Zoom &In": "&Увеличить",
    "Zoom &Out": "У&меньшить",
    "&Fit Image to Window": "&Вписать в окно",
    "&Actual Size (100 %)": "&Исходный размер (100 %)",
    "&Reduced Motion": "&Меньше движения",
    "F&ull Screen": "Во весь &экран",
    "&Back to Works": "&Назад к работам",
    "&Previous Work": "&Предыдущая работа",
    "&Next Work": "&Следующая работа",
    "&Keyboard Shortcuts": "&Сочетания клавиш",
    "&About Leonov Gallery": "&О программе «Галерея Леонова»",
    "Open &Recent": "Открыть &недавний",
    # -- backups and restoring --------------------------------------------------------------------
    "Backed up": "Копия создана",
    "The catalog was backed up to\n%s\n\nThe newest %d backups are kept in that folder "
    "(File ▸ Backups to keep…).":
        "Резервная копия каталога сохранена в\n%s\n\nВ этой папке хранятся %d самых новых "
        "копий (Файл ▸ Сколько копий хранить…).",
    "Backed up to %s": "Копия сохранена: %s",
    "Not backed up — %s": "Копия не создана — %s",
    "Backups to keep": "Сколько копий хранить",
    "Keep this many of the newest backups:": "Хранить столько самых новых копий:",
    "Restore from backup": "Восстановить из копии",
    "Replace the catalog with the backup “%s”? The current catalog is kept as a backup "
    "first.": "Заменить каталог копией «%s»? Текущий каталог сначала будет сохранён как копия.",
    "Restore": "Восстановить",
    "Not restored — %s. The catalog is as it was.":
        "Не восстановлено — %s. Каталог остался прежним.",
    "Restored from %s; the replaced catalog is kept as %s.":
        "Восстановлено из %s; заменённый каталог сохранён как %s.",
    "Restored": "Восстановлено",
    "Keep them to recover when you open the record (it is shown in italics in the list), or "
    "discard them for good?":
        "Сохранить их, чтобы восстановить при открытии записи (она выделена курсивом в "
        "списке), или удалить навсегда?",
    "Keep for later": "Оставить на потом",
    "Already in the catalog": "Уже есть в каталоге",
    "The catalog already has %s. Save “%s” as a new, separate record anyway?":
        "В каталоге уже есть: %s. Всё равно сохранить «%s» как новую, отдельную запись?",
    "Save as a new record": "Сохранить как новую запись",
    "No Russian name": "Нет имени по-русски",
    "The Russian name is empty: Russian readers will see the English name instead. Save "
    "without it?":
        "Имя по-русски не заполнено: русские читатели увидят английское имя. Сохранить без "
        "него?",
    "Save without it": "Сохранить без него",
    "Not saved: go on editing, then save.": "Не сохранено: продолжите правку, затем сохраните.",
    "%n work(s) changed": ("изменена %n работа", "изменены %n работы", "изменено %n работ"),
    "%n already had it": ("у %n уже было это значение", "у %n уже было это значение",
                          "у %n уже было это значение"),
    "%s: %s.": "%s: %s.",
    "the catalog file is damaged; restore a backup: File ▸ Restore from backup…":
        "файл каталога повреждён; восстановите резервную копию: Файл ▸ Восстановить из "
        "копии…",
    "This catalog file is damaged: SQLite's check finds problems in it (the first: %s). "
    "Saving may fail, and some records may be missing or wrong. The way out: File ▸ Restore "
    "from backup…":
        "Файл каталога повреждён: проверка SQLite находит в нём ошибки (первая: %s). "
        "Сохранение может не удаться, а часть записей может пропасть или быть неверной. Выход: "
        "Файл ▸ Восстановить из копии…",
    "The catalog is damaged": "Каталог повреждён",
    "Not saved — %s Your edit is kept as a draft.":
        "Не сохранено — %s Ваша правка сохранена как черновик.",
    "Not restored": "Не восстановлено",
    "Not restored: the catalog is open for writing by %s. Close it there first, then restore "
    "again. Nothing was changed.":
        "Не восстановлено: каталог открыт для записи — %s. Сначала закройте его там, затем "
        "повторите восстановление. Ничего не изменено.",
    "The catalog was restored from\n%s\n\nThe catalog it replaced is kept as\n%s":
        "Каталог восстановлен из\n%s\n\nЗаменённый каталог сохранён как\n%s",
    "Backups, newest first": "Резервные копии, сначала новые",
    "The catalog will be replaced by the backup you choose, after the backup is checked. The "
    "current catalog is kept as a backup too, so nothing is lost. Close other windows on "
    "this catalog first.":
        "Каталог будет заменён выбранной копией после её проверки. Текущий каталог тоже "
        "сохранится как копия, так что ничего не потеряется. Сначала закройте другие окна с "
        "этим каталогом.",
    # -- unsaved changes and drafts ---------------------------------------------------------------
    "Unsaved changes": "Несохранённые изменения",
    "Save your changes to “%s”?": "Сохранить изменения в «%s»?",
    "If you don't save, your changes will be lost.":
        "Если не сохранить, изменения будут потеряны.",
    "Recover unsaved changes?": "Вернуть несохранённые изменения?",
    "“%s” has changes that were never saved (last edited %s); the editor closed before they "
    "were saved.": "В «%s» есть несохранённые изменения (последняя правка %s): редактор "
                   "закрылся раньше, чем их сохранили.",
    "Recover them into the form, or discard them for good?":
        "Вернуть их в форму или отбросить навсегда?",
    "Recover": "Вернуть",
    "Discard": "Отбросить",
    "Don't save": "Не сохранять",
    "Choose the image of this work": "Выберите изображение этой работы",
    "Hide this message": "Скрыть это сообщение",
    # -- batch edits ------------------------------------------------------------------------------
    "Set a field on %d works": "Задать поле у работ: %d",
    "separate with commas": "через запятую",
    "leave empty to clear the field": "оставьте пустым, чтобы очистить поле",
    "Field": "Поле",
    "New value": "Новое значение",
    "Every selected work gets this value, as one change you can undo (Edit ▸ Undo batch "
    "change).": "Каждая выбранная работа получит это значение — одним изменением, которое "
                "можно отменить (Правка ▸ Отменить групповое изменение).",
    "Set on all": "Задать всем",
    "Choose two or more works in the list first (Ctrl+click or Shift+click).":
        "Сначала выберите в списке две работы или больше (Ctrl+щелчок или Shift+щелчок).",
    "Set %s on %d works": "Поле «%s» задано у работ: %d",
    "Not changed — %s": "Не изменено — %s",
    "The batch change was not undone — %s. Nothing was overwritten.":
        "Групповое изменение не отменено — %s. Ничего не перезаписано.",
    # before "\n": the undo list's line; after it: what follows «Отменить»/«Повторить»
    "Edit %s": "Изменить: %s\nправку «%s»",
    "Browse works": "Просмотр работ",
    "%s (not a listed value)": "%s (нет в списке)",
    # -- conflicts --------------------------------------------------------------------------------
    "Someone else saved this record": "Эту запись сохранил кто-то другой",
    "“%s” was saved by someone else (version %s, %s) while you were editing it. Nothing has "
    "been overwritten. For each field that differs, keep their value or yours, then save.":
        "Пока вы редактировали «%s», запись сохранил кто-то другой (версия %s, %s). Ничего не "
        "перезаписано. Для каждого различающегося поля оставьте их значение или своё, затем "
        "сохраните.",
    "Theirs (saved)": "Их версия (сохранена)",
    "Mine (this window)": "Моя (в этом окне)",
    "Keep": "Оставить",
    "Keep theirs": "Оставить их",
    "Keep mine": "Оставить моё",
    "Save merge": "Сохранить объединение",
    "theirs": "их",
    "mine": "моё",
    # -- the detail page --------------------------------------------------------------------------
    "← Back to works": "← Назад к работам",
    "Back to the grid (Esc)": "Назад к сетке работ (Esc)",
    "Back to works": "Назад к работам",
    "‹ Previous": "‹ Предыдущая",
    "Previous work (Left arrow)": "Предыдущая работа (стрелка влево)",
    "Previous work": "Предыдущая работа",
    "Next ›": "Следующая ›",
    "Next work (Right arrow)": "Следующая работа (стрелка вправо)",
    "Next work": "Следующая работа",
    "Work details": "Сведения о работе",
    "%1 of %2": "%1 из %2",
    "Image of the work; drop an image file here":
        "Изображение работы; перетащите сюда файл изображения",
    # -- the editor's session ---------------------------------------------------------------------
    "New record": "Новая запись",
    "Recovered draft": "Восстановленный черновик",
    "Recovered unsaved changes to “%s”. Save to keep them.":
        "Несохранённые изменения в «%s» восстановлены. Сохраните, чтобы их не потерять.",
    "Could not open the record: %s": "Не удалось открыть запись: %s",
    "Set identifier": "Задать идентификатор",
    "Saved “%s”.": "«%s» сохранено.",
    "Not saved: %n problem(s) to fix (%1). Each is explained next to its field.": (
        "Не сохранено: нужно исправить %n ошибку (%1). Она объяснена рядом с полем.",
        "Не сохранено: нужно исправить %n ошибки (%1). Каждая объяснена рядом с полем.",
        "Не сохранено: нужно исправить %n ошибок (%1). Каждая объяснена рядом с полем."),
    "Not saved — %s. The catalog is as it was, and your edit is kept as a draft.":
        "Не сохранено — %s. Каталог не изменился, ваша правка сохранена как черновик.",
    "Not saved — an unexpected error: %s. Your edit is kept as a draft.":
        "Не сохранено — непредвиденная ошибка: %s. Ваша правка сохранена как черновик.",
    "Not saved — someone deleted this record for good. Your edit is kept as a draft.":
        "Не сохранено — кто-то удалил эту запись окончательно. Ваша правка сохранена как "
        "черновик.",
    "Not saved — the record changed meanwhile; your edit is kept until you save again.":
        "Не сохранено — запись тем временем изменилась; ваша правка остаётся у вас, пока вы "
        "её не сохраните.",
    "Resolve conflict": "Разрешить конфликт",
    "Kept the saved version of “%s”.": "Оставлена сохранённая версия «%s».",
    "Revert to version %s": "Вернуть версию %s",
    "The form now holds version %s. Save to record the revert.":
        "В форме теперь версия %s. Сохраните, чтобы записать возврат.",
    "Revert %s": "Вернуть: %s",
    "Delete": "Удалить",
    "Move to trash": "В корзину",
    "Not deleted — %s": "Не удалено — %s",
    "This catalog is on a network drive (%s). Editing it from two computers at once can "
    "damage it: SQLite's write-ahead log only protects writers on one machine. Edit from one "
    "computer at a time, or work on a local copy.":
        "Этот каталог находится на сетевом диске (%s). Правка с двух компьютеров одновременно "
        "может его повредить: журнал SQLite защищает только запись с одной машины. "
        "Редактируйте с одного компьютера за раз или работайте с локальной копией.",
    "Edits you can undo": "Правки, которые можно отменить",
    "As opened": "Как при открытии",
    "Undo history": "История изменений",
    "Your unsaved edit could not be kept as a draft: %s":
        "Несохранённую правку не удалось сохранить как черновик: %s",
    "Read-only: %s. You can look, but not change anything.":
        "Только чтение: %s. Смотреть можно, изменять нельзя.",
    "Catalog editor": "Редактор каталога",
    "Moved to the trash.": "Перемещено в корзину.",
    "Deleted.": "Удалено.",
    "Restored from the trash.": "Восстановлено из корзины.",
    "%d records have unsaved drafts from an earlier session (in italics in the list); open one "
    "to recover or discard it.":
        "Записей с несохранёнными черновиками с прошлого сеанса: %d (в списке выделены "
        "курсивом). Откройте запись, чтобы вернуть или отбросить черновик.",
    "%d more records have unsaved drafts (shown in italics in the list); open one to recover "
    "or discard it.":
        "Ещё записей с несохранёнными черновиками: %d (выделены курсивом). Откройте запись, "
        "чтобы вернуть или отбросить черновик.",
    # -- browsing, search, filters ----------------------------------------------------------------
    "No works match this search.": "Ни одна работа не подходит под этот поиск.",
    "Try fewer words, or clear the filters to see every work.":
        "Попробуйте меньше слов или сбросьте фильтры, чтобы увидеть все работы.",
    "Clear search and filters": "Сбросить поиск и фильтры",
    "Edit event date": "Изменить дату события",
    "Mission": "Полёт",
    "Decade": "Десятилетие",
    "Kind of work": "Вид работы",
    "Medium": "Техника",
    "People": "Люди",
    "Series": "Серия",
    "Holder": "Владелец",
    "Date certainty": "Надёжность даты",
    "How well established": "Насколько установлено",
    "Image": "Изображение",
    "Filters": "Фильтры",
    "Clear filters": "Сбросить фильтры",
    "Clear all filters": "Сбросить все фильтры",
    "Years": "Годы",
    "From year": "С года",
    "To year": "По год",
    "any": "любой",
    "Filter by %1": "Фильтр: %1",
    "Type a year, or use Up and Down; empty means any year":
        "Введите год или листайте стрелками вверх и вниз; пусто — любой год",
    "from %1": "с %1",
    "to %1": "по %1",
    "Search": "Поиск",
    "Remove filter %1": "Убрать фильтр %1",
    "Clear all": "Сбросить всё",
    "No earliest date": "Без ранней даты",
    "No mission": "Вне полётов",
    "Si&ze": "Раз&мер",
    "Picture size": "Размер картинок",
    "Picture size (Ctrl+wheel over the works)": "Размер картинок (Ctrl+колесо над работами)",
    "“%1”": "«%1»",
    "Clear all filters and search": "Сбросить все фильтры и поиск",
    "Works per year; drag to choose years": "Работы по годам; потяните, чтобы выбрать годы",
    "The catalog's works date from %1 to %2: the year typed was brought within them.":
        "Работы в каталоге датированы %1–%2 гг.: введённый год приведён к этим границам.",
    "Works with no known date are left out while years are chosen; empty both boxes to see them.":
        "Работы без известной даты при выборе лет не показываются; очистите оба поля, "
        "чтобы увидеть их.",
    "Up and Down move, Space chooses, Left and Right fold a group.":
        "Стрелки вверх и вниз — переход, пробел — выбор, влево и вправо — свернуть группу.",
    "Search titles, descriptions, people, missions…  (Ctrl+F)":
        "Поиск по названиям, описаниям, людям, полётам…  (Ctrl+F)",
    "Search works": "Поиск работ",
    "&Sort by": "&Сортировать",
    "Date, newest first": "Дата, сначала новые",
    "Title": "Название",
    "Recently added": "Недавно добавленные",
    "Best match": "Лучшее совпадение",
    "Type a search first": "Сначала введите запрос",
    "%1 — Leonov Gallery": "%1 — Галерея Леонова",
    "Showing results for <b>%1</b>. Search instead for <a href=\"exact\">%2</a>":
        "Показаны результаты для <b>%1</b>. Искать именно <a href=\"exact\">%2</a>",
    "Showing results for %1": "Показаны результаты для %1",
    "How search works: every form of a word counts (луна, луну; painting, paintings), in "
    "Russian or Latin letters (восход, voskhod). While you type, the best matches come first "
    "— works whose title holds the words, then by how much a word weighs where it stands: a "
    "title more than a person's name or a mission, those more than a description or the "
    "provenance — until you choose another order; when more than 2,000 works match, they are "
    "shown by date. When nothing matches, the catalog's closest words are tried and named "
    "above the grid.":
        "Как работает поиск: годится любая форма слова (луна, луну; painting, paintings), "
        "кириллицей или латиницей (восход, voskhod). Пока вы печатаете, первыми идут лучшие "
        "совпадения: сначала работы, в названии которых есть эти слова, затем по весу слова "
        "там, где оно стоит: в названии больше, чем в имени человека или миссии, а в них "
        "больше, чем в описании или истории бытования, — пока вы не выберете другой порядок; "
        "если совпало больше 2000 работ, они идут по дате. Если ничего не нашлось, пробуются "
        "ближайшие слова каталога, и они названы над сеткой.",
    "Sort works by": "Сортировать работы",
    "Grid of works. Arrow keys move, Enter opens the selected work.":
        "Сетка работ. Стрелки перемещают, Enter открывает выбранную работу.",
    "stand-in": "замена",
    "no image": "нет изображения",
    "image file not found": "файл изображения не найден",
    "image file damaged": "файл изображения повреждён",
    "The images folder is not beside this catalog (%1): pictures show only where this "
    "computer keeps a small copy of them. Copy the folder next to the catalog to see them all.":
        "Рядом с каталогом нет папки изображений (%1): картинки видны только там, где на этом "
        "компьютере есть их уменьшенные копии. Скопируйте папку к каталогу, чтобы видеть все.",
    # -- history ----------------------------------------------------------------------------------
    "Changes to this record": "Изменения этой записи",
    "What this change did": "Что изменила эта правка",
    "Revert record to this version": "Вернуть запись к этой версии",
    "Revert selected field to this version": "Вернуть выбранное поле к этой версии",
    "A revert fills the form; save to record it as a new change.":
        "Возврат заполняет форму; сохраните, чтобы записать его как новое изменение.",
    "History": "История",
    "Show the history of this record": "Показать историю этой записи",
    # -- images -----------------------------------------------------------------------------------
    "Screen %n": ("Экран %n", "Экран %n", "Экран %n"),
    "No image": "Нет изображения",
    "Image of %1, zoom %2 %": "Изображение: %1, масштаб %2 %",
    "This image cannot be shown: %1": "Это изображение нельзя показать: %1",
    "No image of this work is in the catalog.": "В каталоге нет изображения этой работы.",
    "Loading image…": "Загрузка изображения…",
    "Choose image file…": "Выбрать файл изображения…",
    "Choose an image file to import": "Выберите файл изображения для импорта",
    "No image yet.\nDrop an image file here, or choose one.":
        "Изображения пока нет.\nПеретащите сюда файл изображения или выберите его.",
    "Loading the image…": "Загрузка изображения…",
    "The image file cannot be shown: %s": "Файл изображения нельзя показать: %s",
    "This work has no image file.": "У этой работы нет файла изображения.",
    "stand-in picture (no scan of the real work yet)":
        "замещающая картинка (скана подлинной работы пока нет)",
    "scan or photograph of the work": "скан или фотография работы",
    "save the new work before adding its image":
        "сохраните новую работу, прежде чем добавлять изображение",
    "Checking and copying %s…": "Проверка и копирование %s…",
    "Imported. The image is saved in the catalog.": "Импортировано. Изображение сохранено в "
                                                    "каталоге.",
    "Not imported — %s. Nothing was changed.": "Не импортировано — %s. Ничего не изменилось.",
    "Image note": "Примечание к изображению",
    "Real image": "Настоящее изображение",
    "%1s": "%1-е",
    "No work matches these filters.": "Ни одна работа не подходит под эти фильтры.",
    "Clear the filters, or choose fewer, to see more works.":
        "Снимите фильтры или выберите меньше, чтобы увидеть больше работ.",
    "Stand-in image": "Замещающее изображение",
    "Stand-in image — not a photograph of the work":
        "Замещающее изображение — не фотография работы",
    # -- the information panel --------------------------------------------------------------------
    "About this work": "Об этой работе",
    "Notes": "Примечания",
    "Kind": "Вид",
    "Support": "Основа",
    "Dimensions": "Размеры",
    "Inscriptions": "Надписи",
    "Made at": "Место создания",
    "Catalogue numbers": "Каталожные номера",
    "Credit line": "Источник поступления",
    "Rights": "Права",
    "Provenance": "Провенанс",
    "Missions": "Полёты",
    "Related works": "Связанные работы",
    "Same mission: %1": "Тот же полёт: %1",
    "Same series: %1": "Та же серия: %1",
    "Also with %1": "Также с участием: %1",
    "Exhibitions": "Выставки",
    "Sources": "Источники",
    "Open %1": "Открыть: %1",
    "Open source in browser: %1": "Открыть источник в браузере: %1",
    "This work: %1": "Эта работа: %1",
    "Leonov's role": "Роль Леонова",
    "Crew": "Экипаж",
    "Mission %1": "Полёт %1",
    # -- linking records --------------------------------------------------------------------------
    "Linked %s records": "Связанные записи: %s",
    "Choose a %s to link": "Выберите, что связать: %s",
    "Add": "Добавить",
    "New…": "Новая…",
    "Up": "Вверх",
    "Down": "Вниз",
    "Remove": "Убрать",
    "That %s is already linked.": "Эта запись (%s) уже связана.",
    "Choose a %s from the list, or use New… to add one.":
        "Выберите из списка (%s) или добавьте новую кнопкой «Новая…».",
    "Find a %s…": "Найти: %s…",
    "New %s": "Новая запись: %s",
    "Status": "Статус",
    "Identifier": "Идентификатор",
    "Create": "Создать",
    "Give the %s a name.": "Дайте название (%s).",
    "The identifier uses lower-case letters, digits and dashes.":
        "Идентификатор состоит из строчных латинских букв, цифр и дефисов.",
    # -- the main window --------------------------------------------------------------------------
    "This catalog cannot be opened": "Этот каталог нельзя открыть",
    "Open Catalog": "Открыть каталог",
    "Catalogs (*.db *.sqlite);;All files (*)": "Каталоги (*.db *.sqlite);;Все файлы (*)",
    "Editing is off: %1": "Редактирование выключено: %1",
    "This work cannot be read until the catalog's server is back.":
        "Эту работу нельзя открыть, пока сервер каталога недоступен.",
    "The catalog's server cannot be reached. Showing what was already loaded; reconnecting "
    "by itself every few seconds.":
        "Сервер каталога недоступен. Показано то, что уже загружено; программа сама "
        "подключается снова каждые несколько секунд.",
    "%1 of %2 works": "%1 из %2 работ",
    "Loading works…": "Загрузка работ…",
    "About Leonov Gallery": "О программе «Галерея Леонова»",
    "Leonov Gallery: the art of Alexei Leonov (1934–2019), cosmonaut and painter, with the "
    "missions, people and sources behind each work.":
        "«Галерея Леонова»: искусство Алексея Леонова (1934–2019), космонавта и художника, "
        "с полётами, людьми и источниками, стоящими за каждой работой.",
    "Leonov Gallery — %1": "Галерея Леонова — %1",
    "Leonov Gallery": "Галерея Леонова",
    "Leonov Gallery — slideshow": "Галерея Леонова — слайд-шоу",
    "Exhibition slideshow": "Выставочное слайд-шоу",
    "Slide": "Слайд",
    "Timeline": "Хронология",
    "The %1 view is not part of this build yet.": "Раздела «%1» в этой сборке пока нет.",
    # -- mission facts ----------------------------------------------------------------------------
    "Spacewalk duration": "Длительность выхода в космос",
    "Spacewalk began": "Начало выхода",
    "Spacewalk training": "Подготовка к выходу",
    "Tether length": "Длина фала",
    "Total time in open space": "Всего в открытом космосе",
    "Time in open space": "Время в открытом космосе",
    "Flight duration": "Длительность полёта",
    "Landing site": "Место посадки",
    "Nights before rescue": "Ночей до эвакуации",
    "Hero award": "Звание Героя",
    "L1 group formed": "Создание группы Л1",
    "Simulator": "Тренажёр",
    "Centrifuge": "Центрифуга",
    "Flown later without a crew": "Позже выполнено без экипажа",
    "LOK orbiter crew": "Экипаж орбитального корабля ЛОК",
    "LK lander crew": "Экипаж лунного корабля ЛК",
    "Lunar lander (LK) crew": "Экипаж лунного корабля (ЛК)",
    "Lunar orbiter (LOK) crew": "Экипаж лунного орбитального корабля (ЛОК)",
    "Transfer between craft": "Переход между кораблями",
    "Crew transfers": "Переходы экипажа",
    "N1 launches": "Пуски Н1",
    "N1 rocket failures": "Аварии ракеты Н1",
    "Cancelled": "Отменён",
    "Cancellation": "Отмена",
    "Uncrewed successes": "Успешные беспилотные полёты",
    "Why the crew was replaced": "Почему заменили экипаж",
    "Rule": "Правило",
    "Outcome": "Итог",
    "Backup crew": "Дублирующий экипаж",
    "Loss of DOS-2": "Гибель ДОС-2",
    "Salyut 2": "Салют-2",
    "DOS-3": "ДОС-3",
    "Crew size": "Численность экипажа",
    "Soyuz launch": "Старт «Союза»",
    "Apollo launch": "Старт «Аполлона»",
    "Docking": "Стыковка",
    "Time docked": "Продолжительность стыковки",
    "Soyuz landing": "Посадка «Союза»",
    "Soyuz flight duration": "Длительность полёта «Союза»",
    "Apollo splashdown": "Приводнение «Аполлона»",
    "Docking module": "Стыковочный модуль",
    "Awards": "Награды",
    "Launch": "Старт",
    "Landing": "Посадка",
    # -- the missions view ------------------------------------------------------------------------
    "Choose a mission from the list.": "Выберите полёт в списке.",
    "Summary": "Кратко",
    "(not yet written in this language)": "(на этом языке ещё не написано)",
    "Facts from the sources": "Факты из источников",
    "Notes on the sources": "Об источниках",
    "dates: %1": "даты: %1",
    "Key facts": "Главные факты",
    "Show these works in the grid": "Показать эти работы в сетке",
    "No works in the catalog are linked to this mission.":
        "В каталоге нет работ, связанных с этим полётом.",
    "Works": "Работы",
    "Open in the web browser: %1": "Открыть в браузере: %1",
    "Show the sources (%1)": "Показать источники (%1)",
    "Open the menus": "Открыть меню",
    "Exhibitions of his art": "Выставки его работ",
    "Exhibition": "Выставка",
    "Hide the sources": "Скрыть источники",
    "Original name: %1": "Название в оригинале: %1",
    # -- the catalog's errors (gallery/ui/error_words.py)
    "There is no catalog at this place.": "Здесь нет каталога.",
    "The catalog file is damaged; only a backup can bring it back.":
        "Файл каталога повреждён; вернуть его может только резервная копия.",
    "The catalog file may be damaged; then only a backup can bring it back.":
        "Файл каталога, возможно, повреждён; тогда вернуть его может только резервная копия.",
    "The catalog editor cannot open a damaged file: a backup is restored from a terminal, with "
    "the command gallery restore (the backups are kept in the folder “backups” beside the "
    "catalog). If someone else looks after this catalog, tell them.":
        "Редактор каталога повреждённый файл не открывает: копию восстанавливают в терминале "
        "командой gallery restore (копии хранятся в папке «backups» рядом с каталогом). Если "
        "каталог ведёт кто-то другой, сообщите ему.",
    # -- why a picture cannot be shown (gallery/ui/error_words.py, image_problem)
    "the file holds a %1 picture, but its name says %2.":
        "в файле изображение %1, а по имени файла это %2.",
    "the file holds a %1 picture, but its name does not say so.":
        "в файле изображение %1, а имя файла этого не говорит.",
    "the file is not where the catalog says (moved or deleted?).":
        "файла нет там, где его указывает каталог (перемещён или удалён?).",
    "the file cannot be read.": "файл не удаётся прочитать.",
    "the file is empty.": "файл пуст.",
    "the file is not a kind of picture the gallery shows.":
        "галерея не показывает изображения такого вида.",
    "the picture is too large to show.": "изображение слишком велико, чтобы его показать.",
    "the file is damaged or cut short.": "файл повреждён или обрезан.",
    "This file is not a catalog of the gallery.": "Этот файл — не каталог галереи.",
    "This catalog was written by a newer version of the gallery: update the program to open "
    "it.": "Каталог записан более новой версией галереи: обновите программу, чтобы открыть его.",
    "The catalog can only be read here: editing is off.":
        "Каталог здесь можно только читать: редактирование выключено.",
    "Another program is writing to the catalog: try again in a moment.":
        "В каталог сейчас пишет другая программа: попробуйте ещё раз через минуту.",
    "The catalog is open for editing in another window.":
        "Каталог открыт для редактирования в другом окне.",
    "The catalog file was replaced meanwhile (restored or rebuilt).":
        "Файл каталога тем временем заменили (восстановили или пересобрали).",
    "The file cannot be read.": "Файл не читается.",
    "The catalog cannot be used.": "Каталогом нельзя воспользоваться.",
    "opened read-only": "открыт только для чтения",
    "the catalog file or its folder is read-only":
        "файл каталога или его папка доступны только для чтения",
    "the database user %1 may only read this catalog":
        "пользователю базы данных %1 каталог доступен только для чтения",
    "the server is read-only (a standby)": "сервер доступен только для чтения (резервный)",
    "no right to change the table %1": "нет права изменять таблицу %1",
    "On a team server the catalog is not replaced from this window: the backup you choose is "
    "copied into a new database, and the team then switches to that database (the live one is "
    "never dropped). Give the command below to the server's administrator; a backup is a "
    "catalog file that any machine can also open as it is.":
        "На общем сервере каталог не заменяется из этого окна: выбранная копия переносится в "
        "новую базу данных, и команда затем переходит на неё (действующая база никогда не "
        "удаляется). Передайте команду ниже администратору сервера; копия — это файл каталога, "
        "который любой компьютер может открыть и так.",
    "This server's backups, in %1:": "Резервные копии этого сервера, в %1:",
    "Command that restores the chosen backup": "Команда, восстанавливающая выбранную копию",
    "&Copy command": "&Копировать команду",
    "No backups of this server catalog yet: File ▸ Back up… writes one.":
        "Резервных копий этого каталога на сервере ещё нет: их создаёт Файл ▸ Создать "
        "резервную копию…",
    "Cannot list the server's backups — %s": "Не удалось получить список копий сервера — %s",
    "no right to use the sequence %1 (it numbers new rows)":
        "нет права на последовательность %1 (она нумерует новые строки)",
    "the database user %1 lacks write rights on the server: %2. Ask the administrator for a "
    "curator's GRANTs (README, 'A team catalog')":
        "у пользователя базы данных %1 нет прав на запись на сервере: %2. Попросите "
        "администратора выдать права куратора (GRANT; README, раздел «A team catalog»)",
    "%1 on %2": "%1 на %2",
    "Being edited by %1. Each save after the first is shown to its curator as a conflict to "
    "merge, field by field.": (
        "Эту запись сейчас редактирует %1. Каждое сохранение после первого будет показано его "
        "автору как конфликт, который сводится поле за полем.",
        "Эту запись сейчас редактируют %1. Каждое сохранение после первого будет показано его "
        "автору как конфликт, который сводится поле за полем.",
        "Эту запись сейчас редактируют %1. Каждое сохранение после первого будет показано его "
        "автору как конфликт, который сводится поле за полем."),
    "Being edited by %1.": (
        "Эту запись сейчас редактирует %1.",
        "Эту запись сейчас редактируют %1.",
        "Эту запись сейчас редактируют %1."),
    "the connection to the catalog's server was lost; nothing was saved. The editor "
    "reconnects by itself: save again once the server is back":
        "связь с сервером каталога прервалась; ничего не сохранено. Редактор подключится "
        "снова сам: сохраните ещё раз, когда сервер вернётся",
    "The catalog's server cannot be reached. Your edit stays here and in its draft; the "
    "editor reconnects by itself every few seconds, then you can save.":
        "Сервер каталога недоступен. Ваша правка остаётся здесь и в черновике; редактор "
        "сам подключается снова каждые несколько секунд, после этого можно сохранить.",
    "This search was not run: the catalog's server cannot be reached. The works shown are "
    "the earlier results; the search runs when the server is back.":
        "Поиск не выполнен: сервер каталога недоступен. Показаны прежние результаты; поиск "
        "выполнится, когда сервер вернётся.",
    "The catalog's server refused the login: the user name or the password is wrong.":
        "Сервер каталога не принял вход: неверное имя пользователя или пароль.",
    "The catalog's server cannot be reached: is it running, and is the address right?":
        "Сервер каталога недоступен: запущен ли он и верен ли адрес?",
    "The catalog's server is back; saving works again.":
        "Сервер каталога снова доступен; сохранять можно.",
    "The connection to the catalog's server broke; nothing was saved. Your edit stays here "
    "and in its draft; the editor is reconnecting and will save it then.":
        "Связь с сервером каталога оборвалась; ничего не сохранено. Ваша правка остаётся здесь "
        "и в черновике; редактор подключается заново и тогда сохранит её.",
    "The connection to the catalog's server broke; reconnecting. The works shown stay "
    "meanwhile.":
        "Связь с сервером каталога оборвалась; подключаемся заново. Показанные работы пока "
        "остаются.",
    "The timeline cannot be read while the catalog's server is away; it appears here once "
    "the server is back.":
        "Хронологию нельзя прочитать, пока сервер каталога недоступен; она появится здесь, "
        "когда сервер вернётся.",
    "The missions cannot be read while the catalog's server is away; they appear here once "
    "the server is back.":
        "Полёты нельзя прочитать, пока сервер каталога недоступен; они появятся здесь, когда "
        "сервер вернётся.",
    # -- Qt's own file dialog, where qtbase_ru.qm has no Qt 6 wording (gallery/ui/qt_words.py)
    "&Look in:": "&Папка:",
    "Files of &type:": "&Тип файлов:",
    "%1 File": "Файл %1",
    "Drive": "Диск",
    "Missions, with their status": "Полёты и их статус",
    "The chosen mission": "Выбранный полёт",
    "Flown": "Выполнен",
    "Reassigned": "Перенесён",
    "Crew replaced": "Экипаж заменён",
    "Unknown": "Неизвестно",
    "Flown with Leonov aboard.": "Выполнен с Леоновым на борту.",
    "The flight never took place as planned.": "Полёт так и не состоялся, как планировалось.",
    "The plan moved to another flight.": "Задуманное для этого полёта выполнили в другом.",
    "Another crew flew instead of Leonov's.": "Вместо экипажа Леонова полетел другой.",
    # -- the timeline -----------------------------------------------------------------------------
    "Made on a known day": "Создана в известный день",
    "Made within a date range": "Создана в пределах дат",
    "Open or uncertain date": "Открытая или неточная дата",
    "Same work: made / shows": "Одна работа: создана / изображает",
    "Made: %1": "Создана: %1",
    "date unknown": "дата неизвестна",
    "What the work shows: the mission it depicts or commemorates":
        "Что изображает работа: полёт, который она показывает или которому посвящена",
    "When the work was made": "Когда работа создана",
    "Undated works: %1": "Работы без даты: %1",
    "+%1 more": "ещё %1",
    "Show fewer": "Свернуть",
    "Life timeline": "Хронология жизни",
    # -- the provenance timeline ------------------------------------------------------------------
    "Ownership": "Владение",
    "Custody": "Хранение",
    "Published": "Публикации",
    "Provenance timeline": "Хронология провенанса",
    "%1. Left and Right move in time, Up and Down between lanes, Home and End to a lane's "
    "first and last event, Enter opens it.":
        "%1. Стрелки влево и вправо — по времени, вверх и вниз — между дорожками, Home и "
        "End — к первому и последнему событию дорожки, Enter открывает событие.",
    "whereabouts unknown": "местонахождение неизвестно",
    "Date: %1": "Дата: %1",
    "Place: %1": "Место: %1",
    "certain": "точно",
    "probable": "вероятно",
    "possible": "возможно",
    "not established": "не установлено",
    "Certainty: %1": "Достоверность: %1",
    "Transfer known to be direct": "Известно, что передача была прямой",
    "Not known to be a direct transfer": "Неизвестно, была ли передача прямой",
    "No provenance recorded": "Провенанс не записан",
    "Reproduced or published: %1.": "Воспроизведения и публикации: %1.",
    "today": "сегодня",
    # -- playlists --------------------------------------------------------------------------------
    "Playlist editor": "Редактор плейлистов",
    "Slideshow playlist": "Плейлист слайд-шоу",
    "This catalog is read-only: %s": "Этот каталог только для чтения: %s",
    "Playlist name": "Название плейлиста",
    "Kind of playlist": "Вид плейлиста",
    "Chosen works, in order": "Выбранные работы по порядку",
    "Saved search (follows the catalog)": "Сохранённый поиск (следует за каталогом)",
    "When it plays": "Когда показывается",
    "always — or e.g. Mon-Fri 09:00-18:00; Sat 10:00-16:00":
        "всегда — или, например, Mon-Fri 09:00-18:00; Sat 10:00-16:00",
    "Seconds per work": "Секунд на работу",
    "the show's interval": "интервал показа",
    " s": " с",
    "&Name": "&Название",
    "&Kind": "&Вид",
    "&Plays": "&Показ",
    "&Seconds per work": "&Секунд на работу",
    "The catalog cannot be opened.": "Каталог не удаётся открыть.",
    "one set": "серий: 1",
    "%1 sets": "серий: %1",
    "one group": "групп: 1",
    "%1 groups": "групп: %1",
    "(%1 among them)": "(из них %1)",
    " and ": ", ",
    "German": "немецкий",
    "Spanish": "испанский",
    "French": "французский",
    "Russian in Latin letters": "русский латиницей",
    "status not recorded": "статус не указан",
    "Part of: %1": "Входит в: %1",
    "Includes: %1": "Включает: %1",
    "May be the same work as: %1 (the sources cannot tell)":
        "Возможно, то же произведение, что и %1 (по источникам не различить)",
    "p. %1": "с. %1",
    "Reproduces: %1": "Воспроизводит: %1",
    "Literature": "Литература",
    "Parts and related records": "Части и связанные записи",
    "Titles": "Названия",
    "Each title with its language and whether it is the original, a published translation "
    "or the catalogue's own.": "Каждое название с языком и пометкой: оригинал, опубликованный "
                               "перевод или перевод каталога.",
    "credit line not known": "источник поступления неизвестен",
    "First day of the run": "Первый день выставки",
    "Last day of the run": "Последний день выставки",
    "YYYY-MM-DD, or empty": "ГГГГ-ММ-ДД или пусто",
    "Closed days": "Выходные дни",
    "e.g. 2026-12-31, 2027-01-01..2027-01-03": "например, 2026-12-31, 2027-01-01..2027-01-03",
    "Runs &from": "&Открыта с",
    "Runs &until": "Открыта &до",
    "&Closed on": "&Закрыта в дни",
    "Problems": "Ошибки",
    "Works in the playlist": "Работы в плейлисте",
    "Move &up": "&Выше",
    "Move &down": "&Ниже",
    "&Remove": "&Убрать",
    "Find works to add": "Найти работы для добавления",
    "Find works to add…": "Найти работы для добавления…",
    "Works found": "Найденные работы",
    "&Add to playlist": "&Добавить в плейлист",
    "Add work": "Добавить работу",
    "Search words": "Слова для поиска",
    "words (empty: every work)": "слова (пусто — все работы)",
    "any mission": "любой полёт",
    "any kind": "любой вид",
    "Works it finds now": "Что он находит сейчас",
    "Count works": "Посчитать работы",
    "Words": "Слова",
    "%n work(s) now": ("сейчас %n работа", "сейчас %n работы", "сейчас %n работ"),
    "Someone deleted this playlist meanwhile; Save creates it again.":
        "Кто-то тем временем удалил этот плейлист; «Сохранить» создаст его заново.",
    "Not saved: someone else changed this playlist.":
        "Не сохранено: кто-то другой изменил этот плейлист.",
    "Playlist changed": "Плейлист изменён",
    "Someone else saved this playlist while you were editing it.":
        "Пока вы редактировали плейлист, его сохранил кто-то другой.",
    "Load theirs": "Загрузить их версию",
    "Work": "Работа",
    "Caption (replaces the title)": "Подпись (вместо названия)",
    "Seconds": "Секунды",
    # -- provenance editing -----------------------------------------------------------------------
    "Provenance events, in order": "События провенанса по порядку",
    "Add event": "Добавить событие",
    "Move up": "Выше",
    "Move down": "Ниже",
    "Selected event": "Выбранное событие",
    "Current holder, derived from the events": "Нынешний владелец, выведенный из событий",
    "Date": "Дата",
    "e.g. 1965, c. 1970, 1975–1980": "например, 1965, ок. 1970, 1975–1980",
    "Certainty": "Достоверность",
    "Party": "Сторона",
    "who gave, sold, lent or showed it": "кто подарил, продал, одолжил или показал",
    "Holder after": "Владелец после",
    "who has it after this event": "у кого работа после этого события",
    "Moves": "Переходит",
    "as the kind implies": "как следует из вида события",
    "ownership": "право собственности",
    "custody only": "только хранение",
    "nothing": "ничего",
    "unknown": "неизвестно",
    "Place": "Место",
    "Follows the previous event directly": "Прямо следует за предыдущим событием",
    "Direct": "Прямая передача",
    "Note": "Примечание",
    "stands for %s – %s": "означает %s – %s",
    "Current holder (derived from the events): %s": "Нынешний владелец (по событиям): %s",
    "Reads as: %s": "Читается так: %s",
    "Event %d: %s": "Событие %d: %s",
    "Add provenance event": "Добавить событие провенанса",
    "Remove provenance event": "Убрать событие провенанса",
    "Move provenance event": "Переместить событие провенанса",
    # -- record forms -----------------------------------------------------------------------------
    "one per line": "по одному в строке",
    "one per line, as  key: value": "по одному в строке, в виде  ключ: значение",
    "Possibly stale: “%s” was edited after this. Check it, then confirm.":
        "Возможно, устарело: «%s» правили позже. Проверьте и подтвердите.",
    "Edited in this session — not saved yet": "Изменено в этом сеансе — ещё не сохранено",
    "No recorded change to this field": "Изменений этого поля не записано",
    "Last changed by %s on %s": "Последнее изменение: %s, %s",
    "Kind of record to edit": "Вид записи для правки",
    "Filter the list": "Отфильтровать список",
    "Filter…": "Фильтр…",
    "Records": "Записи",
    "%d records": "Записей: %d",
    "Confirm": "Подтвердить",
    "Possibly stale": "Устарело?",  # short: it shares the caption line
    "Confirm this text is up to date": "Подтвердить, что текст актуален",
    "Record that this text has been checked against the other language":
        "Отметить, что текст сверен с версией на другом языке",
    "filled from the title when left empty": "если пусто, берётся из названия",
    "Title (Russian)": "Название (по-русски)",
    "Other titles": "Другие названия",
    "Type of work": "Тип работы",
    "painting, drawing, postage stamp, poster …": "картина, рисунок, почтовая марка, плакат…",
    "Confidence": "Надёжность записи",
    "Confidence note": "Примечание о надёжности",
    "as it should read: 1965, c. 1967, 18–19 March 1965":
        "как должно читаться: 1965, c. 1967, 18–19 March 1965",
    "Fill earliest and latest": "Заполнить раннюю и позднюю даты",
    "Earliest date": "Самая ранняя дата",
    "Latest date": "Самая поздняя дата",
    "Date note": "Примечание к дате",
    "height": "высота",
    "width": "ширина",
    "depth": "глубина",
    "Unit of the dimensions": "Единица размеров",
    "Unit": "Единица",
    "Dimensions (h × w × d)": "Размеры (в × ш × г)",
    "Dimensions note": "Примечание к размерам",
    "Where made": "Где создана",
    "Description": "Описание",
    "Description (Russian)": "Описание (по-русски)",
    "Subjects": "Темы",
    "keywords, separated by commas": "ключевые слова через запятую",
    "Alt text": "Альтернативный текст",
    "Alt text (Russian)": "Альтернативный текст (по-русски)",
    "Facts": "Факты",
    "Events, oldest first": "События, сначала ранние",
    "Sources for the current holder": "Источники о текущем владельце",
    "Sources for this work": "Источники об этой работе",
    "New work": "Новая работа",
    "New person": "Новый человек",
    "New mission": "Новый полёт",
    "New exhibition": "Новая выставка",
    "New source": "Новый источник",
    "New organisation": "Новая организация",
    "Give the person a name.": "Дайте человеку имя.",
    "Give the mission a name.": "Дайте полёту название.",
    "Give the exhibition a title.": "Дайте выставке название.",
    "Give the source its citation.": "Впишите ссылку на источник.",
    "Give the organisation a name.": "Дайте организации название.",
    "Give the record a name.": "Дайте записи название.",
    "Not saved yet": "Ещё не сохранено",
    "version %s": "версия %s",
    "saved %s": "сохранено %s",
    "Type the date as it should read; the earliest and latest dates can then be filled from "
    "it.": "Введите дату так, как она должна читаться; затем по ней можно заполнить самую "
           "раннюю и самую позднюю даты.",
    "Not read as a date — fill the earliest and latest dates yourself.":
        "Не распознано как дата — заполните самую раннюю и самую позднюю даты сами.",
    "Reads as %s to %s (%s)": "Читается как период с %s по %s (%s)",
    "Fill dates from “%s”": "Заполнить даты по «%s»",
    # -- trash ------------------------------------------------------------------------------------
    "Trash": "Корзина",
    "Restore to the gallery": "Вернуть в галерею",
    "Restore this work from the trash": "Вернуть эту работу из корзины",
    "Deleted works wait here with their provenance, links and history. Restoring brings a "
    "work back exactly as it was; it is recorded in its history.":
        "Удалённые работы ждут здесь вместе с провенансом, связями и историей. Возврат "
        "восстанавливает работу в точности как была и записывается в её историю.",
    "Choose a deleted work on the left to see it here.":
        "Выберите удалённую работу слева, чтобы увидеть её здесь.",
    "by %s, ": "кто: %s, ",
    "Moved to the trash %s%s.": "Перемещено в корзину %s%s.",
    "Holds %d provenance events, %d people, %d missions, %d exhibitions and %d sources.":
        "Содержит: событий провенанса — %d, людей — %d, полётов — %d, выставок — %d, "
        "источников — %d.",
    "Not restored — %s": "Не восстановлено — %s",
    # -- keyboard shortcuts -----------------------------------------------------------------------
    "Keyboard Shortcuts": "Сочетания клавиш",
    "Keyboard shortcuts": "Сочетания клавиш",
    "Move in the grid": "Перемещение по сетке",
    "Arrow keys, Page Up/Down, Home, End": "Стрелки, Page Up/Down, Home, End",
    "Open the selected work": "Открыть выбранную работу",
    "Enter, or double-click": "Enter или двойной щелчок",
    "Clear the search field": "Очистить поле поиска",
    "From the search field to the results": "Из поля поиска к результатам",
    "Down arrow, Enter": "Стрелка вниз, Enter",
    "Tick a filter": "Отметить фильтр",
    "Space or Enter": "Пробел или Enter",
    "Zoom about the pointer": "Масштаб вокруг указателя",
    "Mouse wheel": "Колёсико мыши",
    "Pan the image": "Сдвинуть изображение",
    "Drag": "Перетаскивание",
    "Fit / 100 %": "Вписать / 100 %",
    "Double-click the image": "Двойной щелчок по изображению",
    "Move between controls": "Переход между элементами",
    # -- catalog values in words ------------------------------------------------------------------
    "probably %1": "вероятно, %1",
    "possibly %1": "возможно, %1",
    "%1 (date uncertain)": "%1 (дата неточна)",
    "Current holder unknown": "Нынешний владелец неизвестен",
    "Held by %1": "Владелец: %1",
    "Probably held by %1": "Вероятный владелец: %1",
    "Possibly held by %1": "Возможный владелец: %1",
    "Perhaps held by %1 (not established)": "Возможно, владелец: %1 (не установлено)",
    "Well established: the main facts are confirmed by sources.":
        "Хорошо установлено: основные факты подтверждены источниками.",
    "Partly established: some facts rest on a single or weaker source.":
        "Установлено частично: некоторые факты опираются на один или менее надёжный источник.",
    "Not yet well established: treat this record with caution.":
        "Пока плохо установлено: относитесь к записи с осторожностью.",
    "High confidence": "Высокая надёжность",
    "Medium confidence": "Средняя надёжность",
    "Low confidence": "Низкая надёжность",
    "made during": "создана во время",
    "depicts": "изображает",
    "commemorates": "посвящена",
    "inspired by": "навеяна",
    "flown": "выполнен",
    "cancelled": "отменён",
    "reassigned": "перенесён",
    "crew replaced": "экипаж заменён",
    "shown": "показана",
    "related": "связана",
    "uncertain": "неточно",
    "Holder unknown": "Владелец неизвестен",
    "Date certain": "Дата точная",
    "Date probable": "Дата вероятная",
    "Date possible": "Дата возможная",
    "Date uncertain": "Дата неточная",
    "Painting": "Живопись",
    "Drawing": "Рисунок",
    "Stamp": "Марка",
    "Poster": "Плакат",
    "Print": "Эстамп",
    "Card": "Открытка",
    "Book": "Книга",
    "Medal": "Медаль",
    "Painting or drawing": "Живопись или рисунок",
    "Other": "Другое",
    # -- added as the window and the editor grew ----------------------------------------------
    "%1 saved “%2” (version %3, %4) while you were editing it. Nothing has been overwritten. "
    "For each field that differs, keep their value or yours, then save.":
        "Пока вы редактировали «%2», эту запись сохранили в другом окне (%1, версия %3, %4). "
        "Ничего не перезаписано. Для каждого различающегося поля оставьте их значение или "
        "своё, затем сохраните.",
    "Someone else": "Кто-то другой",
    "Drop a scan or photograph on the picture, or choose a file: JPEG, PNG, TIFF, WebP or "
    "GIF.": "Перетащите скан или фотографию на картинку или выберите файл: JPEG, PNG, TIFF, "
            "WebP или GIF.",
    "date unknown: no range to sort by": "дата неизвестна: нет диапазона для сортировки",
    "record": "запись",
    "records": "записей",
    "Holds %s.": "Содержит: %s.",
    "Views": "Разделы",
    # -- added by the lead: window and playlist strings ------------------------------------------
    "The catalog editor cannot open this catalog":
        "Редактор каталога не может открыть этот каталог",
    "Caption": "Подпись",
    "When": "Когда",
    "The details below are recorded in English only.":
        "Сведения ниже записаны в каталоге только по-английски.",
    "Who": "Кто",
    "What changed": "Что изменилось",
    "Before": "Было",
    "After": "Стало",
    "Shown instead of the title; empty: the work's title":
        "Показывается вместо названия; пусто — название работы",
    "Empty: the playlist's seconds per work": "Пусто — секунд на работу, как в плейлисте",
    # -- added by the lead: editor lists and dates, damaged catalogs -----------------------------
    "The date and its range disagree": "Дата и её диапазон не согласуются",
    "Save anyway?": "Всё равно сохранить?",
    "Save anyway": "Всё равно сохранить",
    "Not saved: the date and its range disagree.":
        "Не сохранено: дата и её диапазон не согласуются.",
    "Add an item": "Добавить пункт",
    "Remove the selected item": "Удалить выбранный пункт",
    "Move the selected item up": "Переместить выбранный пункт выше",
    "Move the selected item down": "Переместить выбранный пункт ниже",
    "Add an item to %s": "Добавить пункт: %s",
    "Remove an item from %s": "Удалить пункт: %s",
    "Reorder %s": "Изменить порядок: %s",
    "The catalog cannot be read": "Каталог не удаётся прочитать",
    "Fact": "Факт",
    "Value": "Значение",
    "as it should read: 1965, 18–19 March 1965": "как её следует читать: 1965, 18–19 марта 1965",
    "Use this range": "Взять этот диапазон",
    "the date cannot be read: %s": "дату не удаётся прочитать: %s",
    "The date reads “%s”, which stands for %s to %s, but the range says %s to %s.":
        "Дата записана как «%s», то есть с %s по %s, а диапазон — с %s по %s.",
    "No date: the work is undated.": "Даты нет: работа не датирована.",
    "Cannot read this as a date: %s. Write it as 1965, c. 1967, 1967-68, 18–19 March 1965 …; "
    "what a date cannot say goes in the date note.":
        "Не удаётся прочитать это как дату: %s. Пишите так: 1965, около 1967, 1967–68, "
        "18–19 марта 1965 …; то, чего не выразить датой, — в примечание к дате.",
    "Read as undated.": "Прочитано как «без даты».",
    "Read as %s to %s · %s": "Прочитано как с %s по %s · %s",
    # -- two windows on one record; merging lists in the conflict dialog -----------------------
    "“%s” is being edited in another window too (process %s). Save in one window only: the "
    "other save will meet a conflict.":
        "«%s» редактируется и в другом окне (процесс %s). Сохраняйте только в одном окне: "
        "второе сохранение встретит конфликт.",
    "merged item by item": "объединить по пунктам",
    "item %d": "пункт %d",
    "(removed)": "(удалено)",
    # -- visitor: a work's page on the bilingual catalog ---------------------------------------
    "Some details below are recorded in English only.":
        "Часть сведений ниже записана в каталоге только по-английски.",
    "our translation": "перевод",
    "published translation": "опубликованный перевод",
    "machine translation": "машинный перевод",
    "title given by this catalogue": "название дано каталогом",
    "Original title:": "Оригинальное название:",
    "Published title:": "Опубликованное название:",
    "Also titled: %1": "Другие названия: %1",
    "Face value": "Номинал",
    "Sources (%1)": "Источники (%1)",
    "Show or hide the sources": "Показать или скрыть источники",
    "%s (Russian)": "%s (по-русски)",
    "%s (English)": "%s (по-английски)",
    "About": "О записи",
    "Agent": "Агент",
    "Agents (holders, venues)": "Организации (владельцы, площадки)",
    "Biography": "Биография",
    "Birthplace": "Место рождения",
    "Born": "Дата рождения",
    "Category": "Категория",
    "Citation": "Библиографическая ссылка",
    "City": "Город",
    "Consulted": "Когда просмотрен",
    "Create a new agent record": "Создать новую запись агента",
    "Current holder": "Нынешний владелец",
    "Current holder (record)": "Нынешний владелец (запись)",
    "Date (EDTF)": "Дата (EDTF)",
    "Date qualifier": "Уточнение даты",
    "Dates": "Даты",
    "Dates & physical": "Даты и материалы",
    "Depth": "Глубина",
    "Died": "Дата смерти",
    "End": "Конец",
    "English": "Английский",
    "Fact (English)": "Факт (англ.)",
    "Fact (Russian)": "Факт (рус.)",
    "Find an agent or a person…": "Найти агента или человека…",
    "Height": "Высота",
    "Holder certainty": "Достоверность сведений о владельце",
    "Holder note": "Примечание о владельце",
    "Identification": "Основное",
    "Identifiers": "Идентификаторы",
    "Image checksum": "Контрольная сумма изображения",
    "Image file": "Файл изображения",
    "Image format": "Формат изображения",
    "Image height": "Высота изображения",
    "Image imported": "Изображение импортировано",
    "Image imported by": "Кто импортировал изображение",
    "Image size": "Размер изображения",
    "Image width": "Ширина изображения",
    "In the trash since": "В корзине с",
    "Key": "Ключ",
    "Language": "Язык",
    "Life": "Жизнь",
    "Link": "Связь",
    "Media": "Техники",
    "Medium note": "Примечание о технике",
    "Name": "Имя",
    "Name status": "Статус имени",
    "New agent": "Новый агент",
    "New agent…": "Новый агент…",
    "Party note": "Примечание об участнике",
    "People & missions": "Люди и полёты",
    "Place of death": "Место смерти",
    "Programme": "Программа",
    "Qualifier": "Уточнение",
    "Reliability": "Надёжность",
    "Retrieved": "Дата обращения",
    "Role": "Роль",
    "Role note": "Примечание о роли",
    "Roles": "Роды занятий",
    "Russian": "Русский",
    "Source": "Источник",
    "Sources for the holder": "Источники о владельце",
    "Start": "Начало",
    "Name status (English)": "Статус имени (по-английски)",
    "Title status (English)": "Статус названия (по-английски)",
    "Name status (Russian)": "Статус имени (по-русски)",
    "Title status (Russian)": "Статус названия (по-русски)",
    "Support note": "Примечание об основе",
    "Supports": "Основы",
    "Title status": "Статус названия",
    "Type of work note": "Примечание о виде работы",
    "ULAN": "ULAN",
    "Use": "Использование",
    "VIAF": "VIAF",
    "Value (English)": "Значение (англ.)",
    "Value (Russian)": "Значение (рус.)",
    "Venue": "Место проведения",
    "Visitors read: “%s” · “%s”": "Посетители увидят: «%s» · «%s»",
    "Web address": "Веб-адрес",
    "Width": "Ширина",
    "Wikidata": "Викиданные",
    "group": "группа",
    "organisation": "организация",
    "person": "человек",
    "Relation": "Связь с выставкой",
    "mission": "полёт",
    "exhibition": "выставка",
    "source": "источник",
    "Find a person…": "Найти человека…",
    "Find a mission…": "Найти полёт…",
    "Find an exhibition…": "Найти выставку…",
    "Find a source…": "Найти источник…",
    "What the phrase says beyond that goes in the date note, in both languages.":
        "То, что фраза говорит сверх этого, запишите в примечание к дате на обоих языках.",
    # -- the visitor's window: Back, counts, About (issue 15) ----------------------------------
    "&Back": "&Назад",
    "Back to the timeline": "Назад к хронологии",
    "Back to missions": "Назад к полётам",
    "Back to the previous work": "Назад к предыдущей работе",
    "%1 (Esc)": "%1 (Esc)",
    "Missions: %1": "Полётов: %1",
    "Works on the timeline: %1": "На хронологии: %1",
    "Dated works on the timeline: %1 · undated, listed below: %2":
        "Датированных работ на хронологии: %1 · без даты, в списке ниже: %2",
    "Leonov Gallery %1": "Галерея Леонова %1",
    "The art of Alexei Leonov (1934–2019), cosmonaut and painter, with the missions, people "
    "and sources behind each work.":
        "Искусство Алексея Леонова (1934–2019), космонавта и художника, — с полётами, людьми "
        "и источниками, стоящими за каждой работой.",
    "Data: %1 works researched from %2 published sources (%3); each work's page lists its own.":
        "Данные: %1 работ, изученных по %2 опубликованным источникам (%3); на странице каждой "
        "работы перечислены её источники.",
    "Images: the project has no scans of the real works. Every picture is a stand-in drawn by "
    "the project's own code and marked as such; a curator can replace one with a real scan.":
        "Изображения: сканов настоящих работ у проекта нет. Каждая картинка — замена, "
        "нарисованная кодом самого проекта и помеченная как замена; хранитель может заменить "
        "её настоящим сканом.",
    "news articles": "статьи в прессе",
    "web pages": "веб-страницы",
    "books": "книги",
    "encyclopedias": "энциклопедии",
    "museum pages": "страницы музеев",
    "blogs": "блоги",
    "stamp catalogues": "филателистические каталоги",
    "forums": "форумы",
    "auction records": "аукционные записи",
    "other": "другое",
    "Stand-in image of %1 (not the artwork), zoom %2 %":
        "Замещающее изображение: %1 (не сама работа), масштаб %2 %",
    "STAND-IN IMAGE — not the artwork": "ЗАМЕЩАЮЩЕЕ ИЗОБРАЖЕНИЕ — не сама работа",
    "The image file is missing beside this catalog: the small copy kept on this computer is "
    "shown": "Файла изображения нет рядом с каталогом: показана уменьшенная копия, "
             "сохранённая на этом компьютере",
    # -- the work page: summary, citation, provenance without history (issue 15) ----------------
    "Maker": "Автор",
    "Medium and support": "Техника и основа",
    "Size": "Размер",
    "not recorded": "не записан",
    "%1, record %2": "%1, запись %2",
    "Accessed %1": "Дата обращения: %1",
    "Cite this work": "Цитировать работу",
    "Copy a citation of this record, with its permanent id":
        "Скопировать ссылку на эту запись с её постоянным идентификатором",
    "Copied: %1": "Скопировано: %1",
    "How the holder is known": "Откуда известен владелец",
    "Nothing is known of who has owned or held this work, or where it is.":
        "Ничего не известно о том, кто владел этой работой или хранил её и где она сейчас.",
    "Zoom out (−, or Ctrl+wheel)": "Уменьшить (−, или Ctrl+колесо)",
    "Zoom in (+, or Ctrl+wheel)": "Увеличить (+, или Ctrl+колесо)",
    "Fit his whole life to the width (0)": "Вся жизнь по ширине окна (0)",
    "stand-in image, not the artwork": "замещающее изображение, не сама работа",
    "Clear the search": "Очистить поиск",
    "Choose a record on the left, or make a new one (File ▸ New record).":
        "Выберите запись в списке слева или создайте новую (Файл ▸ Новая запись).",
}

# Where one English word needs another Russian word in one place.
RU_CONTEXT: dict[tuple[str, str], str | tuple[str, ...]] = {
    ("AboutBox", "About"): "О программе",
    ("Apparatus", "English"): "английский",
    ("Apparatus", "Russian"): "русский",
    ("ProvenanceEditor", "unknown"): "неизвестно",
    ("ProvenanceTimeline", "unknown"): "неизвестно",
    ("MissionFacts", "Cancelled"): "Отмена",
    ("QAbstractFileIconProvider", "Folder"): "Папка",
    ("QAbstractFileIconProvider", "File"): "Файл",
    ("MissionStatus", "Cancelled"): "Отменён",
    ("FacetPanel", "Mission"): "Полёт",
    ("ProvenanceTimeline", "certain"): "точно",
    # the editor's list of a title's languages: capitalised, as its English and Russian are
    ("WorkForm", "Russian in Latin letters"): "Русский латиницей",
    ("WorkForm", "German"): "Немецкий",
    ("WorkForm", "French"): "Французский",
    ("WorkForm", "Spanish"): "Испанский",
}
