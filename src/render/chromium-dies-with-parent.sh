#!/bin/sh
# Started by browser.ts in place of Chromium on Linux. setpriv asks the kernel to SIGKILL the browser
# when the process that started it (node) dies, however it dies (kill -9 included), then becomes the
# browser (exec: same pid, same pipes). Chromium also quits when its DevTools pipe closes; this makes
# it certain. NEWSCOMPARE_SETPRIV and NEWSCOMPARE_CHROMIUM (set by browser.ts) say where both are.
exec "$NEWSCOMPARE_SETPRIV" --pdeathsig KILL -- "$NEWSCOMPARE_CHROMIUM" "$@"
