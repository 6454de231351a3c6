# SPDX-License-Identifier: EUPL-1.2
# Sourced by scripts/test: a private D-Bus session bus with an unlocked gnome-keyring, so that the
# keychain tests talk to a real Secret Service without touching the user's own keyring.

lvdesk_keyring_start() {
    LVDESK_KEYRING_DIR=$(mktemp -d -t lvdesk-keyring.XXXXXX)
    chmod 700 "$LVDESK_KEYRING_DIR"
    mkdir -p "$LVDESK_KEYRING_DIR/run" "$LVDESK_KEYRING_DIR/data"
    chmod 700 "$LVDESK_KEYRING_DIR/run"
    export XDG_RUNTIME_DIR="$LVDESK_KEYRING_DIR/run"
    export DBUS_SESSION_BUS_ADDRESS="unix:path=$LVDESK_KEYRING_DIR/run/bus"
    LVDESK_DBUS_PID=$(dbus-daemon --session --fork --address="$DBUS_SESSION_BUS_ADDRESS" --print-pid=1)
    # The keyring lives in the private data folder; --unlock reads the password from stdin and
    # creates the login keyring on first use.
    printf 'lvdesk-test' | XDG_DATA_HOME="$LVDESK_KEYRING_DIR/data" HOME="$LVDESK_KEYRING_DIR" \
        gnome-keyring-daemon --unlock --components=secrets >/dev/null
    export LVDESK_KEYRING_DIR LVDESK_DBUS_PID
    echo "keyring: private Secret Service on $DBUS_SESSION_BUS_ADDRESS"
}

lvdesk_keyring_stop() {
    if [ -n "${LVDESK_KEYRING_DIR:-}" ]; then
        # End only the keyring daemon that runs in our private runtime folder.
        local pid
        for pid in $(pgrep -f gnome-keyring-daemon || true); do
            if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null \
                | grep -qx "XDG_RUNTIME_DIR=$LVDESK_KEYRING_DIR/run"; then
                kill "$pid" >/dev/null 2>&1 || true
            fi
        done
        [ -n "${LVDESK_DBUS_PID:-}" ] && kill "$LVDESK_DBUS_PID" >/dev/null 2>&1 || true
        rm -rf "$LVDESK_KEYRING_DIR"
        unset LVDESK_KEYRING_DIR LVDESK_DBUS_PID DBUS_SESSION_BUS_ADDRESS
    fi
}
