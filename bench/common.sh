# Sourced by bench scripts: the median of their rounds, and (with STATE = deploy/local/.state) the launcher's
# processes they start and stop one by one.

# "v1 v2 ...": their median (the mean of the middle two for an even count)
median() { tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

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
