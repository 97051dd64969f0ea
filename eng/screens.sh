#!/usr/bin/env bash
# Makes the screenshots of docs/SCREENS.md from the demo data, in Chinese and English: bash eng/screens.sh
# Starts GuestLoop on a fresh demo database and drives headless Chromium (GUESTLOOP_TEST_CHROMIUM, /usr/bin/chromium by
# default) through the screens; the pictures go to docs/screens/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export GUESTLOOP_SCREENS=$root/docs/screens
export GUESTLOOP_TEST_CHROMIUM=${GUESTLOOP_TEST_CHROMIUM:-/usr/bin/chromium}
dotnet test "$root/tests/GuestLoop.Browser.Tests" --filter "FullyQualifiedName~ScreensBrowserTests" --logger "console;verbosity=normal"
ls -l "$GUESTLOOP_SCREENS"
