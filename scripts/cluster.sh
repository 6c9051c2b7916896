#!/usr/bin/env bash
# Test clusters for CoopKit, on loopback, beside (never touching) the machine's own servers on 3306/5432.
#
#   scripts/cluster.sh start|stop|status galera       3 MariaDB Galera nodes: SQL 3311-3313, gcomm 4571-4573
#   scripts/cluster.sh start|stop|status pg-standby   PostgreSQL primary 5441 + synchronous streaming standby 5442
#   scripts/cluster.sh kill galera N                   SIGKILL node N (1-3)
#   scripts/cluster.sh kill pg-standby primary         SIGKILL the primary
#   scripts/cluster.sh promote pg-standby              promote the standby (after the primary died)
#
# Everything lives under $COOP_CLUSTER_DIR (default /tmp/coopkit-clusters); `stop` removes it.
# Exit codes: 0 done, 2 usage, 3 cannot start here (a missing package, a port taken) — tests skip on 3.
set -uo pipefail

DIR="${COOP_CLUSTER_DIR:-/tmp/coopkit-clusters}"
GALERA_LIB="${GALERA_LIB:-/usr/lib/galera/libgalera_smm.so}"
PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)}"
PG_PRIMARY_PORT=5441
PG_STANDBY_PORT=5442

say() { echo "cluster: $*" >&2; }
cannot() { say "cannot start: $*"; exit 3; }
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
as_user() { local u="$1"; shift; if [ "$(id -un)" = "$u" ]; then "$@"; else runuser -u "$u" -- "$@"; fi; }

# ---------------------------------------------------------------- Galera
galera_conf() {
  local i="$1" n="$DIR/galera/node$1"
  cat >"$n/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$n/data
socket=$n/mysqld.sock
pid-file=$n/mysqld.pid
log-error=$n/error.log
port=331$i
bind-address=127.0.0.1
skip-name-resolve
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=64M
innodb_log_file_size=48M
innodb_flush_log_at_trx_commit=1
character-set-server=utf8mb4
collation-server=utf8mb4_bin
max_connections=200
wsrep_on=ON
wsrep_provider=$GALERA_LIB
wsrep_cluster_name=coopkit-test
wsrep_cluster_address=gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:457$i
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:457$i;ist.recv_addr=127.0.0.1:458$i;gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:459$i
wsrep_slave_threads=2
# causal reads: a read on any node sees every transaction committed anywhere before it began
wsrep_sync_wait=1
CNF
}

galera_sql() { mariadb --protocol=tcp -h 127.0.0.1 -P "331$1" -u coop -N -B -e "$2" 2>/dev/null; }
galera_size() { galera_sql "$1" "SHOW STATUS LIKE 'wsrep_cluster_size'" | awk '{print $2}'; }
galera_ready() { [ "$(galera_sql "$1" "SHOW STATUS LIKE 'wsrep_ready'" | awk '{print $2}')" = "ON" ]; }

galera_start_node() {
  local i="$1" extra="${2:-}"; local n="$DIR/galera/node$1"
  # Started as root, mariadbd switches to the mysql user itself (user=mysql in my.cnf), which rsync SST needs.
  setsid nohup /usr/sbin/mariadbd --defaults-file="$n/my.cnf" $extra >>"$n/stdout.log" 2>&1 </dev/null &
}

galera_wait() {  # node, expected cluster size, seconds
  local i="$1" want="$2" s="${3:-90}"
  for _ in $(seq 1 "$s"); do
    if galera_ready "$i" && [ "$(galera_size "$i")" = "$want" ]; then return 0; fi
    sleep 1
  done
  say "node $i not ready with cluster size $want after ${s}s; log: $DIR/galera/node$i/error.log"
  tail -n 20 "$DIR/galera/node$i/error.log" >&2 || true
  return 1
}

