#!/usr/bin/env bash
# Structure-only changes must leave every output byte-identical. This saves the outputs of the
# timeline, quotes and overlap commands and of the TempEval bench (`save`), or regenerates them and
# compares with the saved copies (`check`, the default).
#
#   bash scripts/identity-check.sh save  [DIR]   # before a restructuring
#   bash scripts/identity-check.sh check [DIR]   # after each commit: prints "identical" or the diffs
#
# DIR defaults to /tmp/newscompare-identity. Inputs beyond the bundled story come from
# ../shared/corpora (beside the checkout) and are skipped with a line when absent.
set -u
cd "$(dirname "$0")/.."
MODE=${1:-check}
DIR=${2:-/tmp/newscompare-identity}
CORPORA=$(cd .. && pwd)/shared/corpora
BASIL=$CORPORA/stories/basil-dev
ALLSIDES=$CORPORA/bench/allsides-baly2020/articles_110MB.jsonl
OUT=$DIR/$MODE
rm -rf "$OUT" && mkdir -p "$OUT"

run() { # name, command...
  local name=$1; shift
  "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"
  echo "exit $?" >>"$OUT/$name.err"
}

cli="node bin/newscompare.js"
for sources in "" "--no-sources"; do
  tag=${sources:+-nosources}
  run "timeline-bundled$tag" $cli timeline --json $sources
  run "timeline-bundled-published$tag" $cli timeline --json --published 2020-01-01 $sources
  if [ -d "$BASIL" ]; then run "timeline-basil$tag" $cli timeline --json $sources "$BASIL"; fi
  if [ -f "$ALLSIDES" ]; then
    head -750 "$ALLSIDES" >"$DIR/allsides750.jsonl"
    run "timeline-allsides750$tag" $cli timeline --json --date-order mdy $sources "$DIR/allsides750.jsonl"
    run "timeline-allsides750-published$tag" $cli timeline --json --date-order mdy --published 2020-01-01 $sources "$DIR/allsides750.jsonl"
  fi
done
for cmd in quotes overlap; do
  run "$cmd-bundled" $cli $cmd --json
  if [ -d "$BASIL" ]; then run "$cmd-basil" $cli $cmd --json "$BASIL"; fi
done
run tempeval npx tsx bench/timeline/tempeval.ts

[ -d "$BASIL" ] || echo "basil-dev not found at $BASIL: skipped"
[ -f "$ALLSIDES" ] || echo "allsides-baly2020 not found at $ALLSIDES: skipped"
if [ "$MODE" = save ]; then
  rm -rf "$DIR/baseline" && mv "$OUT" "$DIR/baseline"
  echo "saved $(ls "$DIR/baseline" | wc -l) files to $DIR/baseline"
  exit 0
fi
if diff -r -q "$DIR/baseline" "$OUT" >/dev/null; then
  echo "identical ($(ls "$OUT" | wc -l) files against $DIR/baseline)"
else
  diff -r "$DIR/baseline" "$OUT" | head -80
  exit 1
fi
