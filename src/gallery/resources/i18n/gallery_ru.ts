<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>AgentBinding</name>
        <message>
            <source>Edit %s</source>
            <translation>Изменить: %s
правку «%s»</translation>
        </message>
    </context>
    <context>
        <name>AgentPicker</name>
        <message>
            <source>Find an agent or a person…</source>
            <translation>Найти агента или человека…</translation>
        </message>
        <message>
            <source>New agent…</source>
            <translation>Новый агент…</translation>
        </message>
        <message>
            <source>Create a new agent record</source>
            <translation>Создать новую запись агента</translation>
        </message>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Leonov Gallery</source>
            <translation>Галерея Леонова</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <source>Hide this message</source>
            <translation>Скрыть это сообщение</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>Set a field on %d works</source>
            <translation>Задать поле у работ: %d</translation>
        </message>
        <message>
            <source>separate with commas</source>
            <translation>через запятую</translation>
        </message>
        <message>
            <source>leave empty to clear the field</source>
            <translation>оставьте пустым, чтобы очистить поле</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>Новое значение</translation>
        </message>
        <message>
            <source>Every selected work gets this value, as one change you can undo (Edit ▸ Undo batch change).</source>
            <translation>Каждая выбранная работа получит это значение — одним изменением, которое можно отменить (Правка ▸ Отменить групповое изменение).</translation>
        </message>
        <message>
            <source>Set on all</source>
            <translation>Задать всем</translation>
        </message>
    </context>
    <context>
        <name>BatchEditor</name>
        <message>
            <source>Choose two or more works in the list first (Ctrl+click or Shift+click).</source>
            <translation>Сначала выберите в списке две работы или больше (Ctrl+щелчок или Shift+щелчок).</translation>
        </message>
        <message>
            <source>Set %s on %d works</source>
            <translation>Поле «%s» задано у работ: %d</translation>
        </message>
        <message>
            <source>Not changed — %s</source>
            <translation>Не изменено — %s</translation>
        </message>
        <message numerus="yes">
            <source>%n work(s) changed</source>
            <translation>
                <numerusform>изменена %n работа</numerusform>
                <numerusform>изменены %n работы</numerusform>
                <numerusform>изменено %n работ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already had it</source>
            <translation>
                <numerusform>у %n уже было это значение</numerusform>
                <numerusform>у %n уже было это значение</numerusform>
                <numerusform>у %n уже было это значение</numerusform>
            </translation>
        </message>
        <message>
            <source>%s: %s.</source>
            <translation>%s: %s.</translation>
        </message>
        <message>
            <source>The batch change was not undone — %s. Nothing was overwritten.</source>
            <translation>Групповое изменение не отменено — %s. Ничего не перезаписано.</translation>
        </message>
    </context>
    <context>
        <name>Binding</name>
        <message>
            <source>Edit %s</source>
            <translation>Изменить: %s
правку «%s»</translation>
        </message>
    </context>
    <context>
        <name>BrowsePage</name>
        <message>
            <source>Browse works</source>
            <translation>Просмотр работ</translation>
        </message>
        <message>
            <source>Si&amp;ze</source>
            <translation>Раз&amp;мер</translation>
        </message>
        <message>
            <source>Picture size</source>
            <translation>Размер картинок</translation>
        </message>
        <message>
            <source>Picture size (Ctrl+wheel over the works)</source>
            <translation>Размер картинок (Ctrl+колесо над работами)</translation>
        </message>
        <message>
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <source>from %1</source>
            <translation>с %1</translation>
        </message>
        <message>
            <source>to %1</source>
            <translation>по %1</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>“%1”</source>
            <translation>«%1»</translation>
        </message>
    </context>
    <context>
        <name>CatalogErrors</name>
        <message>
            <source>There is no catalog at this place.</source>
            <translation>Здесь нет каталога.</translation>
        </message>
        <message>
            <source>The catalog's server refused the login: the user name or the password is wrong.</source>
            <translation>Сервер каталога не принял вход: неверное имя пользователя или пароль.</translation>
        </message>
        <message>
            <source>The catalog's server cannot be reached: is it running, and is the address right?</source>
            <translation>Сервер каталога недоступен: запущен ли он и верен ли адрес?</translation>
        </message>
        <message>
            <source>This file is not a catalog of the gallery.</source>
            <translation>Этот файл — не каталог галереи.</translation>
        </message>
        <message>
            <source>This catalog was written by a newer version of the gallery: update the program to open it.</source>
            <translation>Каталог записан более новой версией галереи: обновите программу, чтобы открыть его.</translation>
        </message>
        <message>
            <source>The catalog can only be read here: editing is off.</source>
            <translation>Каталог здесь можно только читать: редактирование выключено.</translation>
        </message>
        <message>
            <source>Another program is writing to the catalog: try again in a moment.</source>
            <translation>В каталог сейчас пишет другая программа: попробуйте ещё раз через минуту.</translation>
        </message>
        <message>
            <source>The catalog is open for editing in another window.</source>
            <translation>Каталог открыт для редактирования в другом окне.</translation>
        </message>
        <message>
            <source>The catalog file was replaced meanwhile (restored or rebuilt).</source>
            <translation>Файл каталога тем временем заменили (восстановили или пересобрали).</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>Файл не читается.</translation>
        </message>
        <message>
            <source>The catalog cannot be used.</source>
            <translation>Каталогом нельзя воспользоваться.</translation>
        </message>
        <message>
            <source>The catalog file is damaged; only a backup can bring it back.</source>
            <translation>Файл каталога повреждён; вернуть его может только резервная копия.</translation>
        </message>
        <message>
            <source>The catalog file may be damaged; then only a backup can bring it back.</source>
            <translation>Файл каталога, возможно, повреждён; тогда вернуть его может только резервная копия.</translation>
        </message>
        <message>
            <source>The catalog editor cannot open a damaged file: a backup is restored from a terminal, with the command gallery restore (the backups are kept in the folder “backups” beside the catalog). If someone else looks after this catalog, tell them.</source>
            <translation>Редактор каталога повреждённый файл не открывает: копию восстанавливают в терминале командой gallery restore (копии хранятся в папке «backups» рядом с каталогом). Если каталог ведёт кто-то другой, сообщите ему.</translation>
        </message>
        <message>
            <source>the database user %1 may only read this catalog</source>
            <translation>пользователю базы данных %1 каталог доступен только для чтения</translation>
        </message>
        <message>
            <source>the server is read-only (a standby)</source>
            <translation>сервер доступен только для чтения (резервный)</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>открыт только для чтения</translation>
        </message>
        <message>
            <source>the catalog file or its folder is read-only</source>
            <translation>файл каталога или его папка доступны только для чтения</translation>
        </message>
        <message>
            <source>no right to change the table %1</source>
            <translation>нет права изменять таблицу %1</translation>
        </message>
        <message>
            <source>no right to use the sequence %1 (it numbers new rows)</source>
            <translation>нет права на последовательность %1 (она нумерует новые строки)</translation>
        </message>
        <message>
            <source>the database user %1 lacks write rights on the server: %2. Ask the administrator for a curator's GRANTs (README, 'A team catalog')</source>
            <translation>у пользователя базы данных %1 нет прав на запись на сервере: %2. Попросите администратора выдать права куратора (GRANT; README, раздел «A team catalog»)</translation>
        </message>
        <message>
            <source>the connection to the catalog's server was lost; nothing was saved. The editor reconnects by itself: save again once the server is back</source>
            <translation>связь с сервером каталога прервалась; ничего не сохранено. Редактор подключится снова сам: сохраните ещё раз, когда сервер вернётся</translation>
        </message>
    </context>
    <context>
        <name>ChoiceBinding</name>
        <message>
            <source>%s (not a listed value)</source>
            <translation>%s (нет в списке)</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Someone else saved this record</source>
            <translation>Эту запись сохранил кто-то другой</translation>
        </message>
        <message>
            <source>%1 saved “%2” (version %3, %4) while you were editing it. Nothing has been overwritten. For each field that differs, keep their value or yours, then save.</source>
            <translation>Пока вы редактировали «%2», эту запись сохранили в другом окне (%1, версия %3, %4). Ничего не перезаписано. Для каждого различающегося поля оставьте их значение или своё, затем сохраните.</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Кто-то другой</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Theirs (saved)</source>
            <translation>Их версия (сохранена)</translation>
        </message>
        <message>
            <source>Mine (this window)</source>
            <translation>Моя (в этом окне)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Оставить</translation>
        </message>
        <message>
            <source>item %d</source>
            <translation>пункт %d</translation>
        </message>
        <message>
            <source>(removed)</source>
            <translation>(удалено)</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>Оставить их</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить моё</translation>
        </message>
        <message>
            <source>Save merge</source>
            <translation>Сохранить объединение</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>их</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>моё</translation>
        </message>
        <message>
            <source>merged item by item</source>
            <translation>объединить по пунктам</translation>
        </message>
    </context>
    <context>
        <name>CorrectionNote</name>
        <message>
            <source>Showing results for &lt;b&gt;%1&lt;/b&gt;. Search instead for &lt;a href="exact"&gt;%2&lt;/a&gt;</source>
            <translation>Показаны результаты для &lt;b&gt;%1&lt;/b&gt;. Искать именно &lt;a href="exact"&gt;%2&lt;/a&gt;</translation>
        </message>
        <message>
            <source>Showing results for %1</source>
            <translation>Показаны результаты для %1</translation>
        </message>
    </context>
    <context>
        <name>DateBinding</name>
        <message>
            <source>Edit %s</source>
            <translation>Изменить: %s
