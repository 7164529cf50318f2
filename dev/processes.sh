# Process handling for dev/stack.sh (sourced): start a service in its own process group with its output in a log file
# and on the terminal prefixed with its name, wait until it answers, and stop exactly what was started.
# The caller sets `logs` (a directory) and calls stop_services on exit.

services_pids=()   # each service's pid, which is also its process group id (setsid)
services_names=()
prefix_pids=()     # the `tail | sed` pipelines that copy each log to the terminal

# start_service NAME DIRECTORY COMMAND... — runs COMMAND in DIRECTORY as the leader of a new session, so that the pid
# is the app's own and stopping its group stops it and anything it spawned, and a Ctrl+C on the terminal reaches this
# script only (which then stops the services in order). Sets `started_pid`.
start_service() {
  local name=$1 directory=$2
  shift 2
  local log="$PWD/$logs/$name.log"
  : >"$log"
  # Not a process group leader here (no job control), so setsid(1) does not fork: $! is the app's pid.
  (cd "$directory" && exec setsid "$@" </dev/null >>"$log" 2>&1) &
  started_pid=$!
  services_pids+=("$started_pid")
  services_names+=("$name")
  # The terminal copy reads the file rather than sitting in the app's output: a closed terminal never blocks or kills
  # the app, and tail --pid ends (after the last lines) when the app does, so nothing outlives the stop.
  tail -n +1 -s 0.2 --pid="$started_pid" -F "$log" 2>/dev/null | sed -u "s/^/$(printf '%-18s' "$name") | /" &
  prefix_pids+=("$!")
}

# alive PID — whether the process still runs (bash reaps its children, so an exited one is gone).
alive() { kill -0 "$1" 2>/dev/null; }

# listening PORT — whether anything accepts TCP connections on 127.0.0.1:PORT.
listening() {
  local fd
  { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  exec {fd}<&-
}

# redis_answers PORT — whether a Redis that needs no password answers PING on 127.0.0.1:PORT.
redis_answers() {
  local fd reply=""
  { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&"$fd"
  IFS= read -r -t 2 reply <&"$fd" || true
  exec {fd}<&-
  [[ $reply == +PONG* ]]
}

# http_ok URL — whether GET URL answers 200.
http_ok() { [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" 2>/dev/null) == 200 ]]; }

# wait_until NAME PID TIMEOUT CHECK... — polls CHECK until it succeeds; fails (status 1, with a message naming the
# service and its log) when PID exits first or TIMEOUT seconds pass.
wait_until() {
  local name=$1 pid=$2 timeout=$3
  shift 3
  local deadline=$((SECONDS + timeout))
  until "$@"; do
    if ! alive "$pid"; then
      local code=0
      wait "$pid" || code=$?
      echo "error: $name exited (code $code) before it was ready; its log: $logs/$name.log" >&2
      return 1
    fi
    if ((SECONDS >= deadline)); then
      echo "error: $name was not ready after ${timeout}s (${*:2}); its log: $logs/$name.log" >&2
      return 1
    fi
    sleep 0.25
  done
}

# stop_services — SIGTERM to each service's process group, newest first (the BFFs before the backends and Redis they
# use), each waited for up to 20 s, then SIGKILL; then waits for the terminal copies to drain and end.
stop_services() {
  local i pid deadline
  for ((i = ${#services_pids[@]} - 1; i >= 0; i--)); do
    pid=${services_pids[i]}
    kill -TERM -- "-$pid" 2>/dev/null || continue
    deadline=$((SECONDS + 20))
    while kill -0 -- "-$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    if kill -0 -- "-$pid" 2>/dev/null; then
      echo "${services_names[i]} did not stop within 20 s; killing it" >&2
      kill -KILL -- "-$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
  done
  deadline=$((SECONDS + 5))
  for pid in "${prefix_pids[@]}"; do
    while alive "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
    kill "$pid" 2>/dev/null || true
  done
  # The pipelines' tails too (same pipelines; each ends once its service is gone).
  wait 2>/dev/null || true
  services_pids=() prefix_pids=()
}
