# Robin's demo plan connected to a local case service, for scripts that show the app
# (scripts/screenshots, tests/a11y/atspi-test). Sourced after lib.sh, not run.
# The demo plan is connected to a local case service (TLS on 127.0.0.1, a free
# port) with part of Robin's network in it, each from their own data folder: Sam
# (friend; let in, may see and change Family and friends), Ellen (employer; joined,
# waiting to be let in) and an invitation for André nobody used yet; so the people,
# invite, consent, log, connect and devices screens show what a connected plan shows.
# The caller sets SAMEN_PASSPHRASE and stops $demo_service_pid (demo_stop_service) on exit.

demo_service_pid=""

# demo_start_service WORKDIR: starts samen-service in WORKDIR/service; sets demo_service_url,
# demo_service_pin, demo_service_ca.
demo_start_service() {
  local work="$1" bin="$SAMEN_BUILD/bin"
  "$bin/samen-service" --listen 127.0.0.1:0 --data-dir "$work/service" --dev-tls >"$work/service.log" 2>&1 &
  demo_service_pid=$!
  for _ in $(seq 1 150); do
    grep -q "Listening on:" "$work/service.log" 2>/dev/null && break
    kill -0 "$demo_service_pid" 2>/dev/null || { cat "$work/service.log" >&2; die "the case service did not start"; }
    sleep 0.1
  done
  demo_service_url="$(sed -n 's/^Listening on: //p' "$work/service.log" | head -1)"
  demo_service_pin="$(sed -n 's/^Public key pin (SPKI SHA-256): //p' "$work/service.log" | head -1)"
  demo_service_ca="$work/service/dev-tls-cert.pem"
  demo_service_data="$work/service"
  [[ -n "$demo_service_url" && -n "$demo_service_pin" ]] || die "the case service did not say where it listens"
}

demo_stop_service() {
  [[ -n "$demo_service_pid" ]] && { kill -TERM "$demo_service_pid" 2>/dev/null || true; wait "$demo_service_pid" 2>/dev/null || true; }
  demo_service_pid=""
}

# demo_make_plan DATA LANG: Robin's demo plan in DATA, written in LANG, connected, with Sam, Ellen and André
# (their own devices in DATA-sam and DATA-ellen).
demo_make_plan() {
  local data="$1" lang="$2" bin="$SAMEN_BUILD/bin"
  local link_of='import json,sys; print(json.load(sys.stdin)["link"])'
  # What people typed in the demo is in the language asked for, like the plan itself.
  local phone="Robin's phone" purpose="Doing fun things together"
  if [ "$lang" = nl ]; then
    phone="Telefoon van Robin"
    purpose="Samen leuke dingen doen"
  fi
  "$bin/samen-cli" --data-dir "$data" --language "$lang" demo >/dev/null
  "$bin/samen-cli" --data-dir "$data" connect --service "$demo_service_url" --pin-sha256 "$demo_service_pin" \
    --ca-file "$demo_service_ca" --device-name "$phone" >/dev/null
  "$bin/samen-cli" --data-dir "$data" sync >/dev/null
  local sam_link ellen_link
  sam_link="$("$bin/samen-cli" --data-dir "$data" --json invite create --kind network --name Sam --member Sam --relation friend \
    --grant social:write --purpose "$purpose" | python3 -c "$link_of")"
  "$bin/samen-cli" --data-dir "$data-sam" join "$sam_link" --name Sam --ca-file "$demo_service_ca" >/dev/null
  "$bin/samen-cli" --data-dir "$data" member let-in Sam >/dev/null
  "$bin/samen-cli" --data-dir "$data-sam" sync >/dev/null
  ellen_link="$("$bin/samen-cli" --data-dir "$data" --json invite create --kind network --name Ellen --member Ellen --relation employer \
    --grant work:read | python3 -c "$link_of")"
  "$bin/samen-cli" --data-dir "$data-ellen" join "$ellen_link" --name Ellen --ca-file "$demo_service_ca" >/dev/null
  "$bin/samen-cli" --data-dir "$data" --json invite create --kind professional --name André --member André --grant money:write \
    --grant work:write --grant housing:write >/dev/null
  "$bin/samen-cli" --data-dir "$data" sync >/dev/null
}