правку «%s»</translation>
        </message>
    </context>
    <context>
        <name>Deletion</name>
        <message>
            <source>These records link to it; their links stay: %s.</source>
            <translation>На неё ссылаются эти записи; их ссылки останутся: %s.</translation>
        </message>
    </context>
    <context>
        <name>DetailPage</name>
        <message>
            <source>Back to works</source>
            <translation>Назад к работам</translation>
        </message>
        <message>
            <source>Back to the timeline</source>
            <translation>Назад к хронологии</translation>
        </message>
        <message>
            <source>Back to missions</source>
            <translation>Назад к полётам</translation>
        </message>
        <message>
            <source>Back to the previous work</source>
            <translation>Назад к предыдущей работе</translation>
        </message>
        <message>
            <source>%1 (Esc)</source>
            <translation>%1 (Esc)</translation>
        </message>
        <message>
            <source>‹ Previous</source>
            <translation>‹ Предыдущая</translation>
        </message>
        <message>
            <source>Previous work (Left arrow)</source>
            <translation>Предыдущая работа (стрелка влево)</translation>
        </message>
        <message>
            <source>Previous work</source>
            <translation>Предыдущая работа</translation>
        </message>
        <message>
            <source>Next ›</source>
            <translation>Следующая ›</translation>
        </message>
        <message>
            <source>Next work (Right arrow)</source>
            <translation>Следующая работа (стрелка вправо)</translation>
        </message>
        <message>
            <source>Next work</source>
            <translation>Следующая работа</translation>
        </message>
        <message>
            <source>Work details</source>
            <translation>Сведения о работе</translation>
        </message>
        <message>
            <source>The image file is missing beside this catalog: the small copy kept on this computer is shown</source>
            <translation>Файла изображения нет рядом с каталогом: показана уменьшенная копия, сохранённая на этом компьютере</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 из %2</translation>
        </message>
    </context>
    <context>
        <name>DiffModel</name>
        <message>
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Было</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Стало</translation>
        </message>
    </context>
    <context>
        <name>DropArea</name>
        <message>
            <source>Image of the work; drop an image file here</source>
            <translation>Изображение работы; перетащите сюда файл изображения</translation>
        </message>
    </context>
    <context>
        <name>EditSession</name>
        <message>
            <source>New record</source>
            <translation>Новая запись</translation>
        </message>
        <message>
            <source>process %s</source>
            <translation>процесс %s</translation>
        </message>
        <message>
            <source>“%s” is being edited in another window too (by %s). Save in one window only: the other save will meet a conflict.</source>
            <translation>«%s» редактируется и в другом окне (%s). Сохраняйте только в одном окне: другое сохранение приведёт к конфликту.</translation>
        </message>
        <message>
            <source>Could not open the record: %s</source>
            <translation>Не удалось открыть запись: %s</translation>
        </message>
        <message>
            <source>Saved “%s”.</source>
            <translation>«%s» сохранено.</translation>
        </message>
        <message>
            <source>Not saved — %s. The catalog is as it was, and your edit is kept as a draft.</source>
            <translation>Не сохранено — %s. Каталог не изменился, ваша правка сохранена как черновик.</translation>
        </message>
        <message>
            <source>Not saved — %s Your edit is kept as a draft.</source>
            <translation>Не сохранено — %s Ваша правка сохранена как черновик.</translation>
        </message>
        <message>
            <source>Not saved — an unexpected error: %s. Your edit is kept as a draft.</source>
            <translation>Не сохранено — непредвиденная ошибка: %s. Ваша правка сохранена как черновик.</translation>
        </message>
        <message numerus="yes">
            <source>Not saved: %n problem(s) to fix (%1). Each is explained next to its field.</source>
            <translation>
                <numerusform>Не сохранено: нужно исправить %n ошибку (%1). Она объяснена рядом с полем.</numerusform>
                <numerusform>Не сохранено: нужно исправить %n ошибки (%1). Каждая объяснена рядом с полем.</numerusform>
                <numerusform>Не сохранено: нужно исправить %n ошибок (%1). Каждая объяснена рядом с полем.</numerusform>
            </translation>
        </message>
        <message>
            <source>Move to trash</source>
            <translation>В корзину</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Not deleted — %s</source>
            <translation>Не удалено — %s</translation>
        </message>
        <message>
            <source>Not saved — someone deleted this record for good. Your edit is kept as a draft.</source>
            <translation>Не сохранено — кто-то удалил эту запись окончательно. Ваша правка сохранена как черновик.</translation>
        </message>
        <message>
            <source>Not saved — the record changed meanwhile; your edit is kept until you save again.</source>
            <translation>Не сохранено — запись тем временем изменилась; ваша правка остаётся у вас, пока вы её не сохраните.</translation>
        </message>
        <message>
            <source>Resolve conflict</source>
            <translation>Разрешить конфликт</translation>
        </message>
        <message>
            <source>Kept the saved version of “%s”.</source>
            <translation>Оставлена сохранённая версия «%s».</translation>
        </message>
        <message>
            <source>Revert to version %s</source>
            <translation>Вернуть версию %s</translation>
        </message>
        <message>
            <source>The form now holds version %s. Save to record the revert.</source>
            <translation>В форме теперь версия %s. Сохраните, чтобы записать возврат.</translation>
        </message>
        <message>
            <source>Revert %s</source>
            <translation>Вернуть: %s</translation>
        </message>
        <message>
            <source>Import image</source>
            <translation>Импорт изображения</translation>
        </message>
        <message>
            <source>Saved “%s”, but check the provenance's order: %s.</source>
            <translation>«%s» сохранена, но проверьте порядок событий провенанса: %s.</translation>
        </message>
        <message>
            <source>The date and its range disagree</source>
            <translation>Дата и её диапазон не согласуются</translation>
        </message>
        <message>
            <source>Save anyway?</source>
            <translation>Всё равно сохранить?</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>Всё равно сохранить</translation>
        </message>
        <message>
            <source>Not saved: the date and its range disagree.</source>
            <translation>Не сохранено: дата и её диапазон не согласуются.</translation>
        </message>
    </context>
    <context>
        <name>EditorWindow</name>
        <message>
            <source>The problems are fixed; save when ready.</source>
            <translation>Ошибки исправлены; сохраните, когда будете готовы.</translation>
        </message>
        <message>
            <source>Your unsaved edit could not be kept as a draft: %s</source>
            <translation>Несохранённую правку не удалось сохранить как черновик: %s</translation>
        </message>
        <message>
            <source>Read-only: %s. You can look, but not change anything.</source>
            <translation>Только чтение: %s. Смотреть можно, изменять нельзя.</translation>
        </message>
        <message>
            <source>Catalog editor</source>
            <translation>Редактор каталога</translation>
        </message>
        <message>
            <source>Moved to the trash.</source>
            <translation>Перемещено в корзину.</translation>
        </message>
        <message>
            <source>Deleted.</source>
            <translation>Удалено.</translation>
        </message>
        <message>
            <source>Restored from the trash.</source>
            <translation>Восстановлено из корзины.</translation>
        </message>
        <message>
            <source>This catalog is on a network drive (%s). Editing it from two computers at once can damage it: SQLite's write-ahead log only protects writers on one machine. Edit from one computer at a time, or work on a local copy.</source>
            <translation>Этот каталог находится на сетевом диске (%s). Правка с двух компьютеров одновременно может его повредить: журнал SQLite защищает только запись с одной машины. Редактируйте с одного компьютера за раз или работайте с локальной копией.</translation>
        </message>
        <message>
            <source>Edits you can undo</source>
            <translation>Правки, которые можно отменить</translation>
        </message>
        <message>
            <source>As opened</source>
            <translation>Как при открытии</translation>
        </message>
        <message>
            <source>Undo history</source>
            <translation>История изменений</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>No works match this search.</source>
            <translation>Ни одна работа не подходит под этот поиск.</translation>
        </message>
        <message>
            <source>Try fewer words, or clear the filters to see every work.</source>
            <translation>Попробуйте меньше слов или сбросьте фильтры, чтобы увидеть все работы.</translation>
        </message>
        <message>
            <source>No work matches these filters.</source>
            <translation>Ни одна работа не подходит под эти фильтры.</translation>
        </message>
        <message>
            <source>Clear the filters, or choose fewer, to see more works.</source>
            <translation>Снимите фильтры или выберите меньше, чтобы увидеть больше работ.</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Сбросить поиск и фильтры</translation>
        </message>
        <message>
            <source>Choose a record on the left, or make a new one (File ▸ New record).</source>
            <translation>Выберите запись в списке слева или создайте новую (Файл ▸ Новая запись).</translation>
        </message>
    </context>
    <context>
        <name>EventDateBinding</name>
        <message>
            <source>Edit event date</source>
            <translation>Изменить дату события</translation>
        </message>
    </context>
    <context>
        <name>ExternalChanges</name>
        <message>
            <source>A newer version of “%s” was saved elsewhere; your unsaved changes are kept. Saving will show both versions.</source>
            <translation>Более новая версия «%s» сохранена в другом месте; ваши несохранённые изменения остаются. При сохранении будут показаны обе версии.</translation>
        </message>
        <message>
            <source>“%s” was saved elsewhere; it is shown as saved.</source>
            <translation>«%s» сохранена в другом окне; показана сохранённая версия.</translation>
        </message>
        <message>
            <source>The catalog's server cannot be reached. Your edit stays here and in its draft; the editor reconnects by itself every few seconds, then you can save.</source>
            <translation>Сервер каталога недоступен. Ваша правка остаётся здесь и в черновике; редактор сам подключается снова каждые несколько секунд, после этого можно сохранить.</translation>
        </message>
        <message>
            <source>The connection to the catalog's server broke; nothing was saved. Your edit stays here and in its draft; the editor is reconnecting and will save it then.</source>
            <translation>Связь с сервером каталога оборвалась; ничего не сохранено. Ваша правка остаётся здесь и в черновике; редактор подключается заново и тогда сохранит её.</translation>
        </message>
        <message>
            <source>The catalog's server is back; saving works again.</source>
            <translation>Сервер каталога снова доступен; сохранять можно.</translation>
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <source>Mission</source>
            <translation>Полёт</translation>
        </message>
        <message>
            <source>Decade</source>
            <translation>Десятилетие</translation>
        </message>
        <message>
            <source>Kind of work</source>
            <translation>Вид работы</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Техника</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <source>Date certainty</source>
            <translation>Надёжность даты</translation>
        </message>
        <message>
            <source>How well established</source>
            <translation>Насколько установлено</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Фильтры</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Clear all filters</source>
            <translation>Сбросить все фильтры</translation>
        </message>
        <message>
            <source>Filter by %1</source>
            <translation>Фильтр: %1</translation>
        </message>
        <message>
            <source>Up and Down move, Space chooses, Left and Right fold a group.</source>
            <translation>Стрелки вверх и вниз — переход, пробел — выбор, влево и вправо — свернуть группу.</translation>
        </message>
    </context>
    <context>
        <name>FieldLabels</name>
        <message>
            <source>Identifier</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Other titles</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Type of work</source>
            <translation>Тип работы</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <source>Catalogue numbers</source>
            <translation>Каталожные номера</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>Источник поступления</translation>
        </message>
        <message>
            <source>Rights</source>
            <translation>Права</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Надёжность записи</translation>
        </message>
        <message>
            <source>Confidence note</source>
            <translation>Примечание о надёжности</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Earliest date</source>
            <translation>Самая ранняя дата</translation>
        </message>
        <message>
            <source>Latest date</source>
            <translation>Самая поздняя дата</translation>
        </message>
        <message>
            <source>Date certainty</source>
            <translation>Надёжность даты</translation>
        </message>
        <message>
            <source>Date note</source>
            <translation>Примечание к дате</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Техника</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Основа</translation>
        </message>
        <message>
            <source>Height</source>
            <translation>Высота</translation>
        </message>
        <message>
            <source>Width</source>
            <translation>Ширина</translation>
        </message>
        <message>
            <source>Depth</source>
            <translation>Глубина</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Dimensions note</source>
            <translation>Примечание к размерам</translation>
        </message>
        <message>
            <source>Inscriptions</source>
            <translation>Надписи</translation>
        </message>
        <message>
            <source>Where made</source>
            <translation>Где создана</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Факты</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Альтернативный текст</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Выставки</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Sources for the holder</source>
            <translation>Источники о владельце</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Провенанс</translation>
        </message>
        <message>
            <source>Current holder</source>
            <translation>Нынешний владелец</translation>
        </message>
        <message>
            <source>Holder certainty</source>
            <translation>Достоверность сведений о владельце</translation>
        </message>
        <message>
            <source>Image file</source>
            <translation>Файл изображения</translation>
        </message>
        <message>
            <source>Image checksum</source>
            <translation>Контрольная сумма изображения</translation>
        </message>
        <message>
            <source>Image width</source>
            <translation>Ширина изображения</translation>
        </message>
        <message>
            <source>Image height</source>
            <translation>Высота изображения</translation>
        </message>
        <message>
            <source>Image format</source>
            <translation>Формат изображения</translation>
        </message>
        <message>
            <source>Image size</source>
            <translation>Размер изображения</translation>
        </message>
        <message>
            <source>Stand-in image</source>
            <translation>Замещающее изображение</translation>
        </message>
        <message>
            <source>Image note</source>
            <translation>Примечание к изображению</translation>
        </message>
        <message>
            <source>Image imported</source>
            <translation>Изображение импортировано</translation>
        </message>
        <message>
            <source>Image imported by</source>
            <translation>Кто импортировал изображение</translation>
        </message>
        <message>
            <source>In the trash since</source>
            <translation>В корзине с</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <source>Birthplace</source>
            <translation>Место рождения</translation>
        </message>
        <message>
            <source>Died</source>
            <translation>Дата смерти</translation>
        </message>
        <message>
            <source>Place of death</source>
            <translation>Место смерти</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Роды занятий</translation>
        </message>
        <message>
            <source>Biography</source>
            <translation>Биография</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <source>Leonov's role</source>
            <translation>Роль Леонова</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Главные факты</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кратко</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Экипаж</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Citation</source>
            <translation>Библиографическая ссылка</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Reliability</source>
            <translation>Надёжность</translation>
        </message>
        <message>
            <source>Retrieved</source>
            <translation>Дата обращения</translation>
        </message>
        <message>
            <source>Supports</source>
            <translation>Основы</translation>
        </message>
        <message>
            <source>Title status (English)</source>
            <translation>Статус названия (по-английски)</translation>
        </message>
        <message>
            <source>Title status (Russian)</source>
            <translation>Статус названия (по-русски)</translation>
        </message>
        <message>
            <source>Name status (English)</source>
            <translation>Статус имени (по-английски)</translation>
        </message>
        <message>
            <source>Name status (Russian)</source>
            <translation>Статус имени (по-русски)</translation>
        </message>
        <message>
            <source>Date qualifier</source>
            <translation>Уточнение даты</translation>
        </message>
        <message>
            <source>Date (EDTF)</source>
            <translation>Дата (EDTF)</translation>
        </message>
        <message>
            <source>Type of work note</source>
            <translation>Примечание о виде работы</translation>
        </message>
        <message>
            <source>Media</source>
            <translation>Техники</translation>
        </message>
        <message>
            <source>Medium note</source>
            <translation>Примечание о технике</translation>
        </message>
        <message>
            <source>Support note</source>
            <translation>Примечание об основе</translation>
        </message>
        <message>
            <source>Holder note</source>
            <translation>Примечание о владельце</translation>
        </message>
        <message>
            <source>Current holder (record)</source>
            <translation>Нынешний владелец (запись)</translation>
        </message>
        <message>
            <source>Face value</source>
            <translation>Номинал</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>Holder after</source>
            <translation>Владелец после</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Party note</source>
            <translation>Примечание об участнике</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Role note</source>
            <translation>Примечание о роли</translation>
        </message>
        <message>
            <source>Qualifier</source>
            <translation>Уточнение</translation>
        </message>
        <message>
            <source>Certainty</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <source>Wikidata</source>
            <translation>Викиданные</translation>
        </message>
        <message>
            <source>ULAN</source>
            <translation>ULAN</translation>
        </message>
        <message>
            <source>VIAF</source>
            <translation>VIAF</translation>
        </message>
        <message>
            <source>Consulted</source>
            <translation>Когда просмотрен</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Связь</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Связь с выставкой</translation>
        </message>
        <message>
            <source>%s (Russian)</source>
            <translation>%s (по-русски)</translation>
        </message>
        <message>
            <source>%s (English)</source>
            <translation>%s (по-английски)</translation>
        </message>
    </context>
    <context>
        <name>FileLabels</name>
        <message>
            <source>%1 B</source>
            <translation>%1 Б</translation>
        </message>
    </context>
    <context>
        <name>FilterChips</name>
        <message>
            <source>Remove filter %1</source>
            <translation>Убрать фильтр %1</translation>
        </message>
        <message>
            <source>Clear all</source>
            <translation>Сбросить всё</translation>
        </message>
        <message>
            <source>Clear all filters and search</source>
            <translation>Сбросить все фильтры и поиск</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Что изменилось</translation>
        </message>
        <message>
            <source>confirmed %s matches %s</source>
            <translation>подтверждено: «%s» соответствует «%s»</translation>
        </message>
        <message>
            <source> and %d more</source>
            <translation> и ещё %d</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Changes to this record</source>
            <translation>Изменения этой записи</translation>
        </message>
        <message>
            <source>What this change did</source>
            <translation>Что изменила эта правка</translation>
        </message>
        <message>
            <source>Revert record to this version</source>
            <translation>Вернуть запись к этой версии</translation>
        </message>
        <message>
            <source>Revert selected field to this version</source>
            <translation>Вернуть выбранное поле к этой версии</translation>
        </message>
        <message>
            <source>A revert fills the form; save to record it as a new change.</source>
            <translation>Возврат заполняет форму; сохраните, чтобы записать его как новое изменение.</translation>
        </message>
    </context>
    <context>
        <name>IdentifyWindow</name>
        <message numerus="yes">
            <source>Screen %n</source>
            <translation>
                <numerusform>Экран %n</numerusform>
                <numerusform>Экран %n</numerusform>
                <numerusform>Экран %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImageCanvas</name>
        <message>
            <source>No image</source>
            <translation>Нет изображения</translation>
        </message>
        <message>
            <source>Stand-in image of %1 (not the artwork), zoom %2 %</source>
            <translation>Замещающее изображение: %1 (не сама работа), масштаб %2 %</translation>
        </message>
        <message>
            <source>Image of %1, zoom %2 %</source>
            <translation>Изображение: %1, масштаб %2 %</translation>
        </message>
        <message>
            <source>This image cannot be shown: %1</source>
            <translation>Это изображение нельзя показать: %1</translation>
        </message>
        <message>
            <source>No image of this work is in the catalog.</source>
            <translation>В каталоге нет изображения этой работы.</translation>
        </message>
        <message>
            <source>Loading image…</source>
            <translation>Загрузка изображения…</translation>
        </message>
    </context>
    <context>
        <name>ImageErrors</name>
        <message>
            <source>the file holds a %1 picture, but its name says %2.</source>
            <translation>в файле изображение %1, а по имени файла это %2.</translation>
        </message>
        <message>
            <source>the file holds a %1 picture, but its name does not say so.</source>
            <translation>в файле изображение %1, а имя файла этого не говорит.</translation>
        </message>
        <message>
            <source>the file is not where the catalog says (moved or deleted?).</source>
            <translation>файла нет там, где его указывает каталог (перемещён или удалён?).</translation>
        </message>
        <message>
            <source>the file cannot be read.</source>
            <translation>файл не удаётся прочитать.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>файл пуст.</translation>
        </message>
        <message>
            <source>the file is not a kind of picture the gallery shows.</source>
            <translation>галерея не показывает изображения такого вида.</translation>
        </message>
        <message>
            <source>the picture is too large to show.</source>
            <translation>изображение слишком велико, чтобы его показать.</translation>
        </message>
        <message>
            <source>the file is damaged or cut short.</source>
            <translation>файл повреждён или обрезан.</translation>
        </message>
    </context>
    <context>
        <name>ImagePanel</name>
        <message>
            <source>Choose image file…</source>
            <translation>Выбрать файл изображения…</translation>
        </message>
        <message>
            <source>Choose an image file to import</source>
            <translation>Выберите файл изображения для импорта</translation>
        </message>
        <message>
            <source>Drop a scan or photograph on the picture, or choose a file: JPEG, PNG, TIFF, WebP or GIF.</source>
            <translation>Перетащите скан или фотографию на картинку или выберите файл: JPEG, PNG, TIFF, WebP или GIF.</translation>
        </message>
        <message>
            <source>No image yet.
