#!/bin/sh
# Install the unpacked Signaal bundle for the current user (no root needed):
#   ~/.local/opt/signaal/         the program (replaced on update)
#   ~/.local/bin/signaal          a link, so `signaal --selftest` and the command line work
#   ~/.local/share/applications/  the menu entry, and the icon
# The vault is never here: it lives in ~/.local/share/Signaal/ and survives updates and uninstall.
# Uninstall: ~/.local/opt/signaal/install.sh --uninstall (the vault stays; remove ~/.local/share/Signaal
# yourself only if nobody needs it any more).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
TARGET="$HOME/.local/opt/signaal"
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$TARGET" "$HOME/.local/bin/signaal" "$PREFIX/applications/signaal.desktop" \
        "$PREFIX/icons/hicolor/256x256/apps/signaal.png"
    echo "Signaal removed. Your vault in $PREFIX/Signaal was kept."
    exit 0
fi
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$PREFIX/applications" "$PREFIX/icons/hicolor/256x256/apps"
rm -rf "$TARGET.new"
cp -R "$HERE/signaal" "$TARGET.new"
cp "$HERE/install.sh" "$TARGET.new/install.sh"  # for --uninstall later
"$TARGET.new/signaal" --selftest >/dev/null || { echo "self-test failed; nothing was changed" >&2; rm -rf "$TARGET.new"; exit 1; }
rm -rf "$TARGET"
mv "$TARGET.new" "$TARGET"
ln -sf "$TARGET/signaal" "$HOME/.local/bin/signaal"
cp "$HERE/signaal.png" "$PREFIX/icons/hicolor/256x256/apps/signaal.png"
sed "s|@PREFIX@|$TARGET|" "$HERE/signaal.desktop" > "$PREFIX/applications/signaal.desktop"
echo "Signaal installed in $TARGET (menu: Office → Signaal)."
