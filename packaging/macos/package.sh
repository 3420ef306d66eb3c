#!/usr/bin/env bash
# Builds the macOS disk image target/jpackage/binhxet-<version>.dmg. Run on a Mac:
#   bash packaging/macos/package.sh
#
# NOT RUN HERE: written from the jpackage 17 documentation on a Linux machine; the first person to
# run it on a Mac should fix what fails and say so in docs/decisions/0030.
#
# Needs: a JDK 17 (JAVA_HOME set), Maven 3.8+, Xcode's command line tools (jpackage calls
# hdiutil and codesign). The app is not signed or notarised: Gatekeeper asks the user to allow it
# (right click › Open) the first time.
# No class-data-sharing archive of the app: the .app is dragged anywhere, and Java 17 accepts an
# archive only at the paths it was written for (docs/decisions/0030). The runtime's own archive
# of the JDK classes (jlink --generate-cds-archive) is used.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${JAVA_HOME:?set JAVA_HOME to a JDK 17}"

# The jar and its libraries; on a Mac Maven picks JavaFX's -mac or -mac-aarch64 jars.
mvn -B package -DskipTests

# jpackage on macOS refuses a version whose first number is 0 (CFBundleVersion): 0.M.P is
# packaged as 1.M.P. The app's own `--version` still prints the pom's version.
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\)\(-SNAPSHOT\)\{0,1\}</version>.*:\1:p' pom.xml | head -1)"
if [[ "$version" == 0.* ]]; then version="1.${version#0.}"; fi

out=target/jpackage
rm -rf "$out"
mkdir -p "$out/input/lib"
cp target/binhxet.jar "$out/input/"
# The unclassified JavaFX jars are empty: only the classified ones hold JavaFX.
for jar in target/lib/*.jar; do
    [[ "$(basename "$jar")" =~ ^javafx-[a-z]+-[0-9.]+\.jar$ ]] || cp "$jar" "$out/input/lib/"
done

"$JAVA_HOME/bin/jlink" @packaging/jlink.args --output "$out/runtime"
"$JAVA_HOME/bin/jpackage" --type dmg \
    @packaging/jpackage/app-image.args @packaging/jpackage/macos.args \
    --app-version "$version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
ls "$out"/*.dmg