Drop an image file here, or choose one.</source>
            <translation>Изображения пока нет.
Перетащите сюда файл изображения или выберите его.</translation>
        </message>
        <message>
            <source>Loading the image…</source>
            <translation>Загрузка изображения…</translation>
        </message>
        <message>
            <source>The image file cannot be shown: %s</source>
            <translation>Файл изображения нельзя показать: %s</translation>
        </message>
        <message>
            <source>This work has no image file.</source>
            <translation>У этой работы нет файла изображения.</translation>
        </message>
        <message>
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 пикс.</translation>
        </message>
        <message>
            <source>size unknown</source>
            <translation>размер неизвестен</translation>
        </message>
        <message>
            <source>stand-in picture (no scan of the real work yet)</source>
            <translation>замещающая картинка (скана подлинной работы пока нет)</translation>
        </message>
        <message>
            <source>scan or photograph of the work</source>
            <translation>скан или фотография работы</translation>
        </message>
        <message>
            <source>imported %1 by %2</source>
            <translation>импортировано %1, импортировал(а): %2</translation>
        </message>
        <message>
            <source>save the new work before adding its image</source>
            <translation>сохраните новую работу, прежде чем добавлять изображение</translation>
        </message>
        <message>
            <source>Checking and copying %s…</source>
            <translation>Проверка и копирование %s…</translation>
        </message>
        <message>
            <source>A smaller image</source>
            <translation>Изображение меньше</translation>
        </message>
        <message>
            <source>%s is %d × %d pixels, smaller than the image it would replace (%d × %d pixels). Replace the larger image with it?</source>
            <translation>%s — %d × %d пикселей, меньше заменяемого изображения (%d × %d пикселей). Заменить большее изображение им?</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Заменить</translation>
        </message>
        <message>
            <source>the larger image is kept</source>
            <translation>большее изображение оставлено</translation>
        </message>
        <message>
            <source>Imported. The image is saved in the catalog.</source>
            <translation>Импортировано. Изображение сохранено в каталоге.</translation>
        </message>
        <message>
            <source>Not imported — %s. Nothing was changed.</source>
            <translation>Не импортировано — %s. Ничего не изменилось.</translation>
        </message>
    </context>
    <context>
        <name>ImagesFolderNote</name>
        <message>
            <source>The images folder is not beside this catalog (%1): pictures show only where this computer keeps a small copy of them. Copy the folder next to the catalog to see them all.</source>
            <translation>Рядом с каталогом нет папки изображений (%1): картинки видны только там, где на этом компьютере есть их уменьшенные копии. Скопируйте папку к каталогу, чтобы видеть все.</translation>
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <source>About this work</source>
            <translation>Об этой работе</translation>
        </message>
        <message>
            <source>Some details below are recorded in English only.</source>
            <translation>Часть сведений ниже записана в каталоге только по-английски.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кратко</translation>
        </message>
        <message>
            <source>Cite this work</source>
            <translation>Цитировать работу</translation>
        </message>
        <message>
            <source>Copy a citation of this record, with its permanent id</source>
            <translation>Скопировать ссылку на эту запись с её постоянным идентификатором</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <translation>Скопировано: %1</translation>
        </message>
        <message>
            <source>our translation</source>
            <translation>перевод</translation>
        </message>
        <message>
            <source>published translation</source>
            <translation>опубликованный перевод</translation>
        </message>
        <message>
            <source>machine translation</source>
            <translation>машинный перевод</translation>
        </message>
        <message>
            <source>title given by this catalogue</source>
            <translation>название дано каталогом</translation>
        </message>
        <message>
            <source>Original title:</source>
            <translation>Оригинальное название:</translation>
        </message>
        <message>
            <source>Published title:</source>
            <translation>Опубликованное название:</translation>
        </message>
        <message>
            <source>Also titled: %1</source>
            <translation>Другие названия: %1</translation>
        </message>
        <message>
            <source>Stand-in image — not a photograph of the work</source>
            <translation>Замещающее изображение — не фотография работы</translation>
        </message>
        <message>
            <source>Stand-in image</source>
            <translation>Замещающее изображение</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>How the holder is known</source>
            <translation>Откуда известен владелец</translation>
        </message>
        <message>
            <source>Inscriptions</source>
            <translation>Надписи</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>Место создания</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <source>Face value</source>
            <translation>Номинал</translation>
        </message>
        <message>
            <source>Catalogue numbers</source>
            <translation>Каталожные номера</translation>
        </message>
        <message>
            <source>Rights</source>
            <translation>Права</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Провенанс</translation>
        </message>
        <message>
            <source>Nothing is known of who has owned or held this work, or where it is.</source>
            <translation>Ничего не известно о том, кто владел этой работой или хранил её и где она сейчас.</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>Related works</source>
            <translation>Связанные работы</translation>
        </message>
        <message>
            <source>Same mission: %1</source>
            <translation>Тот же полёт: %1</translation>
        </message>
        <message>
            <source>Same series: %1</source>
            <translation>Та же серия: %1</translation>
        </message>
        <message>
            <source>Also with %1</source>
            <translation>Также с участием: %1</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Выставки</translation>
        </message>
    </context>
    <context>
        <name>KindWords</name>
        <message>
            <source>New person</source>
            <translation>Новый человек</translation>
        </message>
        <message>
            <source>New mission</source>
            <translation>Новый полёт</translation>
        </message>
        <message>
            <source>New exhibition</source>
            <translation>Новая выставка</translation>
        </message>
        <message>
            <source>New source</source>
            <translation>Новый источник</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <source>Give the person a name.</source>
            <translation>Дайте человеку имя.</translation>
        </message>
        <message>
            <source>Give the mission a name.</source>
            <translation>Дайте полёту название.</translation>
        </message>
        <message>
            <source>Give the exhibition a title.</source>
            <translation>Дайте выставке название.</translation>
        </message>
        <message>
            <source>Give the source its citation.</source>
            <translation>Впишите ссылку на источник.</translation>
        </message>
        <message>
            <source>Give the organisation a name.</source>
            <translation>Дайте организации название.</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <source>Leonov Gallery</source>
            <translation>Галерея Леонова</translation>
        </message>
        <message>
            <source>The catalog cannot be opened.</source>
            <translation>Каталог не удаётся открыть.</translation>
        </message>
    </context>
    <context>
        <name>LinkEditor</name>
        <message>
            <source>Linked %s records</source>
            <translation>Связанные записи: %s</translation>
        </message>
        <message>
            <source>Choose a %s to link</source>
            <translation>Выберите, что связать: %s</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>Новая…</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>That %s is already linked.</source>
            <translation>Эта запись (%s) уже связана.</translation>
        </message>
        <message>
            <source>Choose a %s from the list, or use New… to add one.</source>
            <translation>Выберите из списка (%s) или добавьте новую кнопкой «Новая…».</translation>
        </message>
    </context>
    <context>
        <name>LinkWords</name>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>mission</source>
            <translation>полёт</translation>
        </message>
        <message>
            <source>exhibition</source>
            <translation>выставка</translation>
        </message>
        <message>
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <source>Find a person…</source>
            <translation>Найти человека…</translation>
        </message>
        <message>
            <source>Find a mission…</source>
            <translation>Найти полёт…</translation>
        </message>
        <message>
            <source>Find an exhibition…</source>
            <translation>Найти выставку…</translation>
        </message>
        <message>
            <source>Find a source…</source>
            <translation>Найти источник…</translation>
        </message>
        <message>
            <source>shown</source>
            <translation>показана</translation>
        </message>
        <message>
            <source>related</source>
            <translation>связана</translation>
        </message>
    </context>
    <context>
        <name>LinkedRecords</name>
        <message>
            <source>work</source>
            <translation>работа</translation>
        </message>
        <message>
            <source>mission</source>
            <translation>полёт</translation>
        </message>
        <message>
            <source>exhibition</source>
            <translation>выставка</translation>
        </message>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>playlist</source>
            <translation>плейлист</translation>
        </message>
        <message>
            <source> (in the trash)</source>
            <translation> (в корзине)</translation>
        </message>
    </context>
    <context>
        <name>LinkedRecordsDialog</name>
        <message>
            <source>Not deleted: other records link to it</source>
            <translation>Не удалено: на запись ссылаются другие</translation>
        </message>
        <message numerus="yes">
            <source>“%1” cannot be deleted: it is linked from %n record(s). Open one to remove its link, then delete again.</source>
            <translation>
                <numerusform>«%1» нельзя удалить: на неё ссылается %n запись. Откройте её, уберите ссылку и удалите снова.</numerusform>
                <numerusform>«%1» нельзя удалить: на неё ссылаются %n записи. Откройте одну из них, уберите ссылку и удалите снова.</numerusform>
                <numerusform>«%1» нельзя удалить: на неё ссылаются %n записей. Откройте одну из них, уберите ссылку и удалите снова.</numerusform>
            </translation>
        </message>
        <message>
            <source>Records that link to it</source>
            <translation>Записи, которые на неё ссылаются</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add an item</source>
            <translation>Добавить пункт</translation>
        </message>
        <message>
            <source>Remove the selected item</source>
            <translation>Удалить выбранный пункт</translation>
        </message>
        <message>
            <source>Move the selected item up</source>
            <translation>Переместить выбранный пункт выше</translation>
        </message>
        <message>
            <source>Move the selected item down</source>
            <translation>Переместить выбранный пункт ниже</translation>
        </message>
        <message>
            <source>Add an item to %s</source>
            <translation>Добавить пункт: %s</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Изменить: %s
