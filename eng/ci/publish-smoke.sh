#!/usr/bin/env bash
# The published output, run as docs/DEPLOYMENT.md runs it: `dotnet publish`, then the dll in Production on a fresh
# PostgreSQL database without demo data. Sets the install up with the app's own verbs (--create-admin, --create-property,
# --create-api-key), then checks that the sign-in page shows no demo account, that the new administrator signs in, that
# the workspace's script and styles answer 200, and that a case goes in through the API with the new key. Any failure
# prints the app's log tail and exits non-zero.
# Needs GUESTLOOP_TEST_POSTGRES (Host=…;Port=…;Username=…;Password=…), as .ci/run exports it.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${GUESTLOOP_TEST_POSTGRES:?GUESTLOOP_TEST_POSTGRES is not set (Host=…;Port=…;Username=…;Password=…)}"

part() { tr ';' '\n' <<<"$GUESTLOOP_TEST_POSTGRES" | sed -n "s/^$1=//Ip" | head -1; }
pg_host=$(part Host) pg_port=$(part Port) pg_user=$(part Username) pg_password=$(part Password)
psql=$(command -v psql || ls -d /usr/lib/postgresql/*/bin/psql 2>/dev/null | sort -V | tail -1)
[ -x "$psql" ] || { echo "publish smoke: psql not found" >&2; exit 1; }
sql() { PGPASSWORD="$pg_password" "$psql" -h "$pg_host" -p "${pg_port:-5432}" -U "$pg_user" -d postgres -v ON_ERROR_STOP=1 -qc "$1"; }

work=$(mktemp -d /tmp/guestloop-smoke.XXXXXX)
database="guestloop_smoke_$(date +%s)_$$"
log="$work/app.log"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  sql "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "publish smoke FAILED: $*" >&2
  echo "---- last 60 lines of the app's log ($log) ----" >&2
  tail -n 60 "$log" >&2 || true
  exit 1
}

# GUESTLOOP_PUBLISHED: a folder `dotnet publish` already wrote (.ci/run publishes while the tests run); else publish here.
app_dir="${GUESTLOOP_PUBLISHED:-$work/app}"
if [ -z "${GUESTLOOP_PUBLISHED:-}" ]; then
  echo "publish smoke: dotnet publish"
  dotnet publish src/GuestLoop.Web -c Release -o "$app_dir" --nologo -v q >"$work/publish.log" 2>&1 \
    || { tail -n 40 "$work/publish.log" >&2; echo "publish smoke FAILED: dotnet publish" >&2; exit 1; }
fi
[ -f "$app_dir/GuestLoop.Web.dll" ] || { echo "publish smoke FAILED: no GuestLoop.Web.dll in $app_dir" >&2; exit 1; }
sql "CREATE DATABASE $database"

port=5480
while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
admin_password="smoke-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"

# Run from the app's own folder, as the systemd unit of docs/DEPLOYMENT.md does (WorkingDirectory): the content root, whose
# wwwroot holds the workspace's scripts and styles, is the working directory. Called in a subshell or with &: it execs.
app() {
  cd "$app_dir" && exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$base" \
    Database__Provider=postgres ConnectionStrings__GuestLoop="$GUESTLOOP_TEST_POSTGRES;Database=$database" \
    GuestLoop__DataPath="$work/data" GuestLoop__DemoData=false GuestLoop__Triage__Enabled=false \
    dotnet "$app_dir/GuestLoop.Web.dll" "$@"
}

# The first set-up, as docs/DEPLOYMENT.md gives it: an administrator (password on standard input), a property, an API key.
echo "publish smoke: --create-admin, --create-property, --create-api-key"
printf '%s\n' "$admin_password" | (app --create-admin --user smoke-admin --email smoke@example.com --password-stdin) >>"$log" 2>&1 \
  || fail "--create-admin exited non-zero"
(app --create-property --code SMOKE-HOTEL --name "冒烟测试酒店") >>"$log" 2>&1 || fail "--create-property exited non-zero"
printed=$( (app --create-api-key --name smoke) 2>>"$log") || { echo "$printed" >>"$log"; fail "--create-api-key exited non-zero"; }
key=$(grep -oE '^gl_[0-9a-f]+$' <<<"$printed" | head -1 || true)
[ -n "$key" ] || { echo "$printed" >>"$log"; fail "--create-api-key printed no key"; }

app >>"$log" 2>&1 &
pid=$!

echo "publish smoke: waiting for $base/healthz"
for _ in $(seq 1 180); do
  curl -fsS -o /dev/null "$base/healthz" 2>/dev/null && break
  kill -0 "$pid" 2>/dev/null || fail "the app exited before answering"
  sleep 1
done
curl -fsS -o /dev/null "$base/healthz" || fail "no answer on /healthz after 180 s"

# Staff sign-in: the login form (no demo account on it) and its antiforgery token, the new administrator, then the
# workspace page itself.
jar="$work/cookies"
login=$(curl -fsS -c "$jar" -b "$jar" "$base/account/login") || fail "/account/login did not answer 200"
grep -q 'GuestLoop!2026' <<<"$login" && fail "the sign-in page shows the demo password with demo data off"
token=$(sed -n 's/.*name="__RequestVerificationToken" value="\([^"]*\)".*/\1/p' <<<"$login" | head -1)
[ -n "$token" ] || fail "no antiforgery token on /account/login"
status=$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" "$base/account/login" \
  --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "userName=smoke-admin" \
  --data-urlencode "password=$admin_password" --data-urlencode "returnUrl=/")
[ "$status" = "302 $base/" ] || fail "sign-in answered '$status', expected a redirect to /"
workspace=$(curl -sS -w '\n%{http_code}' -b "$jar" "$base/")
[ "$(tail -n 1 <<<"$workspace")" = "200" ] || fail "the signed-in workspace answered $(tail -n 1 <<<"$workspace")"

# Every script and style sheet the workspace page references, and the plain names of Blazor's and MudBlazor's.
assets=$(grep -oE '<(script|link)[^>]+(src|href)="[^"]+\.(js|css)"' <<<"$workspace" | sed -E 's/.*(src|href)="([^"]+)"/\2/' | sort -u)
grep -q 'blazor.web' <<<"$assets" || fail "the workspace page references no blazor.web.js"
grep -q 'MudBlazor' <<<"$assets" || fail "the workspace page references no MudBlazor asset"
for asset in $assets _framework/blazor.web.js _content/MudBlazor/MudBlazor.min.css _content/MudBlazor/MudBlazor.min.js; do
  url="$base/${asset#/}"
  code=$(curl -sS -o /dev/null -w '%{http_code}' "$url")
  [ "$code" = "200" ] || fail "$url answered $code"
  echo "publish smoke: 200 $url"
done

# A case through the integration API with the key --create-api-key printed.
created=$(curl -sS -w '\n%{http_code}' -H "X-Api-Key: $key" -H 'Content-Type: application/json' "$base/api/v1/cases" \
  --data '{"kind":"complaint","channel":"phone","property":"SMOKE-HOTEL","title":"发布冒烟测试","description":"发布后的冒烟测试：空调不制冷。","customer":{"name":"张伟","phone":"13800138000"}}')
[ "$(tail -n 1 <<<"$created")" = "201" ] || fail "POST /api/v1/cases answered $(tail -n 1 <<<"$created"): $(head -n -1 <<<"$created")"
number=$(head -n -1 <<<"$created" | grep -oE '"number":"[^"]+"' | head -1)
[ -n "$number" ] || fail "the created case has no number: $(head -n -1 <<<"$created")"
echo "publish smoke: case created through the API ($number)"
echo "publish smoke: passed"
