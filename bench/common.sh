# Sourced by bench scripts that start and stop single services of the launcher's stack (./ipaccord up):
# needs STATE (deploy/local/.state).

# name: whether the launcher's process of that name runs
running() { [[ -f $STATE/pids/$1.pid ]] && kill -0 "$(cat "$STATE/pids/$1.pid")" 2>/dev/null; }

# name: SIGTERM the service the launcher started, wait until it is gone
stop() {
  local pid
  running "$1" || return 0
  pid=$(cat "$STATE/pids/$1.pid")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$STATE/pids/$1.pid" "$STATE/pids/$1.port"
}
