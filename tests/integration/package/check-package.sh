#!/usr/bin/env bash
# Builds the Debian package from a build tree with CPack and checks it as an
# agency would meet it: lintian, the desktop entry, the AppStream metadata,
# the systemd user units, then the programs run from the unpacked package.
#   check-package.sh BUILD_DIR VERSION
# The test build is a sanitizer build: its package depends on the sanitizer
# runtimes and its programs run under the caller's ASAN_OPTIONS (scripts/package
# makes the Release package that is handed out).
set -euo pipefail
build=$(cd "$1" && pwd)
version=$2

if ! command -v dpkg-deb >/dev/null; then
    echo "SKIPPED: dpkg-deb is missing (not a Debian system): no package can be built." >&2
    exit 77
fi
for tool in cpack dpkg-shlibdeps lintian desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is missing; scripts/install-deps --test installs it." >&2
        exit 1
    fi
done

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
unset RELANCE_DB
tmp=$(mktemp -d "${TMPDIR:-/tmp}/relance-package.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
step() { echo "== $*" >&2; }

step "cpack"
start=$SECONDS
(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || {
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack could not make the package." >&2
    exit 1
}
deb=$tmp/out/relance_${version}_amd64.deb
[ -f "$deb" ] || { ls "$tmp/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1), made in $((SECONDS - start)) s" >&2

step "control fields"
depends=$(dpkg-deb -f "$deb" Depends)
# dpkg-shlibdeps found the libraries; the plugin and the font are ours.
for dep in libqt6core6 libqt6widgets6 libsqlite3-0 libpoconet80 libqt6sql6-sqlite fonts-dejavu-core; do
    [[ ", $depends," == *", $dep"[\ ,]* ]] || fail "Depends lacks $dep: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = relance ] || fail "the package is not named relance"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "the version is not $version"

step "contents"
root=$tmp/root
dpkg -x "$deb" "$root"
expected=(
    usr/bin/relance usr/bin/relance-cli
    usr/share/applications/fr.relance.Relance.desktop
    usr/share/metainfo/fr.relance.Relance.metainfo.xml
    usr/share/icons/hicolor/scalable/apps/fr.relance.Relance.svg
    usr/share/man/man1/relance.1.gz usr/share/man/man1/relance-cli.1.gz
    usr/share/doc/relance/copyright usr/share/doc/relance/changelog.gz
    usr/lib/systemd/user/relance-run-due.service usr/lib/systemd/user/relance-run-due.timer
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/fr.relance.Relance.png")
done
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] || fail "the package lacks /$f"
done
for size in 16 24 32 48 64 128 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/fr.relance.Relance.png
    [ -f "$png" ] && ! file "$png" | grep -q "PNG image data, $size x $size," &&
        fail "$(basename "$(dirname "$(dirname "$png")")") icon is not $size×$size: $(file -b "$png")"
done
# The manual page lists every command the program has (it is made from --help).
zcat "$root/usr/share/man/man1/relance-cli.1.gz" | grep -q '^\.SS run\\-due$' ||
    fail "relance-cli.1 has no section for run-due"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/fr.relance.Relance.desktop" ||
    fail "desktop-file-validate refused the desktop entry"

step "appstreamcli validate --no-net"
appstreamcli validate --no-net "$root/usr/share/metainfo/fr.relance.Relance.metainfo.xml" ||
    fail "appstreamcli refused the metadata"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/fr.relance.Relance.metainfo.xml" ||
    fail "the metadata has no release notes for $version"

step "systemd-analyze verify"
if ! command -v systemd-analyze >/dev/null; then
    echo "SKIPPED (units): systemd-analyze is missing." >&2
else
    # The units name /usr/bin/relance-cli, which is in the unpacked root and
    # not (necessarily) on this machine: point at the unpacked one.
    mkdir -p "$tmp/units" "$tmp/runtime"
    chmod 700 "$tmp/runtime"
    for unit in relance-run-due.service relance-run-due.timer; do
        sed "s#^ExecStart=/usr/bin/#ExecStart=$root/usr/bin/#" \
            "$root/usr/lib/systemd/user/$unit" >"$tmp/units/$unit"
    done
    # Documentation=man:relance-cli(1) is looked up with man, in the
    # unpacked pages; without man-db the pages' presence is checked above.
    man=(--man=yes)
    if ! command -v man >/dev/null; then
        man=(--man=no)
        echo "(man is not installed: the units' Documentation= pages are not looked up)" >&2
    fi
    if MANPATH=$root/usr/share/man XDG_RUNTIME_DIR=$tmp/runtime systemd-analyze --user verify \
        "${man[@]}" "$tmp/units/relance-run-due.service" "$tmp/units/relance-run-due.timer" \
        >"$tmp/verify.log" 2>&1; then
        # Unknown keys and bad values are only printed: any word is a finding.
        if [ -s "$tmp/verify.log" ]; then
            cat "$tmp/verify.log" >&2
            fail "systemd-analyze verify found problems in the units"
        fi
    elif grep -q "Failed to initialize manager\|Failed to lookup RuntimeDirectory" "$tmp/verify.log"; then
        echo "SKIPPED (units): systemd-analyze cannot run here: $(head -1 "$tmp/verify.log")" >&2
    else
        cat "$tmp/verify.log" >&2
        fail "systemd-analyze verify refused the units"
    fi
    grep -qx "Type=oneshot" "$root/usr/lib/systemd/user/relance-run-due.service" ||
        fail "the service is not Type=oneshot"
    grep -qx "Persistent=true" "$root/usr/lib/systemd/user/relance-run-due.timer" ||
        fail "the timer does not catch up missed days"
fi

step "the programs, from the unpacked package"
cli=$root/usr/bin/relance-cli
home=$tmp/home
mkdir -p "$home"
run_cli() { env -u XDG_DATA_HOME -u XDG_CONFIG_HOME HOME="$home" "$cli" "$@"; }
out=$(run_cli --version) || fail "relance-cli --version failed"
[ "$out" = "relance-cli $version" ] || fail "relance-cli --version says “$out”"
# The French texts are inside the program (no .qm file is installed).
run_cli --lang fr --help | grep -q "Commandes" || fail "relance-cli --lang fr --help is not in French"
# No --db: the user's own database, as the systemd unit uses it.
db=$home/.local/share/Relance/Relance/relance.sqlite
run_cli init >"$tmp/init.out" 2>"$tmp/init.err" || { cat "$tmp/init.err" >&2; fail "init failed"; }
[ -f "$db" ] || fail "init did not create $db"
run_cli demo --accounts 30 --months 6 --seed 1 --as-of 2026-11-23 >/dev/null 2>"$tmp/demo.err" ||
    { cat "$tmp/demo.err" >&2; fail "demo failed"; }
debtors=$(run_cli debtors --as-of 2026-11-23 --json 2>/dev/null | grep -c '"ref"' || true)
[ "$debtors" -gt 0 ] || fail "the demo agency shows no debtor"
# The daily automation as the timer starts it: no terminal, nothing on stdin.
code=0
run_cli run-due --today 2026-11-23 </dev/null >"$tmp/rundue.out" 2>"$tmp/rundue.err" || code=$?
case $code in
0 | 3 | 4) ;;
*) cat "$tmp/rundue.err" >&2; fail "run-due exited with $code" ;;
esac
[ -s "$tmp/rundue.err" ] || fail "run-due said nothing on stderr"
echo "run-due: exit $code; $(head -1 "$tmp/rundue.err")" >&2
# The desktop application starts from the package too (offscreen).
QT_QPA_PLATFORM=offscreen RELANCE_EXIT_WHEN_SHOWN=1 RELANCE_DB=$db timeout 120 \
    env HOME="$home" "$root/usr/bin/relance" >/dev/null 2>"$tmp/gui.err" ||
    { cat "$tmp/gui.err" >&2; fail "relance did not start from the package"; }

step "lintian"
start=$SECONDS
if ! lintian --fail-on error "$deb" >"$tmp/lintian.log" 2>&1; then
    cat "$tmp/lintian.log" >&2
    fail "lintian reports errors"
else
    cat "$tmp/lintian.log" >&2
    echo "lintian: no error ($((SECONDS - start)) s)" >&2
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed." >&2
    exit 1
fi
echo "The package $(basename "$deb") passed every check." >&2
