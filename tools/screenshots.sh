#!/usr/bin/env bash
# The README's screenshots: every view in English and in Russian, 1280x800, optimised PNGs in
# docs/screenshots. The window's views render offscreen (`gallery screenshot`); the editor and
# the slideshow are real windows, captured from a real X display with a window manager, e.g.
#   Xvfb :57 -screen 0 1600x1000x24 & DISPLAY=:57 openbox & DISPLAY=:57 tools/screenshots.sh
# Needs xdotool, imagemagick (import, convert), pngquant and optipng. Works on a copy of the
# shipped catalog with private settings, so nothing of the user's is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
out=docs/screenshots
py=$PWD/.venv/bin/python
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cp catalog.db "$work/catalog.db"
ln -s "$PWD/images" "$work/images"
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export XDG_STATE_HOME=$work/state
export GALLERY_CURATOR="Anna Petrova"  # the editor asks a curator without a name for it
detail=orbital-sunrise-1965
mkdir -p "$out"

for lang in en ru; do
    for view in browse "detail:$detail" timeline missions; do
        QT_QPA_PLATFORM=offscreen "$py" -m gallery screenshot --catalog "$work/catalog.db" \
            --view "$view" --lang "$lang" --size 1280x800 --out "$out/${view%%:*}-$lang.png"
    done
done

if [ -n "${DISPLAY:-}" ]; then
    for lang in en ru; do
        # The editor, opened from the gallery window so that it speaks the window's language.
        QT_QPA_PLATFORM=xcb "$py" -m gallery app --catalog "$work/catalog.db" --lang "$lang" &
        app=$!
        pids+=("$app")
        gallery=$(xdotool search --sync --onlyvisible --pid "$app" --name "catalog.db" | head -1)
        xdotool windowactivate --sync "$gallery" key ctrl+e
        sleep 4
        editor=$(xdotool search --onlyvisible --pid "$app" --name "— .* — " \
                 | grep -v "^$gallery\$" | head -1)
        xdotool windowsize --sync "$editor" 1280 800
        sleep 2
        import -window "$editor" "$out/editor-$lang.png"
        kill "$app"
        wait "$app" || true
        # The curator's desk: history item by item, the worklist, a new person's namesake.
        if [ "$lang" = en ]; then
            cp catalog.db "$work/desk.db"
            QT_QPA_PLATFORM=xcb "$py" tools/desk_screenshots.py "$work/desk.db"
        fi
        # The exhibition slideshow, full screen, scaled to the others' size.
        QT_QPA_PLATFORM=xcb "$py" -m gallery slideshow --catalog "$work/catalog.db" \
            --instance screenshots --lang "$lang" --transition none &
        show=$!
        pids+=("$show")
        sleep 8
        import -window root "$work/slideshow.png"
        convert "$work/slideshow.png" -resize 1280x800 "$out/slideshow-$lang.png"
        xdotool key ctrl+shift+q
        wait "$show" || true
    done
fi

for png in "$out"/*-en.png "$out"/*-ru.png; do
    pngquant --quality 75-95 --speed 1 --force --ext .png "$png" || true
    optipng -quiet -o2 "$png"
done
ls -l "$out"