galera_start() {
  [ -f "$GALERA_LIB" ] || cannot "no Galera provider at $GALERA_LIB (apt-get install galera-4)"
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || cannot "no mariadbd (apt-get install mariadb-server)"
  command -v rsync >/dev/null || cannot "no rsync (needed for SST)"
  id mysql >/dev/null 2>&1 || cannot "no mysql user"
  if galera_ready 1 2>/dev/null && [ "$(galera_size 1)" = "3" ]; then say "galera already running"; return 0; fi
  for p in 3311 3312 3313 4571 4572 4573 4581 4582 4583 4591 4592 4593; do
    port_free "$p" || cannot "port $p is taken"
  done
  rm -rf "$DIR/galera"; mkdir -p "$DIR/galera"
  for i in 1 2 3; do
    mkdir -p "$DIR/galera/node$i/data"; galera_conf "$i"
  done
  chown -R mysql:mysql "$DIR/galera"; chmod 755 "$DIR" "$DIR/galera"
  as_user mysql mariadb-install-db --defaults-file="$DIR/galera/node1/my.cnf" --auth-root-authentication-method=socket \
    --skip-test-db >"$DIR/galera/node1/install.log" 2>&1 || { cat "$DIR/galera/node1/install.log" >&2; cannot "mariadb-install-db failed"; }
  galera_start_node 1 --wsrep-new-cluster
  for _ in $(seq 1 60); do [ -S "$DIR/galera/node1/mysqld.sock" ] && break; sleep 1; done
  mariadb -S "$DIR/galera/node1/mysqld.sock" -u root -e "
    CREATE USER IF NOT EXISTS 'coop'@'127.0.0.1' IDENTIFIED BY '';
    GRANT ALL PRIVILEGES ON *.* TO 'coop'@'127.0.0.1' WITH GRANT OPTION;
    CREATE DATABASE IF NOT EXISTS test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;" \
    || cannot "could not create the test user on node 1"
  galera_wait 1 1 60 || cannot "node 1 did not bootstrap"
  galera_start_node 2; galera_wait 2 2 120 || cannot "node 2 did not join"
  galera_start_node 3; galera_wait 3 3 120 || cannot "node 3 did not join"
  say "galera up: jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/test?user=coop"
}

galera_stop() {
  for i in 3 2 1; do
    local pid="$DIR/galera/node$i/mysqld.pid"
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null
  done
  for _ in $(seq 1 30); do
    pgrep -f "$DIR/galera/node" >/dev/null || break; sleep 1
  done
  pkill -9 -f "$DIR/galera/node" 2>/dev/null || true
  rm -rf "$DIR/galera"; say "galera stopped"
}

galera_status() { for i in 1 2 3; do echo "node$i ready=$(galera_ready "$i" && echo ON || echo OFF) size=$(galera_size "$i")"; done; }

galera_kill() {
  local i="$1"; local pid; pid="$(cat "$DIR/galera/node$i/mysqld.pid" 2>/dev/null)" || { say "node $i not running"; return 1; }
  kill -9 "$pid"; say "killed galera node $i (pid $pid)"
}

galera_restart_node() {  # rejoin a killed node (IST/SST from the others)
  local i="$1"; rm -f "$DIR/galera/node$i/mysqld.pid" "$DIR/galera/node$i/mysqld.sock"
  galera_start_node "$i"; galera_wait "$i" 3 120
}

# ---------------------------------------------------------------- PostgreSQL primary + synchronous standby
pg_ctl_as() { as_user postgres "$PG_BIN/pg_ctl" "$@"; }

