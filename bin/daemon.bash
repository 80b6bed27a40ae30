# shellcheck shell=bash
# The launcher's side of the factquiz daemon: a warm JVM per working directory that runs
# validate, check, test, rules and quiz --export without a JVM start. Sourced by ./factquiz;
# the tests call daemon_request against a daemon in the test's JVM.
#
# Protocol (org.factquiz.daemon.DaemonRequest), one connection to 127.0.0.1 per request: the client
# sends NUL-terminated fields: factquiz-daemon-2, the token, the action (run or stop), the files
# for standard output and standard error, the number of arguments, the arguments. The daemon
# answers with lines: "accepted", then "running" every second while the command runs, then its
# exit code; or "refused" (wrong token), "stale" (factquiz was rebuilt), "failed" (run it
# directly), "stopping".
#
# Only bash itself talks to the daemon (/dev/tcp), so nothing beyond coreutils is needed.

daemon_protocol=factquiz-daemon-2
daemon_class=org.factquiz.daemon.DaemonCommand
# How long the client waits for any word from the daemon: its answer, or "running" while a command
# runs. Silence for that long means the daemon hangs: it is ended and the command runs directly.
daemon_answer_seconds=20
if [[ ${FACTQUIZ_DAEMON_TIMEOUT:-} =~ ^[0-9]+([.][0-9]+)?$ ]]; then
  daemon_answer_seconds=$FACTQUIZ_DAEMON_TIMEOUT
fi

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

# daemon_forget STATE: removes a state file, quietly (it may be another user's, in a folder we cannot write).
daemon_forget() {
  rm -f "$1" 2>/dev/null || true
}

# daemon_gone PID TENTHS: waits up to TENTHS tenths of a second for PID to end; true when it has.
daemon_gone() {
  local waited
  for ((waited = 0; waited < $2; waited++)); do
    kill -0 "$1" 2>/dev/null || return 0
    sleep 0.1
  done
  ! kill -0 "$1" 2>/dev/null
}

# daemon_end PID: ends a daemon process that does not stop when asked: TERM, then KILL.
# True when it is gone; false (the pid still runs) when even KILL did not end it.
daemon_end() {
  kill -TERM "$1" 2>/dev/null || return 0
  daemon_gone "$1" 30 && return 0
  kill -KILL "$1" 2>/dev/null || return 0
  daemon_gone "$1" 20
}

