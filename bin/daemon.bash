# shellcheck shell=bash
# The launcher's side of the factquiz daemon: a warm JVM per working directory that runs
# validate, check, test, rules and quiz --export without a JVM start. Sourced by ./factquiz;
# the tests call daemon_request against a daemon in the test's JVM.
#
# Protocol (org.factquiz.daemon.DaemonRequest), one connection to 127.0.0.1 per request: the client
# sends NUL-terminated fields: factquiz-daemon-1, the token, the action (run or stop), the files
# for standard output and standard error, the number of arguments, the arguments. The daemon
# answers one line: "accepted" and, when the command is done, its exit code on a second line; or
# "refused" (wrong token), "stale" (factquiz was rebuilt), "failed" (run it directly), "stopping".
#
# Only bash itself talks to the daemon (/dev/tcp), so nothing beyond coreutils is needed.

# The daemon takes a request at once, even while it runs another; no answer means it hangs.
daemon_answer_seconds=5
daemon_class=org.factquiz.daemon.DaemonCommand

# daemon_read_state FILE: sets daemon_port, daemon_token and daemon_pid from a state file.
daemon_read_state() {
  local name value
  daemon_port='' daemon_token='' daemon_pid=''
  {
    while IFS='=' read -r name value; do
      case $name in
        port) daemon_port=$value ;;
        token) daemon_token=$value ;;
        pid) daemon_pid=$value ;;
      esac
    done <"$1"
  } 2>/dev/null
  [[ $daemon_port =~ ^[0-9]+$ && $daemon_pid =~ ^[0-9]+$ && -n $daemon_token ]]
}

# daemon_is_ours PID STATE: true when PID is a daemon serving STATE (a pid may have been reused).
daemon_is_ours() {
  local -a command_line
  mapfile -d '' command_line 2>/dev/null </proc/"$1"/cmdline || return 1
  [[ " ${command_line[*]} " == *" $daemon_class "*" $2 "* ]]
}

# daemon_connect: opens daemon_fd to the daemon of the last state read; fails if nothing listens.
daemon_connect() {
  exec {daemon_fd}<>"/dev/tcp/127.0.0.1/$daemon_port"
} 2>/dev/null

daemon_disconnect() {
  if [[ -n ${daemon_fd:-} ]]; then
    exec {daemon_fd}>&-
    daemon_fd=''
  fi
}

