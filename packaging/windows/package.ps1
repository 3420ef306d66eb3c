# Builds the Windows installer target\jpackage\binhxet-<version>.msi. Run from anywhere:
#   powershell -ExecutionPolicy Bypass -File packaging\windows\package.ps1
#
# NOT RUN HERE: written from the jpackage 17 documentation on a Linux machine; the first person to
# run it on Windows should fix what fails and say so in docs/decisions/0030.
#
# Needs: a JDK 17 (JAVA_HOME set; it has jlink and jpackage), Maven 3.8+, and the WiX Toolset 3
# (candle.exe and light.exe on PATH; jpackage 17 does not work with WiX 4).
# No class-data-sharing archive of the app: the .msi installs where the user chooses and Java 17
# accepts an archive only at the paths it was written for (docs/decisions/0030). The runtime's own
# archive of the JDK classes (jlink --generate-cds-archive) is used.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

# The jar and its libraries; on Windows Maven picks JavaFX's -win jars.
mvn -B package -DskipTests
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

# jpackage wants a numeric version: 0.1.0-SNAPSHOT is packaged as 0.1.0.
$version = ([xml](Get-Content -Encoding UTF8 pom.xml)).project.version -replace '-.*$', ''

$out = 'target\jpackage'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item target\binhxet.jar "$out\input\"
# The unclassified JavaFX jars are empty: only the classified ones (-win) hold JavaFX.
Get-ChildItem target\lib\*.jar |
    Where-Object { $_.Name -notmatch '^javafx-[a-z]+-[0-9.]+\.jar$' } |
    Copy-Item -Destination "$out\input\lib\"

# '@…' is quoted: unquoted, PowerShell reads @ as its splatting operator.
& "$env:JAVA_HOME\bin\jlink.exe" '@packaging/jlink.args' --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }

& "$env:JAVA_HOME\bin\jpackage.exe" --type msi `
    '@packaging/jpackage/app-image.args' '@packaging/jpackage/windows.args' `
    --app-version $version --input "$out\input" --runtime-image "$out\runtime" --dest $out
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Get-ChildItem "$out\*.msi"
