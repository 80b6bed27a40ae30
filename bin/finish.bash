# shellcheck shell=bash
# run_to_the_end COMMAND...: runs factquiz's JVM and exits with its exit code, but only once the
# program has said that it ended there: just before it exits, Main writes the code it means to the
# file named by FACTQUIZ_EXIT_RECORD. A JVM that ends without that record (a rule calling
# Runtime.halt(0), which Java cannot intercept, or a crash) has an unknown result: exit 3 with a
# message, so that CI never reads it as "consistent" (0) or "inconsistent" (1). An end by a signal
# (Ctrl-C, kill: codes above 128) is passed on as it is.
run_to_the_end() {
  local record code=0 said='' child
  if ! record=$(mktemp "${TMPDIR:-/tmp}/factquiz-exit.XXXXXXXX" 2>/dev/null); then
    exec "$@"
  fi
  # Run in the background so that a signal to this script reaches the JVM; standard input is handed
  # on explicitly (a background command would otherwise read /dev/null), so the terminal quiz works.
  FACTQUIZ_EXIT_RECORD=$record "$@" <&0 &
  child=$!
  trap 'kill -TERM "$child" 2>/dev/null' TERM HUP
  trap 'kill -INT "$child" 2>/dev/null' INT
  while :; do
    code=0
    wait "$child" || code=$?
    # wait returns early (above 128) when a trapped signal arrives; the JVM's own end comes after.
    kill -0 "$child" 2>/dev/null || break
  done
  trap - TERM HUP INT
  said=$(cat "$record" 2>/dev/null || true)
  rm -f "$record"
  if [[ $said != "$code" && $code -le 128 ]]; then
    echo "factquiz: the program ended with exit $code before the command had finished, so its result is" \
      "unknown (a rule that calls Runtime.halt ends it so; docs/editing.md)" >&2
    exit 3
  fi
  exit "$code"
}
