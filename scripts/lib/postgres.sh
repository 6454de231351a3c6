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

    local password admin_password
    password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
    admin_password="$(od -An -N18 -tx1 /dev/urandom | tr -d ' \n')"
    lvdesk_pg__as_owner sh -c "umask 077; printf '%s\n' '$admin_password' > '$dir/pwfile'"

    local log="$dir/server.log"
    if ! lvdesk_pg__as_owner "$bindir/initdb" --pgdata="$dir/data" --username=lvdesk_admin \
        --pwfile="$dir/pwfile" --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
        --no-instructions >"$dir/initdb.log" 2>&1; then
        lvdesk_pg__fail "initdb failed" "$dir/initdb.log"
        rm -rf "$dir"
        return 1
    fi
    lvdesk_pg__as_owner rm -f "$dir/pwfile"
    lvdesk_pg__as_owner mkdir -p "$dir/socket"

    # A throwaway server: durability settings off for speed (the store's own durability is tested
    # against SQLite, where the test controls the crash).
    local port attempt started=0
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 40000))
        lvdesk_pg__port_in_use "$port" && continue
        if lvdesk_pg__as_owner "$bindir/pg_ctl" --pgdata="$dir/data" --log="$log" --wait \
            --timeout=60 --silent \
            -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
            start >/dev/null 2>&1; then
            started=1
            break
        fi
    done
    if [[ "$started" -ne 1 ]]; then
        lvdesk_pg__fail "the server did not start" "$log"
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