правку «%s»</translation>
        </message>
        <message>
            <source>Remove an item from %s</source>
            <translation>Удалить пункт: %s</translation>
        </message>
        <message>
            <source>Reorder %s</source>
            <translation>Изменить порядок: %s</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>The catalog editor cannot open this catalog</source>
            <translation>Редактор каталога не может открыть этот каталог</translation>
        </message>
        <message>
            <source>%1 — Leonov Gallery</source>
            <translation>%1 — Галерея Леонова</translation>
        </message>
        <message>
            <source>Leonov Gallery</source>
            <translation>Галерея Леонова</translation>
        </message>
        <message>
            <source>This catalog cannot be opened</source>
            <translation>Этот каталог нельзя открыть</translation>
        </message>
        <message>
            <source>Open Catalog</source>
            <translation>Открыть каталог</translation>
        </message>
        <message>
            <source>Catalogs (*.db *.sqlite);;All files (*)</source>
            <translation>Каталоги (*.db *.sqlite);;Все файлы (*)</translation>
        </message>
        <message>
            <source>The catalog cannot be read</source>
            <translation>Каталог не удаётся прочитать</translation>
        </message>
        <message>
            <source>Editing is off: %1</source>
            <translation>Редактирование выключено: %1</translation>
        </message>
        <message>
            <source>one set</source>
            <translation>серий: 1</translation>
        </message>
        <message>
            <source>%1 sets</source>
            <translation>серий: %1</translation>
        </message>
        <message>
            <source>one group</source>
            <translation>групп: 1</translation>
        </message>
        <message>
            <source>%1 groups</source>
            <translation>групп: %1</translation>
        </message>
        <message>
            <source>(%1 among them)</source>
            <translation>(из них %1)</translation>
        </message>
        <message>
            <source> and </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Loading works…</source>
            <translation>Загрузка работ…</translation>
        </message>
        <message>
            <source>%1 of %2 works</source>
            <translation>%1 из %2 работ</translation>
        </message>
        <message>
            <source>The catalog's server cannot be reached. Showing what was already loaded; reconnecting by itself every few seconds.</source>
            <translation>Сервер каталога недоступен. Показано то, что уже загружено; программа сама подключается снова каждые несколько секунд.</translation>
        </message>
        <message>
            <source>This work cannot be read until the catalog's server is back.</source>
            <translation>Эту работу нельзя открыть, пока сервер каталога недоступен.</translation>
        </message>
        <message>
            <source>This search was not run: the catalog's server cannot be reached. The works shown are the earlier results; the search runs when the server is back.</source>
            <translation>Поиск не выполнен: сервер каталога недоступен. Показаны прежние результаты; поиск выполнится, когда сервер вернётся.</translation>
        </message>
        <message>
            <source>The connection to the catalog's server broke; reconnecting. The works shown stay meanwhile.</source>
            <translation>Связь с сервером каталога оборвалась; подключаемся заново. Показанные работы пока остаются.</translation>
        </message>
    </context>
    <context>
        <name>MissionCard</name>
        <message>
            <source>This work: %1</source>
            <translation>Эта работа: %1</translation>
        </message>
        <message>
            <source>Leonov's role</source>
            <translation>Роль Леонова</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Экипаж</translation>
        </message>
        <message>
            <source>Mission %1</source>
            <translation>Полёт %1</translation>
        </message>
    </context>
    <context>
        <name>MissionFacts</name>
        <message>
            <source>Spacewalk duration</source>
            <translation>Длительность выхода в космос</translation>
        </message>
        <message>
            <source>Spacewalk began</source>
            <translation>Начало выхода</translation>
        </message>
        <message>
            <source>Spacewalk training</source>
            <translation>Подготовка к выходу</translation>
        </message>
        <message>
            <source>Tether length</source>
            <translation>Длина фала</translation>
        </message>
        <message>
            <source>Total time in open space</source>
            <translation>Всего в открытом космосе</translation>
        </message>
        <message>
            <source>Flight duration</source>
            <translation>Длительность полёта</translation>
        </message>
        <message>
            <source>Landing site</source>
            <translation>Место посадки</translation>
        </message>
        <message>
            <source>Nights before rescue</source>
            <translation>Ночей до эвакуации</translation>
        </message>
        <message>
            <source>Hero award</source>
            <translation>Звание Героя</translation>
        </message>
        <message>
            <source>L1 group formed</source>
            <translation>Создание группы Л1</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Тренажёр</translation>
        </message>
        <message>
            <source>Centrifuge</source>
            <translation>Центрифуга</translation>
        </message>
        <message>
            <source>Flown later without a crew</source>
            <translation>Позже выполнено без экипажа</translation>
        </message>
        <message>
            <source>LOK orbiter crew</source>
            <translation>Экипаж орбитального корабля ЛОК</translation>
        </message>
        <message>
            <source>LK lander crew</source>
            <translation>Экипаж лунного корабля ЛК</translation>
        </message>
        <message>
            <source>Transfer between craft</source>
            <translation>Переход между кораблями</translation>
        </message>
        <message>
            <source>N1 launches</source>
            <translation>Пуски Н1</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Why the crew was replaced</source>
            <translation>Почему заменили экипаж</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Backup crew</source>
            <translation>Дублирующий экипаж</translation>
        </message>
        <message>
            <source>Loss of DOS-2</source>
            <translation>Гибель ДОС-2</translation>
        </message>
        <message>
            <source>Salyut 2</source>
            <translation>Салют-2</translation>
        </message>
        <message>
            <source>DOS-3</source>
            <translation>ДОС-3</translation>
        </message>
        <message>
            <source>Crew size</source>
            <translation>Численность экипажа</translation>
        </message>
        <message>
            <source>Soyuz launch</source>
            <translation>Старт «Союза»</translation>
        </message>
        <message>
            <source>Apollo launch</source>
            <translation>Старт «Аполлона»</translation>
        </message>
        <message>
            <source>Docking</source>
            <translation>Стыковка</translation>
        </message>
        <message>
            <source>Time docked</source>
            <translation>Продолжительность стыковки</translation>
        </message>
        <message>
            <source>Soyuz landing</source>
            <translation>Посадка «Союза»</translation>
        </message>
        <message>
            <source>Soyuz flight duration</source>
            <translation>Длительность полёта «Союза»</translation>
        </message>
        <message>
            <source>Apollo splashdown</source>
            <translation>Приводнение «Аполлона»</translation>
        </message>
        <message>
            <source>Docking module</source>
            <translation>Стыковочный модуль</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Награды</translation>
        </message>
        <message>
            <source>Launch</source>
            <translation>Старт</translation>
        </message>
        <message>
            <source>Landing</source>
            <translation>Посадка</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Экипаж</translation>
        </message>
    </context>
    <context>
        <name>MissionPage</name>
        <message>
            <source>Choose a mission from the list.</source>
            <translation>Выберите полёт в списке.</translation>
        </message>
        <message>
            <source>Leonov's role</source>
            <translation>Роль Леонова</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Кратко</translation>
        </message>
        <message>
            <source>(not yet written in this language)</source>
            <translation>(на этом языке ещё не написано)</translation>
        </message>
        <message>
            <source>Notes on the sources</source>
            <translation>Об источниках</translation>
        </message>
        <message>
            <source>Original name: %1</source>
            <translation>Название в оригинале: %1</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Экипаж</translation>
        </message>
        <message>
            <source>Key facts</source>
            <translation>Главные факты</translation>
        </message>
        <message>
            <source>Show these works in the grid</source>
            <translation>Показать эти работы в сетке</translation>
        </message>
        <message>
            <source>No works in the catalog are linked to this mission.</source>
            <translation>В каталоге нет работ, связанных с этим полётом.</translation>
        </message>
        <message>
            <source>Works</source>
            <translation>Работы</translation>
        </message>
        <message>
            <source>Open in the web browser: %1</source>
            <translation>Открыть в браузере: %1</translation>
        </message>
        <message>
            <source>Hide the sources</source>
            <translation>Скрыть источники</translation>
        </message>
        <message>
            <source>Show the sources (%1)</source>
            <translation>Показать источники (%1)</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
    </context>
    <context>
        <name>MissionStatus</name>
        <message>
            <source>Flown</source>
            <translation>Выполнен</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Отменён</translation>
        </message>
        <message>
            <source>Reassigned</source>
            <translation>Перенесён</translation>
        </message>
        <message>
            <source>Crew replaced</source>
            <translation>Экипаж заменён</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Flown with Leonov aboard.</source>
            <translation>Выполнен с Леоновым на борту.</translation>
        </message>
        <message>
            <source>The flight never took place as planned.</source>
            <translation>Полёт так и не состоялся, как планировалось.</translation>
        </message>
        <message>
            <source>The plan moved to another flight.</source>
            <translation>Задуманное для этого полёта выполнили в другом.</translation>
        </message>
        <message>
            <source>Another crew flew instead of Leonov's.</source>
            <translation>Вместо экипажа Леонова полетел другой.</translation>
        </message>
    </context>
    <context>
        <name>MissionsView</name>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>Missions, with their status</source>
            <translation>Полёты и их статус</translation>
        </message>
        <message>
            <source>The chosen mission</source>
            <translation>Выбранный полёт</translation>
        </message>
    </context>
    <context>
        <name>NameStatus</name>
        <message>
            <source>name as written in its own language</source>
            <translation>имя на языке оригинала</translation>
        </message>
        <message>
            <source>published spelling of the name</source>
            <translation>опубликованное написание имени</translation>
        </message>
        <message>
            <source>spelling chosen by this catalogue</source>
            <translation>написание, принятое в каталоге</translation>
        </message>
        <message>
            <source>machine transliteration</source>
            <translation>машинная транслитерация</translation>
        </message>
    </context>
    <context>
        <name>NewRecordDialog</name>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>group</source>
            <translation>группа</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Name in Russian</source>
            <translation>Имя по-русски</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Программа</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Title in Russian</source>
            <translation>Название по-русски</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Город</translation>
        </message>
        <message>
            <source>Citation</source>
            <translation>Библиографическая ссылка</translation>
        </message>
        <message>
            <source>Web address</source>
            <translation>Веб-адрес</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Place in Russian</source>
            <translation>Место по-русски</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <source>made from the name</source>
            <translation>составляется из имени</translation>
        </message>
        <message>
            <source>The identifier uses lower-case letters, digits and dashes.</source>
            <translation>Идентификатор состоит из строчных латинских букв, цифр и дефисов.</translation>
        </message>
        <message>
            <source>the identifier “%s” is already used</source>
            <translation>идентификатор «%s» уже занят</translation>
        </message>
        <message>
            <source>Not created — %s. Change it and try again.</source>
            <translation>Не создано — %s. Исправьте и попробуйте снова.</translation>
        </message>
    </context>
    <context>
        <name>PlaylistEditor</name>
        <message>
            <source>Playlist editor</source>
            <translation>Редактор плейлистов</translation>
        </message>
        <message>
            <source>Slideshow playlist</source>
            <translation>Плейлист слайд-шоу</translation>
        </message>
        <message>
            <source>This catalog is read-only: %s</source>
            <translation>Этот каталог только для чтения: %s</translation>
        </message>
        <message>
            <source>Playlist name</source>
            <translation>Название плейлиста</translation>
        </message>
        <message>
            <source>Kind of playlist</source>
            <translation>Вид плейлиста</translation>
        </message>
        <message>
            <source>Chosen works, in order</source>
            <translation>Выбранные работы по порядку</translation>
        </message>
        <message>
            <source>Saved search (follows the catalog)</source>
            <translation>Сохранённый поиск (следует за каталогом)</translation>
        </message>
        <message>
            <source>When it plays</source>
            <translation>Когда показывается</translation>
        </message>
        <message>
            <source>always — or e.g. Mon-Fri 09:00-18:00; Sat 10:00-16:00</source>
            <translation>всегда — или, например, Mon-Fri 09:00-18:00; Sat 10:00-16:00</translation>
        </message>
        <message>
            <source>First day of the run</source>
            <translation>Первый день выставки</translation>
        </message>
        <message>
            <source>Last day of the run</source>
            <translation>Последний день выставки</translation>
        </message>
        <message>
            <source>YYYY-MM-DD, or empty</source>
            <translation>ГГГГ-ММ-ДД или пусто</translation>
        </message>
        <message>
            <source>Closed days</source>
            <translation>Выходные дни</translation>
        </message>
        <message>
            <source>e.g. 2026-12-31, 2027-01-01..2027-01-03</source>
            <translation>например, 2026-12-31, 2027-01-01..2027-01-03</translation>
        </message>
        <message>
            <source>Seconds per work</source>
            <translation>Секунд на работу</translation>
        </message>
        <message>
            <source>the show's interval</source>
            <translation>интервал показа</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Plays</source>
            <translation>&amp;Показ</translation>
        </message>
        <message>
            <source>Runs &amp;from</source>
            <translation>&amp;Открыта с</translation>
        </message>
        <message>
            <source>Runs &amp;until</source>
            <translation>Открыта &amp;до</translation>
        </message>
        <message>
            <source>&amp;Closed on</source>
            <translation>&amp;Закрыта в дни</translation>
        </message>
        <message>
            <source>&amp;Seconds per work</source>
            <translation>&amp;Секунд на работу</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Works in the playlist</source>
            <translation>Работы в плейлисте</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Убрать</translation>
        </message>
        <message>
            <source>Find works to add</source>
            <translation>Найти работы для добавления</translation>
        </message>
        <message>
            <source>Find works to add…</source>
            <translation>Найти работы для добавления…</translation>
        </message>
        <message>
            <source>Works found</source>
            <translation>Найденные работы</translation>
        </message>
        <message>
            <source>&amp;Add to playlist</source>
            <translation>&amp;Добавить в плейлист</translation>
        </message>
        <message>
            <source>Add work</source>
            <translation>Добавить работу</translation>
        </message>
        <message>
            <source>Search words</source>
            <translation>Слова для поиска</translation>
        </message>
        <message>
            <source>words (empty: every work)</source>
            <translation>слова (пусто — все работы)</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Полёт</translation>
        </message>
        <message>
            <source>any mission</source>
            <translation>любой полёт</translation>
        </message>
        <message>
            <source>Kind of work</source>
            <translation>Вид работы</translation>
        </message>
        <message>
            <source>any kind</source>
            <translation>любой вид</translation>
        </message>
        <message>
            <source>Works it finds now</source>
            <translation>Что он находит сейчас</translation>
        </message>
        <message>
            <source>Count works</source>
            <translation>Посчитать работы</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Слова</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message numerus="yes">
            <source>%n work(s) now</source>
            <translation>
                <numerusform>сейчас %n работа</numerusform>
                <numerusform>сейчас %n работы</numerusform>
                <numerusform>сейчас %n работ</numerusform>
            </translation>
        </message>
        <message>
            <source>Someone deleted this playlist meanwhile; Save creates it again.</source>
            <translation>Кто-то тем временем удалил этот плейлист; «Сохранить» создаст его заново.</translation>
        </message>
        <message>
            <source>Not saved: someone else changed this playlist.</source>
            <translation>Не сохранено: кто-то другой изменил этот плейлист.</translation>
        </message>
        <message>
            <source>Playlist changed</source>
            <translation>Плейлист изменён</translation>
        </message>
        <message>
            <source>Someone else saved this playlist while you were editing it.</source>
            <translation>Пока вы редактировали плейлист, его сохранил кто-то другой.</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Оставить моё</translation>
        </message>
        <message>
            <source>Load theirs</source>
            <translation>Загрузить их версию</translation>
        </message>
    </context>
    <context>
        <name>PlaylistItemsModel</name>
        <message>
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Shown instead of the title; empty: the work's title</source>
            <translation>Показывается вместо названия; пусто — название работы</translation>
        </message>
        <message>
            <source>Empty: the playlist's seconds per work</source>
            <translation>Пусто — секунд на работу, как в плейлисте</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>Секунды</translation>
        </message>
    </context>
    <context>
        <name>PresenceBanner</name>
        <message>
            <source>%1 on %2</source>
            <translation>%1 на %2</translation>
        </message>
        <message numerus="yes">
            <source>Being edited by %1.</source>
            <translation>
                <numerusform>Эту запись сейчас редактирует %1.</numerusform>
                <numerusform>Эту запись сейчас редактируют %1.</numerusform>
                <numerusform>Эту запись сейчас редактируют %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Being edited by %1. Each save after the first is shown to its curator as a conflict to merge, field by field.</source>
            <translation>
                <numerusform>Эту запись сейчас редактирует %1. Каждое сохранение после первого будет показано его автору как конфликт, который сводится поле за полем.</numerusform>
                <numerusform>Эту запись сейчас редактируют %1. Каждое сохранение после первого будет показано его автору как конфликт, который сводится поле за полем.</numerusform>
                <numerusform>Эту запись сейчас редактируют %1. Каждое сохранение после первого будет показано его автору как конфликт, который сводится поле за полем.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProvenanceEditor</name>
        <message>
            <source>Provenance events, in order</source>
            <translation>События провенанса по порядку</translation>
        </message>
        <message>
            <source>Add event</source>
            <translation>Добавить событие</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Selected event</source>
            <translation>Выбранное событие</translation>
        </message>
        <message>
            <source>Current holder, derived from the events</source>
            <translation>Нынешний владелец, выведенный из событий</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>e.g. 1965, c. 1970, 1975–1980</source>
            <translation>например, 1965, ок. 1970, 1975–1980</translation>
        </message>
        <message>
            <source>Date note</source>
            <translation>Примечание к дате</translation>
        </message>
        <message>
            <source>Certainty</source>
            <translation>Достоверность</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Party</source>
            <translation>Сторона</translation>
        </message>
        <message>
            <source>who gave, sold, lent or showed it</source>
            <translation>кто подарил, продал, одолжил или показал</translation>
        </message>
        <message>
            <source>Party note</source>
            <translation>Примечание об участнике</translation>
        </message>
        <message>
            <source>Holder after</source>
            <translation>Владелец после</translation>
        </message>
        <message>
            <source>who has it after this event</source>
            <translation>у кого работа после этого события</translation>
        </message>
        <message>
            <source>Moves</source>
            <translation>Переходит</translation>
        </message>
        <message>
            <source>as the kind implies</source>
            <translation>как следует из вида события</translation>
        </message>
        <message>
            <source>ownership</source>
            <translation>право собственности</translation>
        </message>
        <message>
            <source>custody only</source>
            <translation>только хранение</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>ничего</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Follows the previous event directly</source>
            <translation>Прямо следует за предыдущим событием</translation>
        </message>
        <message>
            <source>Direct</source>
            <translation>Прямая передача</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Current holder (derived from the events): %s</source>
            <translation>Нынешний владелец (по событиям): %s</translation>
        </message>
        <message>
            <source>Reads as: %s</source>
            <translation>Читается так: %s</translation>
        </message>
        <message>
            <source>Event %d: %s</source>
            <translation>Событие %d: %s</translation>
        </message>
        <message>
            <source>Add provenance event</source>
            <translation>Добавить событие провенанса</translation>
        </message>
        <message>
            <source>Remove provenance event</source>
            <translation>Убрать событие провенанса</translation>
        </message>
        <message>
            <source>Move provenance event</source>
            <translation>Переместить событие провенанса</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceTimeline</name>
        <message>
            <source>Ownership</source>
            <translation>Владение</translation>
        </message>
        <message>
            <source>Custody</source>
            <translation>Хранение</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Публикации</translation>
        </message>
        <message>
            <source>Provenance timeline</source>
            <translation>Хронология провенанса</translation>
        </message>
        <message>
            <source>whereabouts unknown</source>
            <translation>местонахождение неизвестно</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>Date: %1</source>
            <translation>Дата: %1</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Место: %1</translation>
        </message>
        <message>
            <source>certain</source>
            <translation>точно</translation>
        </message>
        <message>
            <source>probable</source>
            <translation>вероятно</translation>
        </message>
        <message>
            <source>possible</source>
            <translation>возможно</translation>
        </message>
        <message>
            <source>not established</source>
            <translation>не установлено</translation>
        </message>
        <message>
            <source>Certainty: %1</source>
            <translation>Достоверность: %1</translation>
        </message>
        <message>
            <source>Transfer known to be direct</source>
            <translation>Известно, что передача была прямой</translation>
        </message>
        <message>
            <source>Not known to be a direct transfer</source>
            <translation>Неизвестно, была ли передача прямой</translation>
        </message>
        <message>
            <source>No provenance recorded</source>
            <translation>Провенанс не записан</translation>
        </message>
        <message>
            <source>Reproduced or published: %1.</source>
            <translation>Воспроизведения и публикации: %1.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сегодня</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Папка</translation>
        </message>
        <message>
            <source>File</source>
            <comment>All other platforms</comment>
            <translation>Файл</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Файл %1</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Диск</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Папка:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлов:</translation>
        </message>
    </context>
    <context>
        <name>RecordForm</name>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Fact</source>
            <translation>Факт</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Possibly stale: “%s” was edited after this. Check it, then confirm.</source>
            <translation>Возможно, устарело: «%s» правили позже. Проверьте и подтвердите.</translation>
        </message>
        <message>
            <source>Edited in this session — not saved yet</source>
            <translation>Изменено в этом сеансе — ещё не сохранено</translation>
        </message>
        <message>
            <source>No recorded change to this field</source>
            <translation>Изменений этого поля не записано</translation>
        </message>
        <message>
            <source>Last changed by %s on %s</source>
            <translation>Последнее изменение: %s, %s</translation>
        </message>
        <message>
            <source>Show the history of this record</source>
            <translation>Показать историю этой записи</translation>
        </message>
    </context>
    <context>
        <name>RecordTools</name>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
    </context>
    <context>
        <name>RecordsPanel</name>
        <message>
            <source>Works</source>
            <translation>Работы</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Выставки</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Agents (holders, venues)</source>
            <translation>Организации (владельцы, площадки)</translation>
        </message>
        <message>
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <source>Kind of record to edit</source>
            <translation>Вид записи для правки</translation>
        </message>
        <message>
            <source>Filter the list</source>
            <translation>Отфильтровать список</translation>
        </message>
        <message>
            <source>Filter…</source>
            <translation>Фильтр…</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>record</source>
            <translation>запись</translation>
        </message>
        <message>
            <source>records</source>
            <translation>записей</translation>
        </message>
    </context>
    <context>
        <name>RelatedList</name>
        <message>
            <source>Open %1</source>
            <translation>Открыть: %1</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановить из копии</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Резервные копии, сначала новые</translation>
        </message>
        <message>
            <source>The catalog will be replaced by the backup you choose, after the backup is checked. The current catalog is kept as a backup too, so nothing is lost. Close other windows on this catalog first.</source>
            <translation>Каталог будет заменён выбранной копией после её проверки. Текущий каталог тоже сохранится как копия, так что ничего не потеряется. Сначала закройте другие окна с этим каталогом.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
    </context>
    <context>
        <name>SearchBar</name>
        <message>
            <source>Search titles, descriptions, people, missions…  (Ctrl+F)</source>
            <translation>Поиск по названиям, описаниям, людям, полётам…  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search works</source>
            <translation>Поиск работ</translation>
        </message>
        <message>
            <source>Works with all the words typed are found. OR between words finds either; NOT word or -word leaves out the works with that word (operators in capitals).</source>
            <translation>Находятся работы со всеми набранными словами. ИЛИ (OR) между словами — с любым из них; НЕ слово (NOT) или -слово — без работ с этим словом (операторы — заглавными буквами).</translation>
        </message>
        <message>
            <source>Clear the search</source>
            <translation>Очистить поиск</translation>
        </message>
        <message>
            <source>&amp;Sort by</source>
            <translation>&amp;Сортировать</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Date, newest first</source>
            <translation>Дата, сначала новые</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Recently added</source>
            <translation>Недавно добавленные</translation>
        </message>
        <message>
            <source>Best match</source>
            <translation>Лучшее совпадение</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Полёт</translation>
        </message>
        <message>
            <source>Sort works by</source>
            <translation>Сортировать работы</translation>
        </message>
        <message>
            <source>Type a search first</source>
            <translation>Сначала введите запрос</translation>
        </message>
    </context>
    <context>
        <name>ServerRestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановить из копии</translation>
        </message>
        <message>
            <source>On a team server the catalog is not replaced from this window: the backup you choose is copied into a new database, and the team then switches to that database (the live one is never dropped). Give the command below to the server's administrator; a backup is a catalog file that any machine can also open as it is.</source>
            <translation>На общем сервере каталог не заменяется из этого окна: выбранная копия переносится в новую базу данных, и команда затем переходит на неё (действующая база никогда не удаляется). Передайте команду ниже администратору сервера; копия — это файл каталога, который любой компьютер может открыть и так.</translation>
        </message>
        <message>
            <source>This server's backups, in %1:</source>
            <translation>Резервные копии этого сервера, в %1:</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Резервные копии, сначала новые</translation>
        </message>
        <message>
            <source>Command that restores the chosen backup</source>
            <translation>Команда, восстанавливающая выбранную копию</translation>
        </message>
        <message>
            <source>&amp;Copy command</source>
            <translation>&amp;Копировать команду</translation>
        </message>
        <message>
            <source>No backups of this server catalog yet: File ▸ Back up… writes one.</source>
            <translation>Резервных копий этого каталога на сервере ещё нет: их создаёт Файл ▸ Создать резервную копию…</translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard Shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>Move in the grid</source>
            <translation>Перемещение по сетке</translation>
        </message>
        <message>
            <source>Arrow keys, Page Up/Down, Home, End</source>
            <translation>Стрелки, Page Up/Down, Home, End</translation>
        </message>
        <message>
            <source>Open the selected work</source>
            <translation>Открыть выбранную работу</translation>
        </message>
        <message>
            <source>Enter, or double-click</source>
            <translation>Enter или двойной щелчок</translation>
        </message>
        <message>
            <source>Clear the search field</source>
            <translation>Очистить поле поиска</translation>
        </message>
        <message>
            <source>From the search field to the results</source>
            <translation>Из поля поиска к результатам</translation>
        </message>
        <message>
            <source>Down arrow, Enter</source>
            <translation>Стрелка вниз, Enter</translation>
        </message>
        <message>
            <source>Tick a filter</source>
            <translation>Отметить фильтр</translation>
        </message>
        <message>
            <source>Space or Enter</source>
            <translation>Пробел или Enter</translation>
        </message>
        <message>
            <source>Zoom about the pointer</source>
            <translation>Масштаб вокруг указателя</translation>
        </message>
        <message>
            <source>Mouse wheel</source>
            <translation>Колёсико мыши</translation>
        </message>
        <message>
            <source>Pan the image</source>
            <translation>Сдвинуть изображение</translation>
        </message>
        <message>
            <source>Drag</source>
            <translation>Перетаскивание</translation>
        </message>
        <message>
            <source>Fit / 100 %</source>
            <translation>Вписать / 100 %</translation>
        </message>
        <message>
            <source>Double-click the image</source>
            <translation>Двойной щелчок по изображению</translation>
        </message>
        <message>
            <source>Move between controls</source>
            <translation>Переход между элементами</translation>
        </message>
        <message>
            <source>Open the menus</source>
            <translation>Открыть меню</translation>
        </message>
        <message>
            <source>How search works: every form of a word counts (луна, луну; painting, paintings), in Russian or Latin letters (восход, voskhod). While you type, the best matches come first — works whose title holds the words, then by how much a word weighs where it stands: a title more than a person's name or a mission, those more than a description or the provenance — until you choose another order; when more than 2,000 works match, they are shown by date. When nothing matches, the catalog's closest words are tried and named above the grid.</source>
            <translation>Как работает поиск: годится любая форма слова (луна, луну; painting, paintings), кириллицей или латиницей (восход, voskhod). Пока вы печатаете, первыми идут лучшие совпадения: сначала работы, в названии которых есть эти слова, затем по весу слова там, где оно стоит: в названии больше, чем в имени человека или миссии, а в них больше, чем в описании или истории бытования, — пока вы не выберете другой порядок; если совпало больше 2000 работ, они идут по дате. Если ничего не нашлось, пробуются ближайшие слова каталога, и они названы над сеткой.</translation>
        </message>
    </context>
    <context>
        <name>SimilarNames</name>
        <message>
            <source>Records with this name</source>
            <translation>Записи с таким именем</translation>
        </message>
        <message>
            <source>Already in the catalog, with the same name:</source>
            <translation>Уже есть в каталоге, с тем же именем:</translation>
        </message>
        <message>
            <source>Already in the catalog, with a very like name:</source>
            <translation>Уже есть в каталоге, с очень похожим именем:</translation>
        </message>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>Open this one</source>
            <translation>Открыть эту запись</translation>
        </message>
        <message>
            <source>Use this one</source>
            <translation>Взять эту запись</translation>
        </message>
    </context>
    <context>
        <name>SimpleForm</name>
        <message>
            <source>organisation</source>
            <translation>организация</translation>
        </message>
        <message>
            <source>person</source>
            <translation>человек</translation>
        </message>
        <message>
            <source>group</source>
            <translation>группа</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Life</source>
            <translation>Жизнь</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О записи</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>Полёт</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Crew</source>
            <translation>Экипаж</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Факты</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Выставка</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Use</source>
            <translation>Использование</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Агент</translation>
        </message>
        <message>
            <source>Identifiers</source>
            <translation>Идентификаторы</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>Title status</source>
            <translation>Статус названия</translation>
        </message>
        <message>
            <source>Name status</source>
            <translation>Статус имени</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Ключ</translation>
        </message>
        <message>
            <source>Fact (English)</source>
            <translation>Факт (англ.)</translation>
        </message>
        <message>
            <source>Fact (Russian)</source>
            <translation>Факт (рус.)</translation>
        </message>
        <message>
            <source>Value (English)</source>
            <translation>Значение (англ.)</translation>
        </message>
        <message>
            <source>Value (Russian)</source>
            <translation>Значение (рус.)</translation>
        </message>
        <message>
            <source>as it should read: 1965, 18–19 March 1965</source>
            <translation>как её следует читать: 1965, 18–19 марта 1965</translation>
        </message>
        <message>
            <source>made from the name when left empty</source>
            <translation>если пусто, составляется из имени</translation>
        </message>
    </context>
    <context>
        <name>SlideCanvas</name>
        <message>
            <source>Slide</source>
            <translation>Слайд</translation>
        </message>
    </context>
    <context>
        <name>SlideshowWindow</name>
        <message>
            <source>Exhibition slideshow</source>
            <translation>Выставочное слайд-шоу</translation>
        </message>
        <message>
            <source>Leonov Gallery — slideshow</source>
            <translation>Галерея Леонова — слайд-шоу</translation>
        </message>
    </context>
    <context>
        <name>SourceItem</name>
        <message>
            <source>Open source in browser: %1</source>
            <translation>Открыть источник в браузере: %1</translation>
        </message>
    </context>
    <context>
        <name>SourcesSection</name>
        <message>
            <source>Sources (%1)</source>
            <translation>Источники (%1)</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Show or hide the sources</source>
            <translation>Показать или скрыть источники</translation>
        </message>
    </context>
    <context>
        <name>StaleBar</name>
        <message>
            <source>Confirm</source>
            <translation>Подтвердить</translation>
        </message>
        <message>
            <source>Confirm this text is up to date</source>
            <translation>Подтвердить, что текст актуален</translation>
        </message>
        <message>
            <source>Record that this text has been checked against the other language</source>
            <translation>Отметить, что текст сверен с версией на другом языке</translation>
        </message>
        <message>
            <source>Possibly stale</source>
            <translation>Устарело?</translation>
        </message>
    </context>
    <context>
        <name>StandinLabel</name>
        <message>
            <source>STAND-IN IMAGE — not the artwork</source>
            <translation>ЗАМЕЩАЮЩЕЕ ИЗОБРАЖЕНИЕ — не сама работа</translation>
        </message>
    </context>
    <context>
        <name>TermChecks</name>
        <message>
            <source>%s (not a listed value)</source>
            <translation>%s (нет в списке)</translation>
        </message>
    </context>
    <context>
        <name>TimelineView</name>
        <message>
            <source>Made on a known day</source>
            <translation>Создана в известный день</translation>
        </message>
        <message>
            <source>Made within a date range</source>
            <translation>Создана в пределах дат</translation>
        </message>
        <message>
            <source>Open or uncertain date</source>
            <translation>Открытая или неточная дата</translation>
        </message>
        <message>
            <source>Same work: made / shows</source>
            <translation>Одна работа: создана / изображает</translation>
        </message>
        <message>
            <source>Exhibition</source>
            <translation>Выставка</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>Made: %1</source>
            <translation>Создана: %1</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>What the work shows: the mission it depicts or commemorates</source>
            <translation>Что изображает работа: полёт, который она показывает или которому посвящена</translation>
        </message>
        <message>
            <source>When the work was made</source>
            <translation>Когда работа создана</translation>
        </message>
        <message>
            <source>Exhibitions of his art</source>
            <translation>Выставки его работ</translation>
        </message>
        <message>
            <source>Undated works: %1</source>
            <translation>Работы без даты: %1</translation>
        </message>
        <message>
            <source>+%1 more</source>
            <translation>ещё %1</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Свернуть</translation>
        </message>
        <message>
            <source>Life timeline</source>
            <translation>Хронология жизни</translation>
        </message>
        <message>
            <source>%1. Left and Right move in time, Up and Down between lanes, Home and End to a lane's first and last event, Enter opens it.</source>
            <translation>%1. Стрелки влево и вправо — по времени, вверх и вниз — между дорожками, Home и End — к первому и последнему событию дорожки, Enter открывает событие.</translation>
        </message>
    </context>
    <context>
        <name>TrashPanel</name>
        <message>
            <source>Trash</source>
            <translation>Корзина</translation>
        </message>
        <message>
            <source>Restore to the gallery</source>
            <translation>Вернуть в галерею</translation>
        </message>
        <message>
            <source>Restore this work from the trash</source>
            <translation>Вернуть эту работу из корзины</translation>
        </message>
        <message>
            <source>Deleted works wait here with their provenance, links and history. Restoring brings a work back exactly as it was; it is recorded in its history.</source>
            <translation>Удалённые работы ждут здесь вместе с провенансом, связями и историей. Возврат восстанавливает работу в точности как была и записывается в её историю.</translation>
        </message>
        <message>
            <source>Choose a deleted work on the left to see it here.</source>
            <translation>Выберите удалённую работу слева, чтобы увидеть её здесь.</translation>
        </message>
        <message>
            <source>by %s, </source>
            <translation>кто: %s, </translation>
        </message>
        <message>
            <source>Moved to the trash %s%s.</source>
            <translation>Перемещено в корзину %s%s.</translation>
        </message>
        <message>
            <source>Holds %s.</source>
            <translation>Содержит: %s.</translation>
        </message>
        <message>
            <source>Not restored — %s</source>
            <translation>Не восстановлено — %s</translation>
        </message>
    </context>
    <context>
        <name>ViewSlot</name>
        <message>
            <source>Timeline</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>The timeline cannot be read while the catalog's server is away; it appears here once the server is back.</source>
            <translation>Хронологию нельзя прочитать, пока сервер каталога недоступен; она появится здесь, когда сервер вернётся.</translation>
        </message>
        <message>
            <source>The missions cannot be read while the catalog's server is away; they appear here once the server is back.</source>
            <translation>Полёты нельзя прочитать, пока сервер каталога недоступен; они появятся здесь, когда сервер вернётся.</translation>
        </message>
        <message>
            <source>The %1 view is not part of this build yet.</source>
            <translation>Раздела «%1» в этой сборке пока нет.</translation>
        </message>
        <message>
            <source>Missions: %1</source>
            <translation>Полётов: %1</translation>
        </message>
        <message>
            <source>Works on the timeline: %1</source>
            <translation>На хронологии: %1</translation>
        </message>
        <message>
            <source>Dated works on the timeline: %1 · undated, listed below: %2</source>
            <translation>Датированных работ на хронологии: %1 · без даты, в списке ниже: %2</translation>
        </message>
    </context>
    <context>
        <name>WindowActions</name>
        <message>
            <source>&amp;Open Another Catalog…</source>
            <translation>&amp;Открыть другой каталог…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <source>&amp;Close Window</source>
            <translation>&amp;Закрыть окно</translation>
        </message>
        <message>
            <source>&amp;New Window</source>
            <translation>Новое о&amp;кно</translation>
        </message>
        <message>
            <source>&amp;Find Works</source>
            <translation>&amp;Найти работы</translation>
        </message>
        <message>
            <source>Open Catalog &amp;Editor…</source>
            <translation>Открыть &amp;редактор каталога…</translation>
        </message>
        <message>
            <source>&amp;Works</source>
            <translation>&amp;Работы</translation>
        </message>
        <message>
            <source>&amp;Timeline</source>
            <translation>&amp;Хронология</translation>
        </message>
        <message>
            <source>&amp;Missions</source>
            <translation>&amp;Полёты</translation>
        </message>
        <message>
            <source>&amp;Slideshow</source>
            <translation>&amp;Слайд-шоу</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Fit Image to Window</source>
            <translation>&amp;Вписать в окно</translation>
        </message>
        <message>
            <source>&amp;Actual Size (100 %)</source>
            <translation>&amp;Исходный размер (100 %)</translation>
        </message>
        <message>
            <source>&amp;Reduced Motion</source>
            <translation>&amp;Меньше движения</translation>
        </message>
        <message>
            <source>F&amp;ull Screen</source>
            <translation>Во весь &amp;экран</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Previous Work</source>
            <translation>&amp;Предыдущая работа</translation>
        </message>
        <message>
            <source>&amp;Next Work</source>
            <translation>&amp;Следующая работа</translation>
        </message>
        <message>
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <source>&amp;About Leonov Gallery</source>
            <translation>&amp;О программе «Галерея Леонова»</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Открыть &amp;недавний</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>П&amp;ерейти</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Views</source>
            <translation>Разделы</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
        <message>
            <source>%1 (date uncertain)</source>
            <translation>%1 (дата неточна)</translation>
        </message>
        <message>
            <source>Current holder unknown</source>
            <translation>Нынешний владелец неизвестен</translation>
        </message>
        <message>
            <source>Held by %1</source>
            <translation>Владелец: %1</translation>
        </message>
        <message>
            <source>Probably held by %1</source>
            <translation>Вероятный владелец: %1</translation>
        </message>
        <message>
            <source>Possibly held by %1</source>
            <translation>Возможный владелец: %1</translation>
        </message>
        <message>
            <source>Perhaps held by %1 (not established)</source>
            <translation>Возможно, владелец: %1 (не установлено)</translation>
        </message>
        <message>
            <source>Well established: the main facts are confirmed by sources.</source>
            <translation>Хорошо установлено: основные факты подтверждены источниками.</translation>
        </message>
        <message>
            <source>Partly established: some facts rest on a single or weaker source.</source>
            <translation>Установлено частично: некоторые факты опираются на один или менее надёжный источник.</translation>
        </message>
        <message>
            <source>Not yet well established: treat this record with caution.</source>
            <translation>Пока плохо установлено: относитесь к записи с осторожностью.</translation>
        </message>
        <message>
            <source>High confidence</source>
            <translation>Высокая надёжность</translation>
        </message>
        <message>
            <source>Medium confidence</source>
            <translation>Средняя надёжность</translation>
        </message>
        <message>
            <source>Low confidence</source>
            <translation>Низкая надёжность</translation>
        </message>
        <message>
            <source>made during</source>
            <translation>создана во время</translation>
        </message>
        <message>
            <source>depicts</source>
            <translation>изображает</translation>
        </message>
        <message>
            <source>commemorates</source>
            <translation>посвящена</translation>
        </message>
        <message>
            <source>inspired by</source>
            <translation>навеяна</translation>
        </message>
        <message>
            <source>flown</source>
            <translation>выполнен</translation>
        </message>
        <message>
            <source>cancelled</source>
            <translation>отменён</translation>
        </message>
        <message>
            <source>reassigned</source>
            <translation>перенесён</translation>
        </message>
        <message>
            <source>crew replaced</source>
            <translation>экипаж заменён</translation>
        </message>
        <message>
            <source>shown</source>
            <translation>показана</translation>
        </message>
        <message>
            <source>related</source>
            <translation>связана</translation>
        </message>
        <message>
            <source>certain</source>
            <translation>точно</translation>
        </message>
        <message>
            <source>probable</source>
            <translation>вероятно</translation>
        </message>
        <message>
            <source>possible</source>
            <translation>возможно</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>неточно</translation>
        </message>
        <message>
            <source>Spacewalk duration</source>
            <translation>Длительность выхода в космос</translation>
        </message>
        <message>
            <source>Spacewalk began</source>
            <translation>Начало выхода</translation>
        </message>
        <message>
            <source>Spacewalk training</source>
            <translation>Подготовка к выходу</translation>
        </message>
        <message>
            <source>Tether length</source>
            <translation>Длина фала</translation>
        </message>
        <message>
            <source>Time in open space</source>
            <translation>Время в открытом космосе</translation>
        </message>
        <message>
            <source>Flight duration</source>
            <translation>Длительность полёта</translation>
        </message>
        <message>
            <source>Landing site</source>
            <translation>Место посадки</translation>
        </message>
        <message>
            <source>Nights before rescue</source>
            <translation>Ночей до эвакуации</translation>
        </message>
        <message>
            <source>Hero award</source>
            <translation>Звание Героя</translation>
        </message>
        <message>
            <source>Awards</source>
            <translation>Награды</translation>
        </message>
        <message>
            <source>Apollo launch</source>
            <translation>Старт «Аполлона»</translation>
        </message>
        <message>
            <source>Apollo splashdown</source>
            <translation>Приводнение «Аполлона»</translation>
        </message>
        <message>
            <source>Soyuz launch</source>
            <translation>Старт «Союза»</translation>
        </message>
        <message>
            <source>Soyuz landing</source>
            <translation>Посадка «Союза»</translation>
        </message>
        <message>
            <source>Soyuz flight duration</source>
            <translation>Длительность полёта «Союза»</translation>
        </message>
        <message>
            <source>Docking</source>
            <translation>Стыковка</translation>
        </message>
        <message>
            <source>Time docked</source>
            <translation>Продолжительность стыковки</translation>
        </message>
        <message>
            <source>Docking module</source>
            <translation>Стыковочный модуль</translation>
        </message>
        <message>
            <source>Crew transfers</source>
            <translation>Переходы экипажа</translation>
        </message>
        <message>
            <source>Backup crew</source>
            <translation>Дублирующий экипаж</translation>
        </message>
        <message>
            <source>Crew size</source>
            <translation>Численность экипажа</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Why the crew was replaced</source>
            <translation>Почему заменили экипаж</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Итог</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Правило</translation>
        </message>
        <message>
            <source>Simulator</source>
            <translation>Тренажёр</translation>
        </message>
        <message>
            <source>Centrifuge</source>
            <translation>Центрифуга</translation>
        </message>
        <message>
            <source>Lunar lander (LK) crew</source>
            <translation>Экипаж лунного корабля (ЛК)</translation>
        </message>
        <message>
            <source>Lunar orbiter (LOK) crew</source>
            <translation>Экипаж лунного орбитального корабля (ЛОК)</translation>
        </message>
        <message>
            <source>N1 rocket failures</source>
            <translation>Аварии ракеты Н1</translation>
        </message>
        <message>
            <source>Uncrewed successes</source>
            <translation>Успешные беспилотные полёты</translation>
        </message>
        <message>
            <source>L1 group formed</source>
            <translation>Создание группы Л1</translation>
        </message>
        <message>
            <source>Loss of DOS-2</source>
            <translation>Гибель ДОС-2</translation>
        </message>
        <message>
            <source>DOS-3</source>
            <translation>ДОС-3</translation>
        </message>
        <message>
            <source>Salyut 2</source>
            <translation>Салют-2</translation>
        </message>
        <message>
            <source>%1s</source>
            <translation>%1-е</translation>
        </message>
        <message>
            <source>Real image</source>
            <translation>Настоящее изображение</translation>
        </message>
        <message>
            <source>Stand-in image</source>
            <translation>Замещающее изображение</translation>
        </message>
        <message>
            <source>Holder unknown</source>
            <translation>Владелец неизвестен</translation>
        </message>
        <message>
            <source>Date certain</source>
            <translation>Дата точная</translation>
        </message>
        <message>
            <source>Date probable</source>
            <translation>Дата вероятная</translation>
        </message>
        <message>
            <source>Date possible</source>
            <translation>Дата возможная</translation>
        </message>
        <message>
            <source>Date uncertain</source>
            <translation>Дата неточная</translation>
        </message>
        <message>
            <source>Painting</source>
            <translation>Живопись</translation>
        </message>
        <message>
            <source>Drawing</source>
            <translation>Рисунок</translation>
        </message>
        <message>
            <source>Stamp</source>
            <translation>Марка</translation>
        </message>
        <message>
            <source>Poster</source>
            <translation>Плакат</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Эстамп</translation>
        </message>
        <message>
            <source>Card</source>
            <translation>Открытка</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Книга</translation>
        </message>
        <message>
            <source>Medal</source>
            <translation>Медаль</translation>
        </message>
        <message>
            <source>Painting or drawing</source>
            <translation>Живопись или рисунок</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>No mission</source>
            <translation>Вне полётов</translation>
        </message>
        <message>
            <source>No earliest date</source>
            <translation>Без ранней даты</translation>
        </message>
    </context>
    <context>
        <name>WorkDelegate</name>
        <message>
            <source>stand-in</source>
            <translation>замена</translation>
        </message>
        <message>
            <source>no image</source>
            <translation>нет изображения</translation>
        </message>
        <message>
            <source>image file not found</source>
            <translation>файл изображения не найден</translation>
        </message>
        <message>
            <source>image file damaged</source>
            <translation>файл изображения повреждён</translation>
        </message>
    </context>
    <context>
        <name>WorkForm</name>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Russian in Latin letters</source>
            <translation>Русский латиницей</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Немецкий</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Французский</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Испанский</translation>
        </message>
        <message>
            <source>Identifier</source>
            <translation>Идентификатор</translation>
        </message>
        <message>
            <source>filled from the title when left empty</source>
            <translation>если пусто, берётся из названия</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Other titles</source>
            <translation>Другие названия</translation>
        </message>
        <message>
            <source>Type of work</source>
            <translation>Тип работы</translation>
        </message>
        <message>
            <source>Series</source>
            <translation>Серия</translation>
        </message>
        <message>
            <source>Catalogue numbers</source>
            <translation>Каталожные номера</translation>
        </message>
        <message>
            <source>Face value</source>
            <translation>Номинал</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>Источник поступления</translation>
        </message>
        <message>
            <source>Rights</source>
            <translation>Права</translation>
        </message>
        <message>
            <source>Confidence</source>
            <translation>Надёжность записи</translation>
        </message>
        <message>
            <source>Confidence note</source>
            <translation>Примечание о надёжности</translation>
        </message>
        <message>
            <source>Use this range</source>
            <translation>Взять этот диапазон</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>as it should read: 1965, c. 1967, 18–19 March 1965</source>
            <translation>как должно читаться: 1965, c. 1967, 18–19 March 1965</translation>
        </message>
        <message>
            <source>Earliest date</source>
            <translation>Самая ранняя дата</translation>
        </message>
        <message>
            <source>Latest date</source>
            <translation>Самая поздняя дата</translation>
        </message>
        <message>
            <source>Date qualifier</source>
            <translation>Уточнение даты</translation>
        </message>
        <message>
            <source>Date certainty</source>
            <translation>Надёжность даты</translation>
        </message>
        <message>
            <source>Date note</source>
            <translation>Примечание к дате</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Техника</translation>
        </message>
        <message>
            <source>Medium note</source>
            <translation>Примечание о технике</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Основа</translation>
        </message>
        <message>
            <source>Support note</source>
            <translation>Примечание об основе</translation>
        </message>
        <message>
            <source>height</source>
            <translation>высота</translation>
        </message>
        <message>
            <source>width</source>
            <translation>ширина</translation>
        </message>
        <message>
            <source>depth</source>
            <translation>глубина</translation>
        </message>
        <message>
            <source>Unit of the dimensions</source>
            <translation>Единица размеров</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица</translation>
        </message>
        <message>
            <source>Dimensions (h × w × d)</source>
            <translation>Размеры (в × ш × г)</translation>
        </message>
        <message>
            <source>Dimensions note</source>
            <translation>Примечание к размерам</translation>
        </message>
        <message>
            <source>Inscriptions</source>
            <translation>Надписи</translation>
        </message>
        <message>
            <source>Where made</source>
            <translation>Где создана</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Subjects</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Alt text</source>
            <translation>Альтернативный текст</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Факты</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>Missions</source>
            <translation>Полёты</translation>
        </message>
        <message>
            <source>Exhibitions</source>
            <translation>Выставки</translation>
        </message>
        <message>
            <source>Events, oldest first</source>
            <translation>События, сначала ранние</translation>
        </message>
        <message>
            <source>Sources for the current holder</source>
            <translation>Источники о текущем владельце</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Изображение</translation>
        </message>
        <message>
            <source>Identification</source>
            <translation>Основное</translation>
        </message>
        <message>
            <source>Dates &amp; physical</source>
            <translation>Даты и материалы</translation>
        </message>
        <message>
            <source>People &amp; missions</source>
            <translation>Люди и полёты</translation>
        </message>
        <message>
            <source>Provenance</source>
            <translation>Провенанс</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Источники</translation>
        </message>
        <message>
            <source>Title status</source>
            <translation>Статус названия</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Type of work note</source>
            <translation>Примечание о виде работы</translation>
        </message>
        <message>
            <source>Holder note</source>
            <translation>Примечание о владельце</translation>
        </message>
        <message>
            <source>Image note</source>
            <translation>Примечание к изображению</translation>
        </message>
        <message>
            <source>Sources for this work</source>
            <translation>Источники об этой работе</translation>
        </message>
        <message>
            <source>New work</source>
            <translation>Новая работа</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ещё не сохранено</translation>
        </message>
        <message>
            <source>version %s</source>
            <translation>версия %s</translation>
        </message>
        <message>
            <source>saved %s</source>
            <translation>сохранено %s</translation>
        </message>
        <message>
            <source>Fill dates from “%s”</source>
            <translation>Заполнить даты по «%s»</translation>
        </message>
    </context>
    <context>
        <name>WorkGrid</name>
        <message>
            <source>Works</source>
            <translation>Работы</translation>
        </message>
        <message>
            <source>Grid of works. Arrow keys move, Enter opens the selected work.</source>
            <translation>Сетка работ. Стрелки перемещают, Enter открывает выбранную работу.</translation>
        </message>
    </context>
    <context>
        <name>WorkLink</name>
        <message>
            <source>made during</source>
            <translation>создана во время</translation>
        </message>
        <message>
            <source>depicts</source>
            <translation>изображает</translation>
        </message>
        <message>
            <source>commemorates</source>
            <translation>посвящена</translation>
        </message>
        <message>
            <source>inspired by</source>
            <translation>навеяна</translation>
        </message>
    </context>
    <context>
        <name>WorkListModel</name>
        <message>
            <source>stand-in image, not the artwork</source>
            <translation>замещающее изображение, не сама работа</translation>
        </message>
    </context>
    <context>
        <name>WorklistModel</name>
        <message>
            <source>Work</source>
            <translation>Работа</translation>
        </message>
        <message>
            <source>What needs work</source>
            <translation>Что нужно сделать</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
    </context>
    <context>
        <name>WorklistPanel</name>
        <message>
            <source>Show the works that need</source>
            <translation>Показать работы, где нужно</translation>
        </message>
        <message>
            <source>Works that need attention</source>
            <translation>Работы, требующие внимания</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Worklist</source>
            <translation>Что доделать</translation>
        </message>
        <message>
            <source>Everything (%d)</source>
            <translation>Всё (%d)</translation>
        </message>
        <message>
            <source>%d lines, %d works</source>
            <translation>строк: %d, работ: %d</translation>
        </message>
    </context>
    <context>
        <name>YearsFilter</name>
        <message>
            <source>Years</source>
            <translation>Годы</translation>
        </message>
        <message>
            <source>From year</source>
            <translation>С года</translation>
        </message>
        <message>
            <source>To year</source>
            <translation>По год</translation>
        </message>
        <message>
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <source>Type a year, or use Up and Down; empty means any year</source>
            <translation>Введите год или листайте стрелками вверх и вниз; пусто — любой год</translation>
        </message>
        <message>
            <source>Works per year; drag to choose years</source>
            <translation>Работы по годам; потяните, чтобы выбрать годы</translation>
        </message>
        <message>
            <source>Works with no known date are left out while years are chosen; empty both boxes to see them.</source>
            <translation>Работы без известной даты при выборе лет не показываются; очистите оба поля, чтобы увидеть их.</translation>
        </message>
        <message>
            <source>The catalog's works date from %1 to %2: the year typed was brought within them.</source>
            <translation>Работы в каталоге датированы %1–%2 гг.: введённый год приведён к этим границам.</translation>
        </message>
    </context>
    <context>
        <name>ZoomControls</name>
        <message>
            <source>Zoom out (−, or Ctrl+wheel)</source>
            <translation>Уменьшить (−, или Ctrl+колесо)</translation>
        </message>
        <message>
            <source>Zoom in (+, or Ctrl+wheel)</source>
            <translation>Увеличить (+, или Ctrl+колесо)</translation>
        </message>
        <message>
            <source>Fit his whole life to the width (0)</source>
            <translation>Вся жизнь по ширине окна (0)</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <source>news articles</source>
            <translation>статьи в прессе</translation>
        </message>
        <message>
            <source>web pages</source>
            <translation>веб-страницы</translation>
        </message>
        <message>
            <source>books</source>
            <translation>книги</translation>
        </message>
        <message>
            <source>encyclopedias</source>
            <translation>энциклопедии</translation>
        </message>
        <message>
            <source>museum pages</source>
            <translation>страницы музеев</translation>
        </message>
        <message>
            <source>blogs</source>
            <translation>блоги</translation>
        </message>
        <message>
            <source>stamp catalogues</source>
            <translation>филателистические каталоги</translation>
        </message>
        <message>
            <source>forums</source>
            <translation>форумы</translation>
        </message>
        <message>
            <source>auction records</source>
            <translation>аукционные записи</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>The art of Alexei Leonov (1934–2019), cosmonaut and painter, with the missions, people and sources behind each work.</source>
            <translation>Искусство Алексея Леонова (1934–2019), космонавта и художника, — с полётами, людьми и источниками, стоящими за каждой работой.</translation>
        </message>
        <message>
            <source>Data: %1 works researched from %2 published sources (%3); each work's page lists its own.</source>
            <translation>Данные: %1 работ, изученных по %2 опубликованным источникам (%3); на странице каждой работы перечислены её источники.</translation>
        </message>
        <message>
            <source>Images: the project has no scans of the real works. Every picture is a stand-in drawn by the project's own code and marked as such; a curator can replace one with a real scan.</source>
            <translation>Изображения: сканов настоящих работ у проекта нет. Каждая картинка — замена, нарисованная кодом самого проекта и помеченная как замена; хранитель может заменить её настоящим сканом.</translation>
        </message>
        <message>
            <source>Leonov Gallery %1</source>
            <translation>Галерея Леонова %1</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О программе</translation>
        </message>
    </context>
    <context>
        <name>Apparatus</name>
        <message>
            <source>English</source>
            <translation>английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>русский</translation>
        </message>
        <message>
            <source>German</source>
            <translation>немецкий</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>испанский</translation>
        </message>
        <message>
            <source>French</source>
            <translation>французский</translation>
        </message>
        <message>
            <source>Russian in Latin letters</source>
            <translation>русский латиницей</translation>
        </message>
        <message>
            <source>status not recorded</source>
            <translation>статус не указан</translation>
        </message>
        <message>
            <source>Part of: %1</source>
            <translation>Входит в: %1</translation>
        </message>
        <message>
            <source>Includes: %1</source>
            <translation>Включает: %1</translation>
        </message>
        <message>
            <source>May be the same work as: %1 (the sources cannot tell)</source>
            <translation>Возможно, то же произведение, что и %1 (по источникам не различить)</translation>
        </message>
        <message>
            <source>p. %1</source>
            <translation>с. %1</translation>
        </message>
        <message>
            <source>Reproduces: %1</source>
            <translation>Воспроизводит: %1</translation>
        </message>
        <message>
            <source>Literature</source>
            <translation>Литература</translation>
        </message>
        <message>
            <source>Parts and related records</source>
            <translation>Части и связанные записи</translation>
        </message>
        <message>
            <source>Titles</source>
            <translation>Названия</translation>
        </message>
        <message>
            <source>Each title with its language and whether it is the original, a published translation or the catalogue's own.</source>
            <translation>Каждое название с языком и пометкой: оригинал, опубликованный перевод или перевод каталога.</translation>
        </message>
    </context>
    <context>
        <name>EventFields</name>
        <message>
            <source>English</source>
            <translation>Английский</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Русский</translation>
        </message>
        <message>
            <source>Visitors read: “%s” · “%s”</source>
            <translation>Посетители увидят: «%s» · «%s»</translation>
        </message>
        <message>
            <source>date unknown: no range to sort by</source>
            <translation>дата неизвестна: нет диапазона для сортировки</translation>
        </message>
        <message>
            <source>stands for %s – %s</source>
            <translation>означает %s – %s</translation>
        </message>
    </context>
    <context>
        <name>WorkSummary</name>
        <message>
            <source>Maker</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Medium and support</source>
            <translation>Техника и основа</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Размер</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>не записан</translation>
        </message>
        <message>
            <source>Holder</source>
            <translation>Владелец</translation>
        </message>
        <message>
            <source>Credit line</source>
            <translation>Источник поступления</translation>
        </message>
        <message>
            <source>credit line not known</source>
            <translation>источник поступления неизвестен</translation>
        </message>
        <message>
            <source>%1, record %2</source>
            <translation>%1, запись %2</translation>
        </message>
        <message>
            <source>Accessed %1</source>
            <translation>Дата обращения: %1</translation>
        </message>
    </context>
    <context>
        <name>EditorActions</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Новая запись</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сохранить</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Удалить…</translation>
        </message>
        <message>
            <source>&amp;Back up…</source>
            <translation>Создать резервную &amp;копию…</translation>
        </message>
        <message>
            <source>Backups to &amp;keep…</source>
            <translation>Сколько копий &amp;хранить…</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Восстановить из копии…</translation>
        </message>
        <message>
            <source>Your &amp;name…</source>
            <translation>Ваше &amp;имя…</translation>
        </message>
        <message>
            <source>&amp;Close editor</source>
            <translation>&amp;Закрыть редактор</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>Set a field on selected &amp;works…</source>
            <translation>Задать поле у выбранных &amp;работ…</translation>
        </message>
        <message>
            <source>Undo batch change</source>
            <translation>Отменить групповое изменение</translation>
        </message>
        <message>
            <source>Redo batch change</source>
            <translation>Повторить групповое изменение</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Undo history</source>
            <translation>&amp;История изменений</translation>
        </message>
        <message>
            <source>&amp;Worklist</source>
            <translation>&amp;Что доделать</translation>
        </message>
        <message>
            <source>&amp;Next tab</source>
            <translation>&amp;Следующая вкладка</translation>
        </message>
        <message>
            <source>&amp;Previous tab</source>
            <translation>&amp;Предыдущая вкладка</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>Копия создана</translation>
        </message>
        <message>
            <source>The catalog was backed up to