# demo_has_caseload: true when samen-cli has the caseload commands.
demo_has_caseload() {
  # Not `help | grep -q`: grep ends at the first match, samen-cli then dies of SIGPIPE and, under
  # pipefail, the check fails although the commands are there.
  local help
  help="$("$SAMEN_BUILD/bin/samen-cli" help 2>&1)" || true
  [[ "$help" == *caseload* ]]
}

# demo_make_caseload DATA LANG ROBIN: a professional's device in DATA (André, benefits adviser at
# "Buurtteam Noord"), enrolled with the code an administrator made (samen-service admin), in Robin's
# plan (ROBIN: Robin's data folder from demo_make_plan) with an invitation Robin made and let in, and
# in the plan of another citizen called Robin (DATA-robin2, Family and friends only), so the pictures
# show how the caseload tells two citizens of one name apart.
# Needs samen-cli's caseload commands (issue 14: demo_has_caseload). Call it outside an `if`, so that
# `set -e` ends the script at a step that fails (inside an `if` bash ignores it).
demo_make_caseload() {
  local data="$1" lang="$2" robin="$3" bin="$SAMEN_BUILD/bin" out org code link
  local link_of='import json,sys; print(json.load(sys.stdin)["link"])'
  out="$("$bin/samen-service" --data-dir "$demo_service_data" --dev-tls admin org add "Buurtteam Noord")"
  org="$(sed -n 's/^Organisation added: \([^ ]*\).*/\1/p' <<<"$out")"
  out="$("$bin/samen-service" --data-dir "$demo_service_data" --dev-tls admin professional add --org "$org" --name "André")"
  code="$(sed -n 's/^Enrolment code .*: //p' <<<"$out")"
  [[ -n "$org" && -n "$code" ]] || die "samen-service admin gave no enrolment code"
  "$bin/samen-cli" --data-dir "$data" --language "$lang" connect --service "$demo_service_url" --pin-sha256 "$demo_service_pin" \
    --ca-file "$demo_service_ca" --enrol-code "$code" >/dev/null
  # What Robin types is in the language of the demo, like the plan itself.
  local who="André (adviser)" role="benefits adviser"
  if [ "$lang" = nl ]; then
    who="André (adviseur)"
    role="adviseur uitkeringen"
  fi
  link="$("$bin/samen-cli" --data-dir "$robin" --json invite create --kind professional --name "$who" \
    --role "$role" --grant money:write --grant work:read | python3 -c "$link_of")"
  "$bin/samen-cli" --data-dir "$data" join "$link" >/dev/null
  "$bin/samen-cli" --data-dir "$robin" member let-in "$who" >/dev/null
  "$bin/samen-cli" --data-dir "$robin" sync >/dev/null
  # Another citizen called Robin, who shares only Family and friends: the caseload tells the two apart (review 3, #14).
  local other="$data-robin2"
  "$bin/samen-cli" --data-dir "$other" --language "$lang" init --name Robin >/dev/null
  "$bin/samen-cli" --data-dir "$other" connect --service "$demo_service_url" --pin-sha256 "$demo_service_pin" \
    --ca-file "$demo_service_ca" >/dev/null
  "$bin/samen-cli" --data-dir "$other" sync >/dev/null
  link="$("$bin/samen-cli" --data-dir "$other" --json invite create --kind professional --name "$who" \
    --role "$role" --grant social:read | python3 -c "$link_of")"
  "$bin/samen-cli" --data-dir "$data" join "$link" >/dev/null
  "$bin/samen-cli" --data-dir "$other" member let-in "$who" >/dev/null
  "$bin/samen-cli" --data-dir "$other" sync >/dev/null
  "$bin/samen-cli" --data-dir "$data" sync >/dev/null
}