# daemon_request STATE ARGUMENTS...: runs factquiz ARGUMENTS in the daemon of the state file STATE,
# prints what the command printed (standard output, then standard error) and sets daemon_exit_code.
# Fails, having printed nothing, when that daemon cannot run it; a state file that is stale (its
# daemon is gone, refuses the token, runs an older build or hangs) is removed. The caller then
# runs the command directly, so no output is ever lost.
daemon_request() {
  local state=$1 answer code files
  shift
  daemon_exit_code=''
  if ! daemon_read_state "$state" || ! kill -0 "$daemon_pid" 2>/dev/null; then
    rm -f "$state"
    return 1
  fi
  if [[ -n ${daemon_build_stamp:-} && $daemon_build_stamp -nt $state ]]; then
    daemon_stop "$state"
    return 1
  fi
  files=$(mktemp -d "${TMPDIR:-/tmp}/factquiz-daemon.XXXXXXXX") || return 1
  [[ $files == /* ]] || files="$PWD/$files"
  : >"$files/out"
  : >"$files/err"
  # The files go even if this shell is interrupted while the command runs.
  daemon_files=$files
  trap 'rm -rf "$daemon_files"' EXIT
  if ! daemon_connect; then
    rm -rf "$files"
    rm -f "$state"
    return 1
  fi
  printf '%s\0' factquiz-daemon-1 "$daemon_token" run "$files/out" "$files/err" "$#" "$@" >&"$daemon_fd"
  if ! read -r -t "$daemon_answer_seconds" -u "$daemon_fd" answer; then
    daemon_disconnect
    rm -rf "$files"
    # No answer in time: the daemon hangs; it is forgotten (and ended) so that the next run starts a new one.
    rm -f "$state"
    if daemon_is_ours "$daemon_pid" "$state"; then kill "$daemon_pid" 2>/dev/null; fi
    return 1
  fi
  if [[ $answer != accepted ]]; then
    daemon_disconnect
    rm -rf "$files"
    [[ $answer == failed ]] || rm -f "$state"
    return 1
  fi
  if ! read -r -u "$daemon_fd" code || [[ ! $code =~ ^[0-9]+$ ]]; then
    daemon_disconnect
    rm -rf "$files"
    return 1
  fi
  daemon_disconnect
  if [[ -s $files/out ]]; then cat "$files/out"; fi
  if [[ -s $files/err ]]; then cat "$files/err" >&2; fi
  rm -rf "$files"
  trap - EXIT
  daemon_exit_code=$code
}

# daemon_stop STATE: stops the daemon of a state file and removes the file.
daemon_stop() {
  local state=$1 answer='' waited
  if daemon_read_state "$state" && kill -0 "$daemon_pid" 2>/dev/null; then
    if daemon_connect; then
      printf '%s\0' factquiz-daemon-1 "$daemon_token" stop '' '' 0 >&"$daemon_fd"
      read -r -t "$daemon_answer_seconds" -u "$daemon_fd" answer || true
      daemon_disconnect
    fi
    if [[ $answer != stopping ]] && daemon_is_ours "$daemon_pid" "$state"; then
      kill "$daemon_pid" 2>/dev/null || true
    fi
    # It finishes a running command first; waiting keeps a rebuild from replacing jars under it.
    for ((waited = 0; waited < 50; waited++)); do
      kill -0 "$daemon_pid" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -f "$state"
}

# daemon_stop_all FOLDER: stops every daemon whose state file is in FOLDER; says which with -v.
daemon_stop_all() {
  local folder=$1 verbose=${2:-} state stopped=0
  for state in "$folder"/*.state; do
    [[ -f $state ]] || continue
    if daemon_read_state "$state" && kill -0 "$daemon_pid" 2>/dev/null; then
      [[ -z $verbose ]] || echo "factquiz: stopping the daemon with pid $daemon_pid ($(daemon_directory "$state"))"
      stopped=$((stopped + 1))
    fi
    daemon_stop "$state"
  done
  [[ -z $verbose || $stopped -gt 0 ]] || echo "factquiz: no daemon running"
}

# daemon_status FOLDER: one line per running daemon; removes state files whose daemon is gone.
daemon_status() {
  local folder=$1 state running=0
  for state in "$folder"/*.state; do
    [[ -f $state ]] || continue
    if daemon_read_state "$state" && kill -0 "$daemon_pid" 2>/dev/null; then
      echo "pid $daemon_pid, port $daemon_port: serving $(daemon_directory "$state") (log: ${state%.state}.log)"
      running=$((running + 1))
    else
      rm -f "$state"
    fi
  done
  [[ $running -gt 0 ]] || echo "no daemon running"
}

daemon_directory() {
  local name value
  while IFS='=' read -r name value; do
    if [[ $name == cwd ]]; then
      printf '%s' "$value"
      return
    fi
  done <"$1"
}

# daemon_key: names the daemon for this working directory and the environment a command's output
# depends on (relative paths are shown against the working directory; the locale decides the encoding;
# SOURCE_DATE_EPOCH is the time quiz --export stamps into zip files and Anki notes).
daemon_key() {
  local name text
  text="cwd=$(pwd -P)"$'\n'"java=$(command -v java)"$'\n'
  for name in FACTQUIZ_HOME FACTQUIZ_RULE_CACHE FACTQUIZ_DEBUG SOURCE_DATE_EPOCH LANG LANGUAGE TZ "${!LC_@}"; do
    text+="$name${!name+=${!name}}"$'\n'
  done
  text=$(sha256sum <<<"$text")
  printf '%s' "${text:0:20}"
}

# daemon_routable ARGUMENTS...: true when the command may run in the daemon with the same result
# as a direct run. Not for anything reading standard input or a terminal (the interactive quiz,
# /dev/stdin, <(...) paths), --help and --version (picocli colours them on a terminal), or JVM
# options (benchmarks set FACTQUIZ_JAVA_OPTS for their own JVM, and the JVM notes *_JAVA_OPTIONS).
daemon_routable() {
  local argument exporting=''
  case ${FACTQUIZ_DAEMON:-on} in off | 0 | false | no) return 1 ;; esac
  [[ -z ${CI+set} && -z ${FACTQUIZ_JAVA_OPTS+set} && -z ${JAVA_TOOL_OPTIONS+set} && -z ${_JAVA_OPTIONS+set} \
     && -z ${JDK_JAVA_OPTIONS+set} ]] || return 1
  for argument in "${@:2}"; do
    case $argument in
      -h | --help | -V | --version | /dev/* | /proc/* | *=/dev/* | *=/proc/*) return 1 ;;
      -[!-]*[hV]*) return 1 ;;
      --export | --export=*) exporting=yes ;;
    esac
  done
  case ${1:-} in
    validate | check | test | rules) return 0 ;;
    quiz) [[ -n $exporting ]] ;;
    *) return 1 ;;
  esac
}

# daemon_start_after_run STATE LOG JAVA ARGUMENTS...: once the command this launcher runs has ended,
# starts a daemon in the background (unless one started meanwhile). The command holds a shared lock
# on STATE.run for its whole life, taken here, so the daemon never competes with it for the CPU.
daemon_start_after_run() {
  local state=$1 log=$2
  shift 2
  exec {daemon_run_lock}>>"$state.run"
  flock -s "$daemon_run_lock"
  (
    exec {daemon_run_lock}>&- </dev/null >>"$log" 2>&1
    exec {waiting}>>"$state.run"
    flock -x "$waiting"
    exec {waiting}>&-
    [[ -f $state ]] || exec setsid nohup "$@"
  ) &
}