# daemon_request STATE ARGUMENTS...: runs factquiz ARGUMENTS in the daemon of the state file STATE,
# prints what the command printed (standard output, then standard error) and sets daemon_exit_code.
# Fails, having printed nothing, when that daemon cannot run it; a state file that is stale (its
# daemon is gone, refuses the token, runs an older build or hangs) is removed, and a daemon that
# hangs is ended. The caller then runs the command directly, so no output is ever lost.
daemon_request() {
  local state=$1 answer code files read_status
  shift
  daemon_exit_code=''
  if ! daemon_read_state "$state" || ! kill -0 "$daemon_pid" 2>/dev/null; then
    daemon_forget "$state"
    return 1
  fi
  if [[ -n ${daemon_build_stamp:-} && $daemon_build_stamp -nt $state ]]; then
    daemon_stop "$state" >/dev/null
    return 1
  fi
  files=$(mktemp -d "${TMPDIR:-/tmp}/factquiz-daemon.XXXXXXXX" 2>/dev/null) || return 1
  [[ $files == /* ]] || files="$PWD/$files"
  : >"$files/out"
  : >"$files/err"
  # The files go even if this shell is interrupted while the command runs.
  daemon_files=$files
  trap 'rm -rf "$daemon_files"' EXIT
  if ! daemon_connect; then
    rm -rf "$files"
    daemon_forget "$state"
    return 1
  fi
  printf '%s\0' "$daemon_protocol" "$daemon_token" run "$files/out" "$files/err" "$#" "$@" >&"$daemon_fd" 2>/dev/null
  if ! read -r -t "$daemon_answer_seconds" -u "$daemon_fd" answer || [[ $answer != accepted ]]; then
    daemon_disconnect
    rm -rf "$files"
    if [[ $answer != failed ]]; then
      # Refused, stale, or no answer in time (the daemon hangs): forgotten, and a hanging one ended,
      # so that the next run starts a new one.
      daemon_forget "$state"
      if [[ -z $answer ]] && daemon_is_ours "$daemon_pid" "$state"; then daemon_end "$daemon_pid"; fi
    fi
    return 1
  fi
  while :; do
    code=''
    read -r -t "$daemon_answer_seconds" -u "$daemon_fd" code
    read_status=$?
    [[ $read_status -eq 0 && $code == running ]] || break
  done
  daemon_disconnect
  if [[ ! $code =~ ^[0-9]+$ ]]; then
    # "failed", the daemon ended mid-request (end of input), or silence (it hangs, and is ended):
    # the command runs directly, and nothing of this attempt is printed.
    rm -rf "$files"
    if [[ $read_status -gt 128 ]]; then
      daemon_forget "$state"
      if daemon_is_ours "$daemon_pid" "$state"; then daemon_end "$daemon_pid"; fi
    fi
    return 1
  fi
  if [[ -s $files/out ]]; then cat "$files/out"; fi
  if [[ -s $files/err ]]; then cat "$files/err" >&2; fi
  rm -rf "$files"
  trap - EXIT
  daemon_exit_code=$code
}

# daemon_stop STATE: stops the daemon of a state file and removes the file; asked first, ended with a
# signal when it does not stop. Prints the pid of a daemon it stopped; fails, printing the pid, when
# the process still runs (the state file is then kept, so that daemon status shows it).
daemon_stop() {
  local state=$1 answer='' pid
  if daemon_read_state "$state" && kill -0 "$daemon_pid" 2>/dev/null; then
    pid=$daemon_pid
    if daemon_connect; then
      printf '%s\0' "$daemon_protocol" "$daemon_token" stop '' '' 0 >&"$daemon_fd" 2>/dev/null
      read -r -t "$daemon_answer_seconds" -u "$daemon_fd" answer || true
      daemon_disconnect
    fi
    # A daemon that said "stopping" gives running commands a second, then its JVM ends.
    if ! daemon_gone "$pid" "$([[ $answer == stopping ]] && echo 50 || echo 5)" \
        && daemon_is_ours "$pid" "$state" && ! daemon_end "$pid"; then
      echo "$pid"
      return 1
    fi
    echo "$pid"
  fi
  daemon_forget "$state"
}

# daemon_processes FOLDER: "PID STATE" for every running daemon started with a state file in FOLDER,
# whether or not that file is still there (a daemon whose file was removed still holds its lock).
daemon_processes() {
  local folder=$1 cmdline pid i
  local -a args
  for cmdline in /proc/[0-9]*/cmdline; do
    mapfile -d '' args 2>/dev/null <"$cmdline" || continue
    [[ " ${args[*]} " == *" $daemon_class "* ]] || continue
    for ((i = 0; i + 1 < ${#args[@]}; i++)); do
      if [[ ${args[i]} == --state && ${args[i + 1]} == "$folder"/*.state ]]; then
        pid=${cmdline#/proc/}
        printf '%s %s\n' "${pid%/cmdline}" "${args[i + 1]}"
      fi
    done
  done
}

# daemon_stop_all FOLDER [-v]: stops every daemon of FOLDER, with a state file or without; says which
# with -v. Fails when one could not be stopped, naming its pid.
daemon_stop_all() {
  local folder=$1 verbose=${2:-} state pid stopped=0 failed=0 directory
  local -A handled=()
  for state in "$folder"/*.state; do
    [[ -f $state ]] || continue
    directory=$(daemon_directory "$state")
    if pid=$(daemon_stop "$state"); then
      if [[ -n $pid ]]; then
        handled[$pid]=1
        stopped=$((stopped + 1))
        [[ -z $verbose ]] || echo "factquiz: stopped the daemon with pid $pid ($directory)"
      fi
    else
      handled[$pid]=1
      failed=$((failed + 1))
      echo "factquiz: could not stop the daemon with pid $pid ($directory): it still runs" >&2
    fi
  done
  while read -r pid state; do
    [[ -n $pid && -z ${handled[$pid]:-} ]] || continue
    directory=$(readlink "/proc/$pid/cwd" 2>/dev/null || echo "its state file is gone")
    if daemon_end "$pid"; then
      stopped=$((stopped + 1))
      [[ -z $verbose ]] || echo "factquiz: stopped the daemon with pid $pid ($directory)"
    else
      failed=$((failed + 1))
      echo "factquiz: could not stop the daemon with pid $pid ($directory): it still runs" >&2
    fi
  done < <(daemon_processes "$folder")
  [[ -z $verbose || $stopped -gt 0 || $failed -gt 0 ]] || echo "factquiz: no daemon running"
  [[ $failed -eq 0 ]]
}

# daemon_status FOLDER: one line per running daemon, also one whose state file is gone; removes state
# files whose daemon is gone.
daemon_status() {
  local folder=$1 state pid running=0
  local -A listed=()
  for state in "$folder"/*.state; do
    [[ -f $state ]] || continue
    if daemon_read_state "$state" && kill -0 "$daemon_pid" 2>/dev/null; then
      echo "pid $daemon_pid, port $daemon_port: serving $(daemon_directory "$state") (log: ${state%.state}.log)"
      listed[$daemon_pid]=1
      running=$((running + 1))
    else
      daemon_forget "$state"
    fi
  done
  while read -r pid state; do
    [[ -n $pid && -z ${listed[$pid]:-} ]] || continue
    echo "pid $pid: not serving (its state file is gone), in $(readlink "/proc/$pid/cwd" 2>/dev/null)" \
      "(log: ${state%.state}.log); ./factquiz daemon stop ends it"
    running=$((running + 1))
  done < <(daemon_processes "$folder")
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
# depends on: relative paths are shown against the working directory, the locale decides the
# encoding, the umask the mode of new --out files, FACTQUIZ_* variables the limits and caches, and
# SOURCE_DATE_EPOCH the time quiz --export stamps into zip files and Anki notes.
daemon_key() {
  local name text
  text="cwd=$(pwd -P)"$'\n'"java=$(command -v java)"$'\n'"umask=$(umask)"$'\n'
  for name in "${!FACTQUIZ_@}" SOURCE_DATE_EPOCH LANG LANGUAGE TZ "${!LC_@}"; do
    text+="$name${!name+=${!name}}"$'\n'
  done
  text=$(sha256sum <<<"$text")
  printf '%s' "${text:0:20}"
}

# daemon_folder_ready FOLDER: true when this user can keep daemons in FOLDER (made if need be).
# Another user's checkout, or one this user cannot write, runs every command directly.
daemon_folder_ready() {
  [[ -d $1 ]] || mkdir -p -m 700 "$1" 2>/dev/null
  [[ -d $1 && -O $1 && -w $1 && -x $1 ]]
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
# Does nothing when the lock file cannot be made.
daemon_start_after_run() {
  local state=$1 log=$2
  shift 2
  { exec {daemon_run_lock}>>"$state.run"; } 2>/dev/null || return 0
  flock -s "$daemon_run_lock"
  (
    exec {daemon_run_lock}>&- </dev/null >>"$log" 2>&1
    exec {waiting}>>"$state.run"
    flock -x "$waiting"
    exec {waiting}>&-
    [[ -f $state ]] || exec setsid nohup "$@"
  ) &
}
