#!/usr/bin/env bash
# The class-data-sharing (CDS) archive of the packaged app on Linux: docs/decisions/0030.
#
#   cds.sh train IMAGE   runs the packaged app (its own launchers, runtime and class path) through
#                        the window and a few commands, keeps the list of classes they loaded in
#                        IMAGE/lib/app/binhxet.classlist, then does `dump` and `check`
#   cds.sh dump IMAGE    writes IMAGE/lib/app/binhxet.jsa from that list (no display needed)
#   cds.sh check IMAGE   fails unless the launchers really map the archive
#
# Why a class list and -Xshare:dump rather than -XX:ArchiveClassesAtExit: Java 17 accepts an archive
# only when the jars are at the very paths they had when it was written. The list holds no path, so
# the archive is written again wherever the image lands — by the .deb's postinst in /opt/binhxet,
# or by hand (`lib/app/cds.sh dump .`) after the image is moved — without running the app again.
# It also merges several runs (the window and the commands) into one archive.
set -euo pipefail

usage() { echo "usage: $0 train|dump|check IMAGE" >&2; exit 2; }
[[ $# -eq 2 ]] || usage
command="$1"
# The launcher expands $APPDIR to the physical path of lib/app: the archive must name the same.
image="$(cd "$2" && pwd -P)"
app="$image/lib/app"
java="$image/lib/runtime/bin/java"
classlist="$app/binhxet.classlist"
archive="$app/binhxet.jsa"
[[ -x "$image/bin/binhxet" && -x "$java" && -f "$app/binhxet.cfg" ]] \
    || { echo "error: $image is not a binhxet app image" >&2; exit 2; }

# The class path exactly as the launcher builds it from its .cfg, in the same order: CDS compares
# it entry by entry.
class_path() {
    grep '^app.classpath=' "$app/binhxet.cfg" | sed "s|^app.classpath=\\\$APPDIR|$app|" | paste -sd:
}

dump() {
    [[ -s "$classlist" ]] || { echo "error: $classlist is missing: run '$0 train' first" >&2; exit 1; }
    rm -f "$archive"
    local log
    log="$(mktemp)"
    # Default GC (G1) while dumping: only G1 writes the archived heap objects; the launchers'
    # Serial GC still maps the classes.
    if ! "$java" -Xshare:dump -XX:SharedClassListFile="$classlist" \
        -XX:SharedArchiveFile="$archive" -Djava.class.path="$(class_path)" >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$archive" "$log"
        echo "error: the CDS archive could not be written; the app starts without it" >&2
        exit 1
    fi
    rm -f "$log"
    echo "cds: wrote $archive ($(du -m "$archive" | cut -f1) MB)"
}

check() {
    local out
    # -Xshare:on turns "archive not usable" (class path, jar times, JVM) into a failure, and the
    # class-loading log shows where the app's own entry class came from.
    if ! out="$(JAVA_TOOL_OPTIONS='-Xshare:on -Xlog:class+load=info' \
            "$image/bin/binhxet-cli" --version 2>&1)"; then
        printf '%s\n' "$out" | grep -v 'class,load' >&2
        echo "error: the launcher does not accept $archive" >&2
        exit 1
    fi
    if ! grep -q 'vn.binhxet.app.Launcher source: shared objects file' <<<"$out"; then
        echo "error: the launcher starts, but not from $archive" >&2
        exit 1
    fi
    local shared total
    shared=$(grep -c 'source: shared objects file' <<<"$out" || true)
    total=$(grep -c 'class,load' <<<"$out" || true)
    echo "cds: checked: binhxet-cli --version loads $shared of its $total classes from the archive"
}

train() {
    local work data n=0
    work="$(mktemp -d)"
    # shellcheck disable=SC2064 # the folder is known now, and `work` is gone at exit
    trap "rm -rf '$work'" EXIT
    data="$work/data"
    # A home of its own: JavaFX unpacks its natives under ~/.openjfx and nothing of the builder's
    # data folder is touched.
    export HOME="$work/home" XDG_DATA_HOME="$work/home/.local/share"
    mkdir -p "$HOME"
    rm -f "$archive" "$classlist"

    run() { # launcher, arguments...
        n=$((n + 1))
        echo "cds: training run $n: $*"
        JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/$n.classlist" \
            timeout 300 "$@" >"$work/$n.log" 2>&1 \
            || { cat "$work/$n.log" >&2; echo "error: training run failed: $*" >&2; exit 1; }
    }
    # The commands: H2, Flyway, jOOQ, Jackson and the schema validator, iText.
    run "$image/bin/binhxet-cli" demo --data-dir "$data"
    run "$image/bin/binhxet-cli" results --data-dir "$data"
    run "$image/bin/binhxet-cli" minutes --conference 1 --out "$work/minutes.pdf" --data-dir "$data"
    run "$image/bin/binhxet-cli" export --conference 1 --out "$work/demo.binhxet" --data-dir "$data"
    run "$image/bin/binhxet-cli" import "$work/demo.binhxet" --data-dir "$data"
    # The window, opened on the demo and closed once shown (--startup-probe).
    if [[ -n "${DISPLAY:-}" ]]; then
        run "$image/bin/binhxet" --data-dir "$data" --startup-probe
    elif command -v xvfb-run >/dev/null; then
        run xvfb-run -a "$image/bin/binhxet" --data-dir "$data" --startup-probe
    else
        echo "cds: WARNING: no display and no xvfb-run (Debian package xvfb): the window's classes" \
             "are NOT in the archive, only the commands'; the window starts slower." >&2
    fi
    grep -h -v '^#' "$work"/*.classlist | awk '!seen[$0]++' >"$classlist"
    echo "cds: $(wc -l <"$classlist") classes and lambda forms in $classlist"
    dump
    check
}

case "$command" in
    train) train ;;
    dump) dump ;;
    check) check ;;
    *) usage ;;
esac
