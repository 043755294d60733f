#!/bin/bash
# Issue 31: how long a second `make run` takes to answer `/` with the network away (Google's
# speech service is a closed local port, IVR_GTTS_URL). Run in a fresh clone after one
# `make run` has finished its first build (number pieces included):
#
#     bash bench/second_start.sh 5        # five starts; each prints its seconds and the load
#
# Needs port 5000 free (`make run` serves there) and curl.
set -u
rounds=${1:-3}
export IVR_GTTS_URL=http://127.0.0.1:9/
for round in $(seq 1 "$rounds"); do
  if ss -ltn | grep -q ":5000 "; then echo "port 5000 is busy"; exit 1; fi
  start=$(date +%s.%N)
  setsid make run > /tmp/ivr-second-start.log 2>&1 &
  pid=$!
  served=""
  for _ in $(seq 1 1200); do
    if curl -s -m 1 http://127.0.0.1:5000/ 2>/dev/null | grep -qi "Kleszcz"; then
      served=$(echo "$(date +%s.%N) - $start" | bc); break
    fi
    sleep 0.05
  done
  echo "start $round: ${served:-not served within 60} s; load $(cut -d' ' -f1-3 /proc/loadavg)"
  kill -TERM -- -"$pid" 2>/dev/null; sleep 3; kill -KILL -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null
done
