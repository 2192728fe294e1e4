#!/bin/sh
# Every message of the program has a Japanese translation, none fuzzy, and
# the catalogue compiles with format checks.
set -eu
po="$1/ja.po"
stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/ja.po is not complete" >&2; exit 1 ;;
esac
# Messages in the sources that ja.po lacks would show in English.
pot=$(mktemp)
trap 'rm -f "$pot"' EXIT
cd "$1/.."
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --add-comments --files-from=po/POTFILES.in -o "$pot" 2>/dev/null \
  || xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=g_dngettext:2,3 \
       --files-from=po/POTFILES.in -o "$pot"
missing=$(msgcmp --use-untranslated "$po" "$pot" 2>&1 || true)
if [ -n "$missing" ]; then
  echo "$missing" | head -20 >&2
  exit 1
fi
echo "ok: every message is translated"