%s

The newest %d backups are kept in that folder (File ▸ Backups to keep…).</source>
            <translation>Резервная копия каталога сохранена в
%s

В этой папке хранятся %d самых новых копий (Файл ▸ Сколько копий хранить…).</translation>
        </message>
        <message>
            <source>Backed up to %s</source>
            <translation>Копия сохранена: %s</translation>
        </message>
        <message>
            <source>Not backed up — %s</source>
            <translation>Копия не создана — %s</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Сколько копий хранить</translation>
        </message>
        <message>
            <source>Keep this many of the newest backups:</source>
            <translation>Хранить столько самых новых копий:</translation>
        </message>
        <message>
            <source>Restore from backup</source>
            <translation>Восстановить из копии</translation>
        </message>
        <message>
            <source>Replace the catalog with the backup “%s”? The current catalog is kept as a backup first.</source>
            <translation>Заменить каталог копией «%s»? Текущий каталог сначала будет сохранён как копия.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
        <message>
            <source>Cannot list the server's backups — %s</source>
            <translation>Не удалось получить список копий сервера — %s</translation>
        </message>
        <message>
            <source>Not restored — %s. The catalog is as it was.</source>
            <translation>Не восстановлено — %s. Каталог остался прежним.</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>Не восстановлено</translation>
        </message>
        <message>
            <source>Restored from %s; the replaced catalog is kept as %s.</source>
            <translation>Восстановлено из %s; заменённый каталог сохранён как %s.</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Восстановлено</translation>
        </message>
        <message>
            <source>The catalog was restored from
