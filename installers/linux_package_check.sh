#!/usr/bin/env bash
# Installs the .deb built by `./dev package` on this machine with apt, checks that
# what it installed works (both programs answer --version, the desktop files pass the
# validators, the GUI starts under Xvfb and keeps running), then removes it again and
# checks nothing is left behind. Needs root (apt). Usage: linux_package_check.sh FILE.deb
set -euo pipefail

deb=$(realpath "$1")
log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
fail() { printf 'package check: %s\n' "$*" >&2; exit 1; }

dpkg-query -W heron >/dev/null 2>&1 && fail "a heron package is installed already; remove it first (apt-get remove heron)"

log "installing $(basename "$deb") with apt"
DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$deb" >/dev/null
mapfile -t installed < <(dpkg -L heron | while read -r f; do [ -f "$f" ] && echo "$f"; done)
trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -q heron >/dev/null 2>&1 || true' EXIT

version=$(dpkg-query -W -f='${Version}' heron)
log "installed heron $version: ${#installed[@]} files"
[ "$(/usr/bin/heron --version)" = "heron $version" ] || fail "heron --version does not say $version"
[ "$(/usr/bin/heronctl --version)" = "heronctl $version" ] || fail "heronctl --version does not say $version"
desktop-file-validate /usr/share/applications/org.heron_mail.Heron.desktop
appstreamcli validate --no-net /usr/share/metainfo/org.heron_mail.Heron.metainfo.xml >/dev/null
for size in 16 32 48 128 256; do
  [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/org.heron_mail.Heron.png" ] || fail "no ${size}px icon"
done

log "starting the installed GUI under Xvfb"
scratch=$(mktemp -d)
xvfb-run -a env HOME="$scratch" /usr/bin/heron --profile "$scratch/profile" >"$scratch/gui.log" 2>&1 &
gui=$!
sleep 6
if ! kill -0 "$gui" 2>/dev/null; then
  cat "$scratch/gui.log" >&2
  fail "the GUI exited within 6 s of starting"
fi
pkill -TERM -f "/usr/bin/heron --profile $scratch/profile" || true
wait "$gui" 2>/dev/null || true
grep -qiE 'could not (load|find) the qt platform plugin|error while loading shared libraries' "$scratch/gui.log" \
  && { cat "$scratch/gui.log" >&2; fail "the GUI could not load its libraries"; }
rm -rf "$scratch"

log "removing the package"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -q heron >/dev/null
trap - EXIT
for f in "${installed[@]}"; do
  [ -e "$f" ] && fail "$f is still there after removal"
done
log "package check passed: installed, ran, removed cleanly"
