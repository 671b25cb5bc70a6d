#!/usr/bin/python3
"""What a screen reader sees: walk Portal Manager's accessibility tree over AT-SPI.

Starts the app under a virtual X server with Qt's accessibility bridge on, drives it
through AT-SPI only (as assistive technology would: typing into fields, pressing
buttons and menu items) and prints, for the login dialog, the main window, Portal
properties (General, Security), the SMS dialog and its test-send dialog, the login
information store and the gateway simulator's outbox, every element with its role and
name. At the end it lists what a screen reader would miss: inputs (text fields, combo
boxes, check boxes, buttons, spin boxes, tabs, lists, tables) with no accessible name,
combo and spin boxes without a labelled-by relation (Qt on Linux names them by their
value), and a failed login whose reason the focused field does not carry.
Exit status 0 when nothing is missing, 1 otherwise, 2 when the walk could not be done.

Needs Debian's xvfb, at-spi2-core, python3-pyatspi, dbus (and the libxcb-* libraries
Qt's xcb plugin loads); runs with the *system* python3, where pyatspi lives, not in
the project's venv. It is a manual check, not part of CI::

    export PORTAL_MANAGER_PASSWORD=…          # the administrator's password
    portal-manager gateway-sim &              # then export the printed base URL
    export PORTAL_MANAGER_SEVEN_BASE_URL=http://127.0.0.1:PORT/api
    dbus-run-session -- /usr/bin/python3 scripts/atspi_walk.py \\
        --app .venv/bin/portal-manager --portal DIR --user alice

In German (``--ui-language de``) the elements are looked for by their German names, read
from the translation source i18n/portal_manager_de.ts (nothing German is written here, so
a changed translation does not break the walk); dialogs are closed with Escape, whose
Cancel/Close buttons Qt's own translation names::

    dbus-run-session -- /usr/bin/python3 scripts/atspi_walk.py --ui-language de \\
        --app .venv/bin/portal-manager --portal DIR --user alice

The portal should have SMS configured (an API key chosen) so the test-send dialog
can be opened; nothing is sent and nothing is saved (every dialog is cancelled).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

# Roles a person operates; each needs a name a screen reader can speak.
INPUT_ROLES = {
    "text", "password text", "entry", "combo box", "check box", "push button",
    "toggle button", "radio button", "spin button", "slider", "page tab", "list",
    "list box", "table", "tree", "tree table", "menu item", "check menu item",
}
# Roles whose name Qt takes from the value on Linux; their label is a relation.
NAMED_BY_VALUE = {"combo box", "spin button"}
APP_NAME = "Portal Manager"
I18N = Path(__file__).resolve().parent.parent / "i18n"
ESCAPE = 0xFF1B
# English name → the name in the chosen UI language (empty for English).
TEXTS: dict[str, str] = {}


def _plain(text: str) -> str:
    """A UI text as a screen reader says it: no mnemonic "&", no trailing "…" or ":"."""
    return text.replace("&", "").rstrip("…:*").strip()


def load_texts(language: str) -> None:
    """Read the English → ``language`` names from the project's translation source."""
    if language == "en":
        return
    root = ElementTree.parse(I18N / f"portal_manager_{language}.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            # A window title "Portal properties — %1" is looked for by its first part.
            for english, local in ((source, translation),
                                   (source.split(" — %1")[0], translation.split(" — %1")[0])):
                TEXTS.setdefault(_plain(english), _plain(local))


def t(english: str) -> str:
    """The name ``english`` has in the UI language; a missing translation stops the walk."""
    if not TEXTS:
        return english
    if english not in TEXTS:
        raise SystemExit(f"atspi_walk: no translation of {english!r} in {I18N}")
    return TEXTS[english]


def labelled_by(node) -> list[str]:
    """The names of the elements that label ``node`` (a buddy QLabel, for Qt)."""
    names = []
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                names += [relation.getTarget(i).name for i in range(relation.getNTargets())]
    except Exception:
        pass
    return names


class Walk:
    """The elements seen so far, and the unnamed inputs, per window."""

    def __init__(self) -> None:
        self.missing: list[str] = []
        self.announcements = Announcements()  # registered once the bus is up

    def show(self, window, title: str) -> None:
        print(f"\n=== {title}: {window.getRoleName()} {window.name!r}")
        self._walk(window, 1, title)

    def _walk(self, node, depth: int, title: str) -> None:
        try:
            role, name = node.getRoleName(), node.name
            description = node.description
            states = node.getState()
        except Exception as error:  # an element gone while walking
            print("  " * depth + f"(gone: {error})")
            return
        if not states.contains(pyatspi.STATE_SHOWING) and depth > 1:
            return  # a hidden page: walked when it is shown
        note = ""
        labels = labelled_by(node)
        if role in INPUT_ROLES and not name.strip() and not labels:
            note = "   <-- NO NAME"
            self.missing.append(f"{title}: {role} (description {description!r}) "
                                f"under {node.parent.getRoleName()} {node.parent.name!r}")
        elif role in NAMED_BY_VALUE and not labels:
            # Qt on Linux names a combo box after its current value and leaves the
            # label to the labelled-by relation: without one, no screen reader says
            # what the value is for.
            note = "   <-- NO LABEL (its name is its value)"
            self.missing.append(f"{title}: {role} {name!r} has no labelled-by relation")
        extra = f" [{description}]" if description else ""
        label = f" (labelled by {', '.join(map(repr, labels))})" if labels else ""
        print("  " * depth + f"{role} {name!r}{extra}{label}{note}")
        for child in node:
            if child is not None:
                self._walk(child, depth + 1, title)


def find(node, role: str | None = None, name: str | None = None, showing: bool = True):
    """The first element below ``node`` with that role and a name starting with ``name``."""
    for child in node:
        if child is None:
            continue
        try:
            if showing and not child.getState().contains(pyatspi.STATE_SHOWING):
                continue
            matches = ((role is None or child.getRoleName() == role)
                       and (name is None or child.name.replace("&", "").startswith(name)))
        except Exception:
            continue
        if matches:
            return child
        found = find(child, role, name, showing)
        if found is not None:
            return found
    return None


def focused_in(node):
    """The element below ``node`` that has the keyboard focus, or None."""
    for child in node:
        if child is None:
            continue
        try:
            if child.getState().contains(pyatspi.STATE_FOCUSED):
                return child
        except Exception:
            continue
        found = focused_in(child)
        if found is not None:
            return found
    return None


class Announcements:
    """What the app asks screen readers to say (AT-SPI's object:announcement events)."""

    def __init__(self) -> None:
        self.heard: list[str] = []
        self._listener = Atspi.EventListener.new(self._hear)
        self._listener.register("object:announcement")

    def _hear(self, event) -> None:
        self.heard.append(str(event.any_data))

    def wait(self, seconds: float) -> None:
        """Wait, dispatching the events that arrive meanwhile (time.sleep would not)."""
        context = GLib.MainContext.default()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            while context.pending():
                context.iteration(False)
            time.sleep(0.05)


def application(timeout: float = 20.0):
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in desktop:
            if app is not None and app.name == APP_NAME:
                return app
        time.sleep(0.3)
    raise SystemExit("atspi_walk: the app did not appear on the accessibility bus")


def window(app, role: str | None, name: str | None = None, timeout: float = 10.0):
    """A top-level window of ``app`` (of any role for None) that appears within ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for child in app:
            try:
                if (child is not None and role in (None, child.getRoleName())
                        and (name is None or name in child.name)
                        and child.getState().contains(pyatspi.STATE_SHOWING)):
                    return child
            except Exception:
                pass
        time.sleep(0.3)
    raise SystemExit(f"atspi_walk: no {role} {name or ''!r} appeared")


def press(node) -> None:
    """The element's first action (Press, Toggle…); a modal dialog it opens is waited for."""
    # A modal dialog's exec() holds the reply back until it closes: the call times out,
    # and the dialog is there anyway.
    with contextlib.suppress(Exception):
        node.queryAction().doAction(0)


DOWN = 0xFF54  # X keysyms
TAB = 0xFF09
ESCAPE = 0xFF1B


def key(keysym: int) -> None:
    pyatspi.Registry.generateKeyboardEvent(keysym, None, pyatspi.KEY_SYM)
    time.sleep(0.5)


def type_into(field, text: str) -> None:
    editable = field.queryEditableText()
    editable.setTextContents(text)


def close(dialog) -> None:
    """Escape, as a keyboard user would: Cancel and Close are named by Qt's translation."""
    dialog.queryComponent().grabFocus()
    key(ESCAPE)


def walk_app(args: argparse.Namespace, walk: Walk) -> None:
    app = application()
    if args.first_window_only:  # e.g. the message a damaged portal folder gives
        walk.show(window(app, None), "First window")
        return
    login = window(app, "dialog")
    walk.show(login, "Login dialog")
    type_into(find(login, "text"), args.user)
    # A wrong password first: what does the screen reader say where the focus lands?
    type_into(find(login, "password text"), "not the password")
    press(find(login, "push button", t("Log in")))
    time.sleep(3.0)  # the key derivation of the refused attempt
    focused = focused_in(login)
    print("\nAfter a wrong password the focus is on: "
          + (f"{focused.getRoleName()} {focused.name!r}, description {focused.description!r}"
             if focused is not None else "nothing"))
    if focused is None or not focused.description:
        walk.missing.append("Login dialog: after a wrong password the focused field does "
                            "not say why (the error is only in a label)")
    type_into(find(login, "password text"), os.environ.get("PORTAL_MANAGER_PASSWORD", ""))
    press(find(login, "push button", t("Log in")))

    main = window(app, "frame")
    walk.show(main, "Main window")

    press(find(main, "menu item", t("Portal properties"), showing=False))
    properties = window(app, "dialog", t("Portal properties"))
    walk.show(properties, "Portal properties: General")
    # As a keyboard user: focus the list of pages, then Down to Security. (Selection's
    # selectChild selects the item but does not make it current, so the page stays.)
    find(properties, "list", t("Pages")).queryComponent().grabFocus()
    key(DOWN)
    time.sleep(0.5)
    walk.show(properties, "Portal properties: Security")
    # "Configure %1" with the service's name: the German word order differs.
    configure_sms = find(properties, "push button", t("Configure %1").replace("%1", t("SMS")))
    if configure_sms is not None:
        press(configure_sms)
        sms = window(app, "dialog", t("SMS"))
        walk.show(sms, "SMS dialog")
        check = find(sms, "push button", t("Check API key"))
        if check is not None and check.getState().contains(pyatspi.STATE_ENABLED):
            # Asks the provider for the balance (nothing is sent). The answer appears in a
            # label; a screen reader speaks it only if something announces it.
            before = {label.name for label in _all(sms, "label")}
            heard = len(walk.announcements.heard)
            press(check)
            walk.announcements.wait(3.0)
            after = [label.name for label in _all(sms, "label") if label.name not in before]
            spoken = walk.announcements.heard[heard:]
            print(f"\nAfter Check API key, new label text: {after}; announced: {spoken}")
            if not any(text in spoken for text in after):
                walk.missing.append("the answer of Check API key is shown but not announced")
        send = find(sms, "push button", t("Send test SMS"))
        if send is not None and send.getState().contains(pyatspi.STATE_ENABLED):
            press(send)
            sending = window(app, "dialog", t("Send test SMS"))
            walk.show(sending, "Send test SMS dialog")
            # A number that is no number: is the problem said where the focus is?
            number = find(sending, "text", t("Phone number"))
            type_into(number, "12")
            number.queryComponent().grabFocus()
            key(TAB)
            walk.show(sending, "Send test SMS dialog, with the number 12")
            close(sending)
        else:
            print("\n(Send test SMS is disabled: choose an API key for SMS first)")
        close(sms)
    close(properties)

    press(find(main, "menu item", t("Login information store"), showing=False))
    store = window(app, "dialog", t("Login information store"))
    walk.show(store, "Login information store")
    close(store)

    outbox_item = find(main, "menu item", t("Gateway simulator outbox"), showing=False)
    if outbox_item is not None and outbox_item.getState().contains(pyatspi.STATE_ENABLED):
        press(outbox_item)
        outbox = window(app, "dialog", t("Gateway simulator outbox"))
        time.sleep(1.0)  # the outbox is read off the GUI thread
        walk.show(outbox, "Gateway simulator outbox")
        close(outbox)
    else:
        print("\n(The outbox is off: PORTAL_MANAGER_SEVEN_BASE_URL names no local simulator)")


def _all(node, role: str) -> list:
    found = []
    for child in node:
        if child is None:
            continue
        try:
            if child.getRoleName() == role and child.getState().contains(pyatspi.STATE_SHOWING):
                found.append(child)
        except Exception:
            continue
        found.extend(_all(child, role))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", default="portal-manager", help="the portal-manager command")
    parser.add_argument("--portal", required=True, help="the portal folder")
    parser.add_argument("--user", required=True, help="an administrator's user name")
    parser.add_argument("--ui-language", default="en",
                        help="en or de: the app's language and the names looked for")
    parser.add_argument("--first-window-only", action="store_true",
                        help="show only the first window (a login, or an error message)")
    args = parser.parse_args()
    load_texts(args.ui_language)

    started = []
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1",
               QT_QPA_PLATFORM="xcb")
    if "DISPLAY" not in os.environ:
        started.append(subprocess.Popen(["Xvfb", ":94", "-screen", "0", "1280x1024x24"],
                                        stderr=subprocess.DEVNULL))
        env["DISPLAY"] = os.environ["DISPLAY"] = ":94"
        time.sleep(1.0)
    # The accessibility bus; dbus-run-session gives the session bus it registers on.
    started.append(subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                    stderr=subprocess.DEVNULL))
    time.sleep(1.0)
    Atspi.set_timeout(3000, 20000)  # a press that opens a modal dialog returns late
    env.pop("PORTAL_MANAGER_USER", None)
    app = subprocess.Popen([args.app, "--portal", args.portal, "--ui-language", args.ui_language],
                           env=env, stderr=subprocess.PIPE, text=True)
    started.append(app)
    walk = Walk()
    try:
        walk_app(args, walk)
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=10)
    print("\n=== What a screen reader would miss")
    for line in walk.missing or ["nothing: every input has a name"]:
        print(f"- {line}")
    return 1 if walk.missing else 0


if __name__ == "__main__":
    sys.exit(main())
