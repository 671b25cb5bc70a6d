#!/bin/sh
# Check gateway-sim against the official seven.io JavaScript client (@seven.io/client from npm):
# it sends an SMS and a voice call and reads the balance, then the simulator's outbox is shown.
# Needs node (18 or later) and npm; not part of CI. Run from the repository root:
#   scripts/seven_client_check.sh [PYTHON]
set -eu

PYTHON=${1:-python}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d)
SIM_PID=
cleanup() {
    if [ -n "$SIM_PID" ]; then kill -INT "$SIM_PID" 2>/dev/null || true; wait "$SIM_PID" || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

echo "Installing @seven.io/client into $WORK ..."
(cd "$WORK" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund @seven.io/client)
(cd "$WORK" && npm ls @seven.io/client | sed -n 2p)
cp "$HERE/seven_client_check.mjs" "$WORK/"

API_KEY=check-key-$$
echo "$API_KEY" | "$PYTHON" -m portal_manager gateway-sim --key-stdin >"$WORK/sim.log" 2>&1 &
SIM_PID=$!
BASE_URL=
for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    BASE_URL=$(sed -n 's/^  export PORTAL_MANAGER_SEVEN_BASE_URL=//p' "$WORK/sim.log")
    [ -n "$BASE_URL" ] && break
    sleep 0.5
done
if [ -z "$BASE_URL" ]; then cat "$WORK/sim.log"; echo "gateway-sim did not start"; exit 2; fi
echo "gateway-sim: $BASE_URL"

STATUS=0
(cd "$WORK" && node seven_client_check.mjs "$BASE_URL" "$API_KEY") || STATUS=$?

echo "gateway-sim's outbox (API keys masked):"
"$PYTHON" - "${BASE_URL%/api}/__outbox" <<'PY'
import json, sys, urllib.request
for entry in json.load(urllib.request.urlopen(sys.argv[1])):
    headers = {k: v for k, v in entry["headers"].items() if k.lower() in ("x-api-key", "accept", "content-type", "sentwith")}
    print(f'  {entry["method"]} {entry["path"]} -> {entry["answer_code"]}  {headers}  {entry["parameters"]}')
PY
exit $STATUS