%s

The catalog it replaced is kept as
%s</source>
            <translation>Каталог восстановлен из
%s

Заменённый каталог сохранён как
%s</translation>
        </message>
        <message>
            <source>Not restored: the catalog is open for writing by %s. Close it there first, then restore again. Nothing was changed.</source>
            <translation>Не восстановлено: каталог открыт для записи — %s. Сначала закройте его там, затем повторите восстановление. Ничего не изменено.</translation>
        </message>
    </context>
    <context>
        <name>CuratorName</name>
        <message>
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <source>On the team server your changes, their history and the “being edited” notices are signed with your database login (role): %s.

The server itself vouches for the login, so it cannot be changed here; to sign as someone else, open the catalog with that person's login.</source>
            <translation>На сервере команды ваши изменения, их история и отметки «редактируется» подписываются вашим именем пользователя базы данных (ролью): %s.

Его подтверждает сам сервер, поэтому здесь его изменить нельзя; чтобы подписываться другим именем, откройте каталог под именем пользователя этого человека.</translation>
        </message>
        <message>
            <source>Your name signs the changes you make in this catalog, its history and your drafts. It is kept on this computer; File ▸ Your name… changes it.</source>
            <translation>Вашим именем подписываются изменения в каталоге, его история и ваши черновики. Оно хранится на этом компьютере; изменить его можно в меню «Файл ▸ Ваше имя…».</translation>
        </message>
        <message>
            <source>Your changes are signed “%s” until you give your name (File ▸ Your name…).</source>
            <translation>Пока вы не назовёте себя, изменения подписываются «%s» (Файл ▸ Ваше имя…).</translation>
        </message>
        <message>
            <source>That name cannot be used (%s). Your name:</source>
            <translation>Это имя не подходит (%s). Ваше имя:</translation>
        </message>
        <message>
            <source>Your name could not be kept (%s); it signs this session's changes.</source>
            <translation>Имя не удалось сохранить (%s); им подписываются изменения этого сеанса.</translation>
        </message>
        <message>
            <source>Changes are now signed “%s”.</source>
            <translation>Теперь изменения подписываются «%s».</translation>
        </message>
    </context>
    <context>
        <name>DamageNotice</name>
        <message>
            <source>the catalog file is damaged; restore a backup: File ▸ Restore from backup…</source>
            <translation>файл каталога повреждён; восстановите резервную копию: Файл ▸ Восстановить из копии…</translation>
        </message>
        <message>
            <source>This catalog file is damaged: SQLite's check finds problems in it (the first: %s). Saving may fail, and some records may be missing or wrong. The way out: File ▸ Restore from backup…</source>
            <translation>Файл каталога повреждён: проверка SQLite находит в нём ошибки (первая: %s). Сохранение может не удаться, а часть записей может пропасть или быть неверной. Выход: Файл ▸ Восстановить из копии…</translation>
        </message>
        <message>
            <source>The catalog is damaged</source>
            <translation>Каталог повреждён</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>the date cannot be read: %s</source>
            <translation>дату не удаётся прочитать: %s</translation>
        </message>
        <message>
            <source>The date reads “%s”, which stands for %s to %s, but the range says %s to %s.</source>
            <translation>Дата записана как «%s», то есть с %s по %s, а диапазон — с %s по %s.</translation>
        </message>
        <message>
            <source>No date: the work is undated.</source>
            <translation>Даты нет: работа не датирована.</translation>
        </message>
        <message>
            <source>Cannot read this as a date: %s. Write it as 1965, c. 1967, 1967-68, 18–19 March 1965 …; what a date cannot say goes in the date note.</source>
            <translation>Не удаётся прочитать это как дату: %s. Пишите так: 1965, около 1967, 1967–68, 18–19 марта 1965 …; то, чего не выразить датой, — в примечание к дате.</translation>
        </message>
        <message>
            <source>Read as undated.</source>
            <translation>Прочитано как «без даты».</translation>
        </message>
        <message>
            <source>Read as %s to %s · %s</source>
            <translation>Прочитано как с %s по %s · %s</translation>
        </message>
        <message>
            <source>Visitors read: “%s” · “%s”</source>
            <translation>Посетители увидят: «%s» · «%s»</translation>
        </message>
        <message>
            <source>What the phrase says beyond that goes in the date note, in both languages.</source>
            <translation>То, что фраза говорит сверх этого, запишите в примечание к дате на обоих языках.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDetail</name>
        <message>
            <source>added</source>
            <translation>добавлено</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>удалено</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>перемещено</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменено</translation>
        </message>
        <message>
            <source>changed and moved</source>
            <translation>изменено и перемещено</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>no</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>position %d → %d</source>
            <translation>позиция %d → %d</translation>
        </message>
        <message>
            <source>What this change did, item by item</source>
            <translation>Что сделало это изменение, по пунктам</translation>
        </message>
    </context>
    <context>
        <name>NewPersonChecks</name>
        <message>
            <source>Already in the catalog</source>
            <translation>Уже есть в каталоге</translation>
        </message>
        <message>
            <source>The catalog already has %s. Save “%s” as a new, separate record anyway?</source>
            <translation>В каталоге уже есть: %s. Всё равно сохранить «%s» как новую, отдельную запись?</translation>
        </message>
        <message>
            <source>Save as a new record</source>
            <translation>Сохранить как новую запись</translation>
        </message>
        <message>
            <source>No Russian name</source>
            <translation>Нет имени по-русски</translation>
        </message>
        <message>
            <source>The Russian name is empty: Russian readers will see the English name instead. Save without it?</source>
            <translation>Имя по-русски не заполнено: русские читатели увидят английское имя. Сохранить без него?</translation>
        </message>
        <message>
            <source>Save without it</source>
            <translation>Сохранить без него</translation>
        </message>
        <message>
            <source>Not saved: go on editing, then save.</source>
            <translation>Не сохранено: продолжите правку, затем сохраните.</translation>
        </message>
    </context>
    <context>
        <name>Prompts</name>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>Save your changes to “%s”?</source>
            <translation>Сохранить изменения в «%s»?</translation>
        </message>
        <message>
            <source>If you don't save, your changes will be lost.</source>
            <translation>Если не сохранить, изменения будут потеряны.</translation>
        </message>
        <message>
            <source>Don't save</source>
            <translation>Не сохранять</translation>
        </message>
        <message>
            <source>Recover unsaved changes?</source>
            <translation>Вернуть несохранённые изменения?</translation>
        </message>
        <message>
            <source>“%s” has changes that were never saved (last edited %s); the editor closed before they were saved.</source>
            <translation>В «%s» есть несохранённые изменения (последняя правка %s): редактор закрылся раньше, чем их сохранили.</translation>
        </message>
        <message>
            <source>Recover them into the form, or discard them for good?</source>
            <translation>Вернуть их в форму или отбросить навсегда?</translation>
        </message>
        <message>
            <source>Recover</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Отбросить</translation>
        </message>
        <message>
            <source>Keep them to recover when you open the record (it is shown in italics in the list), or discard them for good?</source>
            <translation>Сохранить их, чтобы восстановить при открытии записи (она выделена курсивом в списке), или удалить навсегда?</translation>
        </message>
        <message>
            <source>Keep for later</source>
            <translation>Оставить на потом</translation>
        </message>
        <message>
            <source>Choose the image of this work</source>
            <translation>Выберите изображение этой работы</translation>
        </message>
    </context>
    <context>
        <name>ProvenanceList</name>
        <message>
            <source> (probably)</source>
            <translation> (вероятно)</translation>
        </message>
        <message>
            <source> (possibly)</source>
            <translation> (возможно)</translation>
        </message>
        <message>
            <source>date unknown</source>
            <translation>дата неизвестна</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>%s, by %s</source>
            <translation>%s, автор: %s</translation>
        </message>
        <message>
            <source>Recovered unsaved changes to “%s”. Save to keep them.</source>
            <translation>Несохранённые изменения в «%s» восстановлены. Сохраните, чтобы их не потерять.</translation>
        </message>
        <message>
            <source>Recovered draft</source>
            <translation>Восстановленный черновик</translation>
        </message>
        <message>
            <source>Recovered unsaved changes to “%s”. It was saved by someone else since the draft was begun; these fields hold the draft's value, not the newer saved one: %s. Saving asks which to keep.</source>
            <translation>Несохранённые изменения «%s» восстановлены. С тех пор запись сохранил кто-то другой; в этих полях — значение из черновика, а не более новое сохранённое: %s. При сохранении будет предложено выбрать.</translation>
        </message>
    </context>
</TS>
