#!/usr/bin/env python3
"""What a screen reader hears (issue 13): the real client on the X display, in Spanish, read over
AT-SPI (Debian's at-spi2-core and python3-pyatspi) as Orca reads it. The sign-in window: every
control that takes the focus has a name and a role, the password field is a password text named
"Contraseña". Then the test signs in as the demo end user through the same interface (typing
into the fields, pressing the buttons) and reads the voicemail page: a named table with its
messages, named buttons. Runs inside the suite's D-Bus session and Xvfb display (.ci/test.sh);
every wait polls the tree with a deadline."""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

TIMEOUT_S = 40


def wait_for(what, condition, timeout=TIMEOUT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)  # a poll interval, not a wait for something: the condition decides
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def walk(node, depth=0):
    """Every node under `node` (itself included), skipping the broken ones a closing window leaves."""
    if node is None or depth > 40:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def role_of(node):
    return node.getRoleName()


def showing(node):
    states = node.getState()
    return states.contains(pyatspi.STATE_SHOWING) and states.contains(pyatspi.STATE_VISIBLE)


def find(root, role=None, name=None):
    for node in walk(root):
        try:
            if (role is None or node.getRole() == role) and (name is None or node.name == name) and showing(node):
                return node
        except Exception:
            continue
    return None


def application(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def window_named(app, pattern):
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and re.search(pattern, window.name or "") and showing(window):
            return window
    return None


def unannounced(window):
    """Focusable, showing controls a reader would announce without a name, as text."""
    misses = []
    for node in walk(window):
        try:
            states = node.getState()
            if not (states.contains(pyatspi.STATE_FOCUSABLE) and showing(node)):
                continue
            if node.getRole() in (pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_ROW_HEADER,
                                  pyatspi.ROLE_TABLE_COLUMN_HEADER, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TREE_ITEM):
                continue  # items: their text is their name, read when they are reached
            if not (node.name or "").strip():
                misses.append(f"{role_of(node)} (description {node.description!r})")
            if node.getRole() in (pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL):
                misses.append(f"{node.name!r}: role {role_of(node)}")
        except Exception:
            continue
    return misses


def type_into(window, name, text):
    field = wait_for(f"a text field named {name!r}",
                     lambda: find(window, pyatspi.ROLE_TEXT, name) or find(window, pyatspi.ROLE_PASSWORD_TEXT, name))
    field.queryEditableText().setTextContents(text)
    wait_for(f"{name!r} to hold the typed text", lambda: field.queryText().characterCount == len(text))


def press(window, name):
    button = wait_for(f"a button named {name!r}",
                      lambda: find(window, pyatspi.ROLE_PUSH_BUTTON, name)
                      or find(window, pyatspi.ROLE_TOGGLE_BUTTON, name)
                      or find(window, pyatspi.ROLE_RADIO_BUTTON, name))
    actions = button.queryAction()
    for index in range(actions.nActions):
        if actions.getName(index) in ("Press", "press", "click", "Toggle", "toggle"):
            actions.doAction(index)
            return
    actions.doAction(0)


def check(failures, condition, message):
    if not condition:
        failures.append(message)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--client", required=True)
    parser.add_argument("--server-binary", required=True)
    parser.add_argument("--demo-seed", required=True, help="contract/DemoSeed.h, for the demo credentials")
    options = parser.parse_args()
    for variable in ("DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        if not os.environ.get(variable):
            sys.exit(f"{variable} is not set: run under dbus-run-session and xvfb-run (.ci/test.sh)")
    seed = open(options.demo_seed, encoding="utf-8").read()
    demo = dict(re.findall(r'inline constexpr auto (\w+) = "([^"]*)"', seed))

    failures = []
    with tempfile.TemporaryDirectory() as home:
        server = subprocess.Popen(
            [options.server_binary, "--database", os.path.join(home, "demo.sqlite"), "--port", "0",
             "--seed-demo", "--hash-cost", "minimum", "--quiet", "--outbox", os.path.join(home, "outbox")],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        client = None
        try:
            url = None
            for line in server.stdout:
                match = re.search(r"Listening on (\S+)", line)
                if match:
                    url = match.group(1)
                    break
            if not url:
                sys.exit("the server did not start")
            environment = dict(os.environ, QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1",
                               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", HOME=home,
                               XDG_CONFIG_HOME=os.path.join(home, "config"),
                               XDG_DATA_HOME=os.path.join(home, "data"))
            client = subprocess.Popen([options.client, "--server", url, "--lang", "es"], env=environment)
            app = wait_for("the client on the accessibility bus", lambda: application(client.pid))

            # The sign-in window, as it opens.
            sign_in = wait_for("the sign-in window", lambda: window_named(app, "Iniciar sesión"))
            check(failures, sign_in.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME),
                  f"the sign-in window is a {role_of(sign_in)}")
            password = wait_for("the password field", lambda: find(sign_in, pyatspi.ROLE_PASSWORD_TEXT))
            check(failures, password.name == "Contraseña", f"the password field is named {password.name!r}")
            check(failures, find(sign_in, pyatspi.ROLE_TEXT, "Número principal de la empresa") is not None,
                  "no text field named 'Número principal de la empresa'")
            check(failures, find(sign_in, pyatspi.ROLE_PUSH_BUTTON, "Iniciar sesión") is not None,
                  "no 'Iniciar sesión' button")
            for miss in unannounced(sign_in):
                failures.append(f"sign-in window: {miss}")

            # Signing in the way a screen-reader user does: through the same tree.
            press(sign_in, "Usuario")
            number = demo["CompanyNumber"]
            type_into(sign_in, "Número principal de la empresa", number)
            type_into(sign_in, "Extensión", demo["UserExtension"])
            type_into(sign_in, "Contraseña", demo["UserPassword"])
            press(sign_in, "Iniciar sesión")

            # The end user's first page: the voicemail list.
            main_window = wait_for("the signed-in window", lambda: window_named(app, "Centralita") if
                                   find(app, pyatspi.ROLE_TABLE) else None)
            table = wait_for("the voicemail table with its messages",
                             lambda: (lambda t: t if t and t.queryTable().nRows > 0 else None)(
                                 find(main_window, pyatspi.ROLE_TABLE, "Buzón de voz")))
            check(failures, table.queryTable().nColumns >= 4, "the voicemail table has fewer than 4 columns")
            headers = [table.queryTable().getColumnDescription(c) for c in range(table.queryTable().nColumns)]
            check(failures, all(header.strip() for header in headers), f"unnamed column headers: {headers}")
            for name in ("Reproducir", "Eliminar…", "Devolver llamada"):
                check(failures, find(main_window, pyatspi.ROLE_PUSH_BUTTON, name) is not None,
                      f"no button named {name!r} on the voicemail page")
            navigation = find(main_window, pyatspi.ROLE_TREE) or find(main_window, pyatspi.ROLE_TREE_TABLE)
            check(failures, navigation is not None and bool((navigation.name or "").strip()),
                  "the navigation list has no name")
            for miss in unannounced(main_window):
                failures.append(f"voicemail page: {miss}")
        finally:
            for process in (client, server):
                if process is not None and process.poll() is None:
                    process.terminate()
                    try:
                        process.wait(10)
                    except subprocess.TimeoutExpired:
                        process.kill()
    if failures:
        print("What a screen reader would miss:\n  " + "\n  ".join(failures))
        return 1
    print("The sign-in window and the voicemail page read as expected.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
