#!/usr/bin/env bash
# Starts a real IMAP server (Dovecot) and a real SMTP server (OpenSMTPD delivering into Dovecot over LMTP) on free
# 127.0.0.1 ports, for the mail tests. Needs root; installs dovecot-imapd, dovecot-lmtpd and opensmtpd when missing.
#
#   eval "$(bash eng/ci/mail-servers.sh start)"   # exports GUESTLOOP_TEST_IMAP, GUESTLOOP_TEST_SMTP, GUESTLOOP_TEST_MAIL_DIR
#   bash eng/ci/mail-servers.sh stop "$GUESTLOOP_TEST_MAIL_DIR"
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

free_port() {
  local port=$1
  while (exec 3<>/dev/tcp/127.0.0.1/"$port") 2>/dev/null; do port=$((port + 1)); done
  echo "$port"
}

start() {
  local need=()
  [ -x /usr/sbin/dovecot ] || need+=(dovecot-imapd)
  [ -x /usr/lib/dovecot/lmtp ] || need+=(dovecot-lmtpd)
  [ -x /usr/sbin/smtpd ] || need+=(opensmtpd)
  if [ ${#need[@]} -gt 0 ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  fi

  local dir imap lmtp smtp password=guestloop
  dir=$(mktemp -d /tmp/guestloop-mail.XXXXXX)
  chmod 755 "$dir"
  mkdir -p "$dir/run" "$dir/state" "$dir/mail"
  chown mail:mail "$dir/mail"
  imap=$(free_port 51143)
  lmtp=$(free_port $((imap + 1)))
  smtp=$(free_port $((lmtp + 1)))
  sed -e "s|@DIR@|$dir|g" -e "s|@PASSWORD@|$password|g" -e "s|@IMAP_PORT@|$imap|g" -e "s|@LMTP_PORT@|$lmtp|g" \
      -e "s|@UID@|$(id -u mail)|g" -e "s|@GID@|$(id -g mail)|g" "$here/dovecot.conf" > "$dir/dovecot.conf"
  sed -e "s|@SMTP_PORT@|$smtp|g" -e "s|@LMTP_PORT@|$lmtp|g" "$here/smtpd.conf" > "$dir/smtpd.conf"
  chmod 600 "$dir/smtpd.conf"

  /usr/sbin/dovecot -c "$dir/dovecot.conf"
  /usr/sbin/smtpd -d -f "$dir/smtpd.conf" >"$dir/smtpd.log" 2>&1 &
  echo $! > "$dir/smtpd.pid"
  for _ in $(seq 1 50); do
    if (exec 3<>/dev/tcp/127.0.0.1/"$imap") 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/"$smtp") 2>/dev/null; then
      echo "export GUESTLOOP_TEST_IMAP=127.0.0.1:$imap:guestloop:$password"
      echo "export GUESTLOOP_TEST_SMTP=127.0.0.1:$smtp"
      echo "export GUESTLOOP_TEST_MAIL_DIR=$dir"
      return 0
    fi
    sleep 0.1
  done
  echo "The mail servers did not start; see $dir/dovecot.log and $dir/smtpd.log" >&2
  stop "$dir"
  return 1
}

stop() {
  local dir=${1:?the directory printed by start}
  # Only a folder start made is removed: any other path (a typo, /tmp itself) is refused, not emptied.
  case "$(basename "$dir")" in
    guestloop-mail.*) [ -f "$dir/dovecot.conf" ] || { echo "$dir is not a folder made by $0 start" >&2; return 2; } ;;
    *) echo "$dir is not a folder made by $0 start" >&2; return 2 ;;
  esac
  [ -f "$dir/smtpd.pid" ] && kill "$(cat "$dir/smtpd.pid")" 2>/dev/null || true
  [ -f "$dir/run/master.pid" ] && kill "$(cat "$dir/run/master.pid")" 2>/dev/null || true
  sleep 0.2
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop <dir>" >&2; exit 2 ;;
esac