pg_standby_start() {
  [ -x "$PG_BIN/postgres" ] || cannot "no PostgreSQL server binaries (apt-get install postgresql)"
  if "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p $PG_PRIMARY_PORT && "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p $PG_STANDBY_PORT; then
    say "pg-standby already running"; return 0
  fi
  port_free $PG_PRIMARY_PORT || cannot "port $PG_PRIMARY_PORT is taken"
  port_free $PG_STANDBY_PORT || cannot "port $PG_STANDBY_PORT is taken"
  local P="$DIR/pg/primary" S="$DIR/pg/standby"
  rm -rf "$DIR/pg"; mkdir -p "$DIR/pg"; chown postgres:postgres "$DIR/pg"; chmod 755 "$DIR"
  as_user postgres "$PG_BIN/initdb" -D "$P" -U postgres -A trust --no-sync >"$DIR/pg/initdb.log" 2>&1 \
    || { cat "$DIR/pg/initdb.log" >&2; cannot "initdb failed"; }
  cat >>"$P/postgresql.conf" <<CNF
listen_addresses = '127.0.0.1'
port = $PG_PRIMARY_PORT
unix_socket_directories = '$DIR/pg'
wal_level = replica
max_wal_senders = 5
hot_standby = on
synchronous_commit = on
max_connections = 200
shared_buffers = 64MB
CNF
  echo "host replication all 127.0.0.1/32 trust" >>"$P/pg_hba.conf"
  pg_ctl_as -D "$P" -l "$DIR/pg/primary.log" -w start >/dev/null || cannot "primary did not start"
  "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PRIMARY_PORT -U postgres -qc "create database test" >/dev/null
  as_user postgres "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p $PG_PRIMARY_PORT -U postgres -D "$S" -R -X stream \
    >"$DIR/pg/basebackup.log" 2>&1 || { cat "$DIR/pg/basebackup.log" >&2; cannot "pg_basebackup failed"; }
  echo "port = $PG_STANDBY_PORT" >>"$S/postgresql.conf"
  # pg_basebackup -R wrote a primary_conninfo into postgresql.auto.conf, which wins: name the standby there.
  echo "primary_conninfo = 'host=127.0.0.1 port=$PG_PRIMARY_PORT user=postgres application_name=standby1'" >>"$S/postgresql.auto.conf"
  pg_ctl_as -D "$S" -l "$DIR/pg/standby.log" -w start >/dev/null || cannot "standby did not start"
  # Only now that the standby streams may commits wait for it (earlier, CREATE DATABASE would hang).
  "$PG_BIN/psql" -h 127.0.0.1 -p $PG_PRIMARY_PORT -U postgres -qc "alter system set synchronous_standby_names = 'FIRST 1 (standby1)'" \
    -c "select pg_reload_conf()" >/dev/null
  for _ in $(seq 1 60); do
    st="$("$PG_BIN/psql" -h 127.0.0.1 -p $PG_PRIMARY_PORT -U postgres -tAc "select sync_state from pg_stat_replication where application_name='standby1'")"
    [ "$st" = "sync" ] && break; sleep 1
  done
  [ "${st:-}" = "sync" ] || cannot "standby did not become synchronous"
  say "pg-standby up: jdbc:postgresql://127.0.0.1:$PG_PRIMARY_PORT,127.0.0.1:$PG_STANDBY_PORT/test?user=postgres&targetServerType=primary"
}

pg_standby_stop() {
  for n in standby primary; do
    [ -d "$DIR/pg/$n" ] && pg_ctl_as -D "$DIR/pg/$n" -m immediate stop >/dev/null 2>&1
  done
  rm -rf "$DIR/pg"; say "pg-standby stopped"
}

pg_standby_status() {
  for p in $PG_PRIMARY_PORT $PG_STANDBY_PORT; do
    echo "port $p: $("$PG_BIN/pg_isready" -h 127.0.0.1 -p $p >/dev/null && "$PG_BIN/psql" -h 127.0.0.1 -p $p -U postgres -tAc 'select case when pg_is_in_recovery() then $$standby$$ else $$primary$$ end' 2>/dev/null || echo down)"
  done
}

pg_kill_primary() {
  local pid; pid="$(head -n1 "$DIR/pg/primary/postmaster.pid" 2>/dev/null)" || { say "primary not running"; return 1; }
  kill -9 "$pid"; say "killed PostgreSQL primary (pid $pid)"
}

pg_promote() {
  # The standby becomes primary; without a synchronous standby left, commits must not wait for one.
  pg_ctl_as -D "$DIR/pg/standby" -w promote >/dev/null || return 1
  "$PG_BIN/psql" -h 127.0.0.1 -p $PG_STANDBY_PORT -U postgres -qc "alter system set synchronous_standby_names = ''" \
    -c "select pg_reload_conf()" >/dev/null
  say "standby promoted on port $PG_STANDBY_PORT"
}

# ---------------------------------------------------------------- dispatch
case "${1:-} ${2:-}" in
  "start galera") galera_start ;;
  "stop galera") galera_stop ;;
  "status galera") galera_status ;;
  "kill galera") galera_kill "${3:?node 1-3}" ;;
  "rejoin galera") galera_restart_node "${3:?node 1-3}" ;;
  "start pg-standby") pg_standby_start ;;
  "stop pg-standby") pg_standby_stop ;;
  "status pg-standby") pg_standby_status ;;
  "kill pg-standby") pg_kill_primary ;;
  "promote pg-standby") pg_promote ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
