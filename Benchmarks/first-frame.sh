#!/bin/sh
# Times the dashboard's first full frame as a user sees it: from starting `rapport` in a
# 120x40 tmux window to the moment the window shows the whole first screen, from the title to
# the status line at the bottom ("q quit").
#
#   Benchmarks/first-frame.sh RAPPORT STORE [RUNS]
#
# RAPPORT is the binary (a release build: .build-bench/release/rapport), STORE a folder made by
# `rapport-bench generate`. Prints each run's milliseconds, then the minimum and the median. The
# window is read every few milliseconds, which bounds the resolution. Needs tmux; the server's
# socket is named RAPPORT_BENCH_TMUX (default rapport-first-frame) and the process id.
set -eu
rapport=$1
store=$2
runs=${3:-5}
socket="${RAPPORT_BENCH_TMUX:-rapport-first-frame}-$$"
times=""
i=0
while [ "$i" -lt "$runs" ]; do
  i=$((i + 1))
  start=$(date +%s%N)
  tmux -L "$socket" -f /dev/null new-session -d -x 120 -y 40 \
    "TERM=xterm-256color exec '$rapport' --store '$store'"
  while :; do
    screen=$(tmux -L "$socket" capture-pane -p 2>/dev/null || true)
    case $screen in
      *"q quit"*) break ;;
    esac
    now=$(date +%s%N)
    if [ $(((now - start) / 1000000)) -gt 60000 ]; then
      echo "no full screen after 60 s" >&2
      tmux -L "$socket" kill-server
      exit 1
    fi
  done
  end=$(date +%s%N)
  tmux -L "$socket" kill-server
  ms=$(((end - start) / 1000000))
  echo "run $i: $ms ms"
  times="$times $ms"
  sleep 1
done
echo "$times" | tr ' ' '\n' | grep . | sort -n | awk '
  { v[NR] = $1 }
  END { printf "min %d ms, median %d ms over %d runs\n", v[1], v[int((NR + 1) / 2)], NR }'
