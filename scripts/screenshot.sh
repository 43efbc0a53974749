#!/usr/bin/env bash
# Regenerates docs/worksheet.png, the README's screenshot of the bundled example's worksheet,
# with headless Chromium (Debian's chromium package). Run `npm run examples` first.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium="$(command -v chromium || command -v chromium-browser)"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --screenshot="$PWD/docs/worksheet.png" --window-size=900,1400 \
  "file://$PWD/examples/two-earners-child-support/worksheet.html" 2>/dev/null
echo "wrote docs/worksheet.png"
