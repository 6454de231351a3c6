# SPDX-License-Identifier: EUPL-1.2
# shellcheck shell=bash
# Throwaway PostgreSQL server for the store tests (shared mode).
#
#   source scripts/lib/postgres.sh
#   lvdesk_pg_start   # starts a private server, exports LVDESK_TEST_PG_{HOST,PORT,DB,USER,PASSWORD}
#   lvdesk_pg_stop    # stops it and deletes its directory
#
# The server runs from a fresh temporary directory, listens only on 127.0.0.1 on a free port and
# requires scram-sha-256 passwords, like a real shared installation. PostgreSQL refuses to run as
# root, so under root the server runs as the unprivileged system user "lvdesk-test" (created when
# missing). Both functions are quiet on success and safe to call twice.

lvdesk_pg__bindir() {
    local dir
    if [[ -n "${LVDESK_PG_BINDIR:-}" ]]; then
        printf '%s\n' "$LVDESK_PG_BINDIR"
        return 0
    fi
    for dir in /usr/lib/postgresql/*/bin; do
        if [[ -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            printf '%s\n' "$dir"
        fi
    done | sort -V | tail -n 1
}

# Runs a command as the server's owner: the unprivileged test user under root, else the caller.
lvdesk_pg__as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u lvdesk-test -- "$@"
    else
        "$@"
    fi
}

lvdesk_pg__port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

lvdesk_pg__fail() {
    echo "lvdesk_pg_start: $1" >&2
    if [[ -n "${2:-}" && -f "$2" ]]; then
        tail -n 20 "$2" >&2
    fi
    return 1
}

# Makes a fresh temporary directory the server's owner can use; prints its path.
lvdesk_pg__new_dir() {
    if [[ "$(id -u)" -eq 0 ]] && ! id -u lvdesk-test >/dev/null 2>&1; then
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
            lvdesk-test >/dev/null 2>&1 || id -u lvdesk-test >/dev/null 2>&1 ||
            { lvdesk_pg__fail "could not create the system user lvdesk-test"; return 1; }
    fi
    local dir
    dir="$(mktemp -d -t lvdesk-pg.XXXXXXXX)" ||
        { lvdesk_pg__fail "could not create a temporary directory"; return 1; }
    chmod 700 "$dir"
    if [[ "$(id -u)" -eq 0 ]]; then
        chown lvdesk-test: "$dir"
        # The server must be able to reach its directory even when TMPDIR is private to root.
        chmod o+x "$(dirname "$dir")" 2>/dev/null || true
    fi
    printf '%s\n' "$dir"
}

# initdb in DIR/data with the superuser lvdesk_admin and the password ADMIN_PASSWORD.
lvdesk_pg__initdb() {
    local bindir="$1" dir="$2" admin_password="$3"
    lvdesk_pg__as_owner sh -c "umask 077; printf '%s\n' '$admin_password' > '$dir/pwfile'"
    if ! lvdesk_pg__as_owner "$bindir/initdb" --pgdata="$dir/data" --username=lvdesk_admin \
        --pwfile="$dir/pwfile" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        --no-instructions >"$dir/initdb.log" 2>&1; then
        lvdesk_pg__fail "initdb failed" "$dir/initdb.log"
        return 1
    fi
    lvdesk_pg__as_owner rm -f "$dir/pwfile"
    lvdesk_pg__as_owner mkdir -p "$dir/socket"
}

# Starts the server of DIR on a free loopback port with the extra server OPTIONS; prints the port.
lvdesk_pg__start_on_free_port() {
    local bindir="$1" dir="$2" options="$3"
    # A throwaway server: durability settings off for speed (the store's own durability is tested
    # against SQLite, where the test controls the crash).
    local port attempt
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        lvdesk_pg__port_in_use "$port" && continue
        if lvdesk_pg__as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$dir/server.log" \
            --wait --timeout=60 --silent \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50 $options" \
            start >/dev/null 2>&1; then
            printf '%s\n' "$port"
            return 0
        fi
    done
    lvdesk_pg__fail "the server did not start" "$dir/server.log"
    return 1
}

lvdesk_pg_start() {
    # Already running from an earlier call in this shell: nothing to do.
    if [[ -n "${LVDESK_PG__DIR:-}" && -f "${LVDESK_PG__DIR}/data/postmaster.pid" ]]; then
        return 0
    fi

    local bindir
    bindir="$(lvdesk_pg__bindir)"
    if [[ -z "$bindir" ]]; then
        lvdesk_pg__fail "no PostgreSQL server found (install Debian's postgresql package)"
        return 1
    fi

    local dir
    dir="$(lvdesk_pg__new_dir)" || return 1

    local password admin_password
    password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
    admin_password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
    if ! lvdesk_pg__initdb "$bindir" "$dir" "$admin_password"; then
        rm -rf "$dir"
        return 1
    fi

    local port
    if ! port="$(lvdesk_pg__start_on_free_port "$bindir" "$dir" "")"; then
        rm -rf "$dir"
        return 1
    fi

    if ! PGPASSWORD="$admin_password" "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" \
        -U lvdesk_admin -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE lvdesk_test LOGIN PASSWORD '$password'" \
        -c "CREATE DATABASE lvdesk_test OWNER lvdesk_test ENCODING 'UTF8'" >"$dir/setup.log" 2>&1; then
        lvdesk_pg__fail "could not create the test database and role" "$dir/setup.log"
        lvdesk_pg__as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --silent --mode=immediate stop \
            >/dev/null 2>&1
        rm -rf "$dir"
        return 1
    fi

    export LVDESK_PG__DIR="$dir"
    export LVDESK_PG__BINDIR="$bindir"
    export LVDESK_TEST_PG_HOST=127.0.0.1
    export LVDESK_TEST_PG_PORT="$port"
    export LVDESK_TEST_PG_DB=lvdesk_test
    export LVDESK_TEST_PG_USER=lvdesk_test
    export LVDESK_TEST_PG_PASSWORD="$password"
}

lvdesk_pg_stop() {
    local dir="${LVDESK_PG__DIR:-}"
    if [[ -n "$dir" && -d "$dir" ]]; then
        if [[ -f "$dir/data/postmaster.pid" ]]; then
            lvdesk_pg__as_owner "${LVDESK_PG__BINDIR:-$(lvdesk_pg__bindir)}/pg_ctl" \
                --pgdata="$dir/data" --silent --wait --mode=fast stop >/dev/null 2>&1 ||
                lvdesk_pg__as_owner "${LVDESK_PG__BINDIR:-$(lvdesk_pg__bindir)}/pg_ctl" \
                    --pgdata="$dir/data" --silent --mode=immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
    fi
    unset LVDESK_PG__DIR LVDESK_PG__BINDIR LVDESK_TEST_PG_HOST LVDESK_TEST_PG_PORT \
        LVDESK_TEST_PG_DB LVDESK_TEST_PG_USER LVDESK_TEST_PG_PASSWORD
    return 0
}

# A second, private server with TLS for the store's TLS test, which makes its own CA and calls
# these through bash (each prints what the test needs on stdout):
#
#   lvdesk_pg_tls_start CA CERT KEY   # prints "dir=…", "port=…", "password=…" and the superuser
#                                     # lvdesk_admin's "admin=…"; role and database
#                                     # lvdesk_tls (scram-sha-256), and the role "lvdesk
#                                     # workstation" that logs in with a client certificate and
#                                     # owns the database lvdesk_cert
#   lvdesk_pg_tls_serve DIR CERT KEY  # the server presents this certificate from now on
#   lvdesk_pg_tls_off DIR             # the server stops offering TLS
#   lvdesk_pg_tls_stop DIR
lvdesk_pg_tls_start() {
    local ca="$1" cert="$2" key="$3" bindir dir admin_password password port
    bindir="$(lvdesk_pg__bindir)"
    [[ -n "$bindir" ]] || { lvdesk_pg__fail "no PostgreSQL server found"; return 1; }
    dir="$(lvdesk_pg__new_dir)" || return 1
    admin_password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
    password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
    lvdesk_pg__initdb "$bindir" "$dir" "$admin_password" || { rm -rf "$dir"; return 1; }
    lvdesk_pg__tls_files "$dir" "$cert" "$key" || { rm -rf "$dir"; return 1; }
    lvdesk_pg__install "$dir" "$ca" root.crt || { rm -rf "$dir"; return 1; }
    # Certificates only over TLS; passwords over TLS, and (so that a server without TLS can be
    # tested) over plain TCP too: refusing that is the client's job.
    lvdesk_pg__as_owner sh -c "cat > '$dir/data/pg_hba.conf'" <<'HBA'
local   all  all                               scram-sha-256
hostssl all  "lvdesk workstation" 127.0.0.1/32 cert
hostssl all  all                  127.0.0.1/32 scram-sha-256
host    all  all                  127.0.0.1/32 scram-sha-256
HBA
    lvdesk_pg__as_owner sh -c "cat >> '$dir/data/postgresql.conf'" <<CONF
ssl = on
ssl_cert_file = '$dir/data/server.crt'
ssl_key_file = '$dir/data/server.key'
ssl_ca_file = '$dir/data/root.crt'
CONF
    port="$(lvdesk_pg__start_on_free_port "$bindir" "$dir" "")" || { rm -rf "$dir"; return 1; }
    if ! PGPASSWORD="$admin_password" "$bindir/psql" -X -q -h "$dir/socket" -p "$port" \
        -U lvdesk_admin -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE lvdesk_tls LOGIN PASSWORD '$password'" \
        -c "CREATE ROLE \"lvdesk workstation\" LOGIN" \
        -c "CREATE DATABASE lvdesk_tls OWNER lvdesk_tls ENCODING 'UTF8'" \
        -c "CREATE DATABASE lvdesk_cert OWNER \"lvdesk workstation\" ENCODING 'UTF8'" \
        >"$dir/setup.log" 2>&1; then
        lvdesk_pg__fail "could not create the TLS test database and roles" "$dir/setup.log"
        lvdesk_pg_tls_stop "$dir"
        return 1
    fi
    printf 'dir=%s\nport=%s\npassword=%s\nadmin=%s\n' "$dir" "$port" "$password" "$admin_password"
}

# Copies FILE into the server's data folder as NAME, owned by the server and private to it.
lvdesk_pg__install() {
    local dir="$1" file="$2" name="$3"
    lvdesk_pg__as_owner sh -c "umask 077; cat > '$dir/data/$name'" <"$file"
}

lvdesk_pg__tls_files() {
    lvdesk_pg__install "$1" "$2" server.crt && lvdesk_pg__install "$1" "$3" server.key
}

lvdesk_pg__reload() {
    local dir="$1"
    lvdesk_pg__as_owner "$(lvdesk_pg__bindir)/pg_ctl" --pgdata="$dir/data" --silent reload \
        >/dev/null 2>&1 || return 1
    # The postmaster rereads its files asynchronously: give it a moment.
    sleep 1
}

lvdesk_pg_tls_serve() {
    local dir="$1"
    lvdesk_pg__tls_files "$dir" "$2" "$3" || return 1
    lvdesk_pg__as_owner sh -c "sed -i 's/^ssl = off$/ssl = on/' '$dir/data/postgresql.conf'"
    lvdesk_pg__reload "$dir"
}

lvdesk_pg_tls_off() {
    local dir="$1"
    lvdesk_pg__as_owner sh -c "sed -i 's/^ssl = on$/ssl = off/' '$dir/data/postgresql.conf'"
    lvdesk_pg__reload "$dir"
}

lvdesk_pg_tls_stop() {
    local dir="$1"
    if [[ -n "$dir" && -d "$dir" ]]; then
        if [[ -f "$dir/data/postmaster.pid" ]]; then
            lvdesk_pg__as_owner "$(lvdesk_pg__bindir)/pg_ctl" --pgdata="$dir/data" --silent \
                --wait --mode=fast stop >/dev/null 2>&1 ||
                lvdesk_pg__as_owner "$(lvdesk_pg__bindir)/pg_ctl" --pgdata="$dir/data" \
                    --silent --mode=immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$dir"
    fi
    return 0
}
