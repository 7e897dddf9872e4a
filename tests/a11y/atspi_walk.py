#!/usr/bin/python3
"""Walks Samen as a screen reader, switch access or voice control would: over AT-SPI.

Run by tests/a11y/atspi-test inside Xvfb and a private D-Bus session, with Debian's
/usr/bin/python3 and python3-pyatspi. Steps `samen --walk-tour` through every main
screen (the screenshot tour's screens, the demo plan), at each size given, and on each:
- every interactive control (buttons, tabs, check boxes, fields, sliders, spin boxes,
  scroll bars, combo boxes) has a role and a name; where it shows a text of its own,
  that text is in its name (WCAG 2.5.3, label in name);
- every enabled button, tab, radio button and check box is activated through its
  AT-SPI action ("Press"/"Toggle"); the effect is checked: a check box's checked state
  flips, anything else changes what the tree shows (a page, a dialog, a message); a
  dialog that opens is walked too, then closed with Escape and the screen shown afresh;
- sliders and spin boxes report a range (minimum < maximum) with the value inside it;
- a passphrase typed into the unlock page's field (focus must be there: the walk types
  straight away) is never readable: not in any name, description or text;
On the home screen it counts the Tab presses from the page's start to its main actions.
Prints the counts per size and every problem; exits 1 if there is any problem.
Usage: atspi_walk.py --samen BIN --data DIR [--size WxH ...]
"""

import argparse
import collections
import contextlib
import os
import queue
import shutil
import subprocess
import sys
import threading
import time

import pyatspi
from gi.repository import GLib

SECRET = "Zz-not-my-passphrase-731"
# The demo plan's real passphrase (tests/a11y/atspi-test sets it): typed once to see the field emptied after unlocking.
PASSPHRASE = os.environ.get("SAMEN_PASSPHRASE", "")
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_LINK,
    pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_LIST_ITEM,
}
PRESSABLE = {pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
             pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LINK, pyatspi.ROLE_MENU_ITEM}
CHECKABLE = {pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_RADIO_BUTTON}
RANGED = {pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON}
TEXT_ROLES = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT}
LABEL_ROLES = {pyatspi.ROLE_LABEL, pyatspi.ROLE_STATIC}
MASK = {"•", "*", "●"}
CONTROL_KEYCODE = 37  # Control_L in Xvfb's default (evdev) key map
KEY = {"Tab": 0xFF09, "Return": 0xFF0D, "space": 0x20, "Escape": 0xFF1B, "BackSpace": 0xFF08}
WAIT_S = 8.0  # the longest the walk waits for the app to react before it counts as "no effect"
# The home screen's main actions whose Tab distance is reported (English demo plan), by the start of their
# name: the story, the first (most important) life domain, the next meeting, and two places of the menu.
MAIN_ACTIONS = ("Write my story", "1. ", "Open the meeting", "People", "Settings")


class Clock:
    """Where the walk's wall time goes: seconds and calls per kind (kinds may nest: a restart holds
    reads and answers), and seconds per screen. Printed with the counts at the end."""

    def __init__(self):
        self.seconds = collections.defaultdict(float)
        self.calls = collections.defaultdict(int)

    @contextlib.contextmanager
    def __call__(self, kind):
        start = time.monotonic()
        try:
            yield
        finally:
            self.seconds[kind] += time.monotonic() - start
            self.calls[kind] += 1

    def take(self):
        """The seconds and calls so far, and starts again from zero."""
        got = {k: (self.seconds[k], self.calls[k]) for k in self.seconds}
        self.seconds.clear()
        self.calls.clear()
        return got


CLOCK = Clock()
STARTED = time.monotonic()


def pump(seconds=0.0):
    """Lets GLib deliver D-Bus traffic (AT-SPI events) for a while."""
    if seconds:
        with CLOCK("fixed pauses"):
            pump_until(time.monotonic() + seconds)
    else:
        pump_until(time.monotonic())


def pump_until(end):
    ctx = GLib.MainContext.default()
    while True:
        while ctx.pending():
            ctx.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


EVENT_LEAKS = []


def on_event(event):
    """Any text or name an event carries must not hold the passphrase (a screen reader speaks them)."""
    for value in (event.any_data, getattr(event, "type", "")):
        if isinstance(value, str) and (SECRET[:4] in value or (PASSPHRASE and PASSPHRASE[:4] in value)):
            EVENT_LEAKS.append(f"{event.type} carried '{value[:3]}…'")


def log(text):
    # With the seconds since the walk began, so a log shows where the time went.
    print(f"{time.monotonic() - STARTED:7.1f} {text}", file=sys.stderr, flush=True)


def norm(text):
    # A zero-width space is a place a line may break (an e-mail address breaks at "@" and "."; DisplayText.breakable),
    # nothing anyone sees or hears: the label is the same without it.
    return " ".join((text or "").replace("\u200b", "").split()).casefold()


def key(name):
    pyatspi.Registry.generateKeyboardEvent(KEY[name], None, pyatspi.KEY_SYM)
    pump(0.15)


class Node:
    """What one accessible object reported, read once."""

    def __init__(self, acc, path):
        self.acc = acc
        self.path = path
        self.role = acc.getRole()
        self.role_name = acc.getRoleName()
        self.name = acc.name or ""
        self.description = acc.description or ""
        self.states = acc.getState()
        self.label_text = ""  # the text a control shows of its own (its label children)
        self.child_count = acc.childCount
        # What a text field holds (a date moved by a button shows only here); never read for password text.
        self.text = node_text(self) if self.role in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) else ""

    def has(self, state):
        return self.states.contains(state)

    @property
    def interactive(self):
        # A Quick Controls Page reports the role "page tab" and a list row "list item": controls only when
        # they take focus (a tab of the main menu, a goal in a list).
        if self.role in (pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_LIST_ITEM):
            # Qt marks every page tab focusable; a page holds other objects, a tab of the menu none.
            return self.has(pyatspi.STATE_FOCUSABLE) and not (self.role == pyatspi.ROLE_PAGE_TAB and self.child_count)
        return self.role in INTERACTIVE

    def ident(self):
        return f"{self.role_name} '{self.name}'"


def walk(app):
    """Every showing object under the app, depth first, as Nodes (and each control's own label text)."""
    with CLOCK("reading the tree"):
        return walk_now(app)


def walk_now(app):
    nodes = []

    def visit(acc, path, depth):
        if acc is None or depth > 60:
            return None
        try:
            node = Node(acc, path)
        except Exception:  # an object that went away while we read it
            return None
        if depth > 1 and not node.has(pyatspi.STATE_SHOWING):
            return None
        nodes.append(node)
        texts = []
        try:
            count = acc.childCount
        except Exception:
            count = 0
        for i in range(count):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                continue
            sub = visit(child, path + (i,), depth + 1)
            if sub is not None and sub.role in LABEL_ROLES and sub.name.strip():
                texts.append(sub.name)
        node.label_text = " ".join(texts)
        return node

    for i in range(app.childCount):
        visit(app.getChildAtIndex(i), (i,), 1)
    return nodes


def fingerprint(nodes):
    return frozenset((n.role, n.name, n.text, n.has(pyatspi.STATE_CHECKED), n.has(pyatspi.STATE_SELECTED),
                      n.has(pyatspi.STATE_ENABLED)) for n in nodes)


def node_text(node):
    try:
        text = node.acc.queryText()
        return text.getText(0, text.characterCount)
    except NotImplementedError:
        return ""
    except Exception:
        return ""


def menu_items(nodes):
    """The main menu's places in order (tabs on the desktop, a list on the phone)."""
    menus = [n for n in nodes if n.role == pyatspi.ROLE_PAGE_TAB_LIST and n.name == "Main menu"]
    if not menus:
        return []
    top = menus[0].path
    return [n for n in nodes if n.path[:len(top)] == top and n.path != top and n.interactive]


def password_readings(node):
    """Every way a client can read a password field's text: text, words and lines at offsets, the
    selection (after asking for one). Each must be mask characters only."""
    got = []
    try:
        text = node.acc.queryText()
        count = text.characterCount
        got.append(("the text interface", text.getText(0, -1)))
        for boundary, label in ((pyatspi.TEXT_BOUNDARY_WORD_START, "a word"), (pyatspi.TEXT_BOUNDARY_LINE_START, "a line")):
            got.append((f"the text at an offset ({label})", text.getTextAtOffset(0, boundary)[0]))
        got.append(("the text after the caret", text.getText(text.caretOffset, -1)))
        if count:
            text.addSelection(0, count)
            for i in range(text.getNSelections()):
                start, end = text.getSelection(i)
                got.append(("a selection", text.getText(start, end)))
    except NotImplementedError:
        pass
    except Exception as error:  # a client error is not a leak; note it in the log
        log(f"reading {node.ident()}: {error}")
    return [(what, value) for what, value in got if isinstance(value, str)]


def action_index(acc, names):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return None, None
    for i in range(action.nActions):
        if action.getName(i).lower() in names:
            return action, i
    return action, None


class Walker:
    def __init__(self, args, size, lang):
        self.args = args
        self.size = size
        self.lang = lang
        self.problems = []
        self.controls = {}  # (screen, role, name) -> Node, each control counted once per screen
        self.unnamed = 0
        self.actions_ok = 0
        self.actions_tried = 0
        self.disabled = 0
        self.password_fields = 0
        self.states_checked = 0
        self.shortcuts_ok = 0
        self.pressed_elsewhere = set()  # (role, name) already activated on an earlier screen
        self.proc = None
        self.app = None
        self.screen = None
        self.tabs = {}
        self.screen_seconds = collections.defaultdict(float)  # screen -> wall seconds spent on it
        self.started = time.monotonic()
        self.timing = {}

    # --- the app ---------------------------------------------------------------------------
    def start_app(self):
        with CLOCK("starting the app"):
            self.start_app_now()

    def start_app_now(self):
        data = os.path.join(self.args.work, f"walk-{self.size}")
        shutil.rmtree(data, ignore_errors=True)
        shutil.copytree(self.args.data, data, symlinks=True)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        env.pop("QT_QPA_PLATFORM", None)
        self.sent = 0
        self.proc = subprocess.Popen(
            [self.args.samen, "--data-dir", data, "--language", self.lang, "--size", self.size, "--walk-tour"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True, bufsize=1)
        # The tour's answers ("screen NAME N", "done") and what an action did outside the window
        # ("effect url SCHEME", "effect clipboard N"), read by a thread so no line waits in a buffer.
        self.lines = queue.Queue()
        self.effects = queue.Queue()

        def reader(stdout, lines, effects):
            for raw in stdout:
                line = raw.strip()
                (effects if line.startswith("effect ") else lines).put(line)
            lines.put(None)

        threading.Thread(target=reader, args=(self.proc.stdout, self.lines, self.effects), daemon=True).start()
        self.app = None
        deadline = time.monotonic() + 60
        while self.app is None and time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                app = desktop.getChildAtIndex(i)
                try:
                    if app is not None and app.get_process_id() == self.proc.pid:
                        self.app = app
                except Exception:
                    pass
            pump(0.2)
        if self.app is None:
            raise SystemExit(f"[{self.size}] the app did not appear on the accessibility bus")

    def stop_app(self):
        if self.proc and self.proc.poll() is None:
            try:
                self.proc.stdin.close()
            except Exception:
                pass
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def read_line(self):
        # The tour answers within seconds; a minute of silence means it is stuck.
        try:
            line = self.lines.get(timeout=60)
        except queue.Empty:
            raise SystemExit(f"[{self.size}] the app said nothing for 60 s (on {self.screen})")
        if line is None:
            raise SystemExit(f"[{self.size}] the app ended during the walk (exit {self.proc.wait()})")
        return line

    def take_effects(self):
        """What actions did outside the window since the last call (a link opened, the clipboard filled)."""
        got = []
        while True:
            try:
                got.append(self.effects.get_nowait())
            except queue.Empty:
                return got

    def tell(self, word):
        """Sends `next`, `again` or `goto NAME`; returns the answer to it ("screen NAME" or "done"), skipping older ones."""
        with CLOCK(f"waiting for the tour ('{word.split(' ')[0]}')"):
            return self.tell_now(word)

    def tell_now(self, word):
        self.proc.stdin.write(word + "\n")
        self.proc.stdin.flush()
        self.sent += 1
        while True:
            line = self.read_line()
            parts = line.split(" ")
            if parts[0] == "done" or (len(parts) == 3 and parts[2].isdigit() and int(parts[2]) >= self.sent):
                return " ".join(parts[:2])

    def settle(self, seconds=0.3):
        pump(seconds)

    # --- checks ----------------------------------------------------------------------------
    def problem(self, text):
        self.problems.append(f"[{self.size}] {self.screen}: {text}")

    def check_controls(self, nodes, context):
        for n in nodes:
            if not n.interactive:
                continue
            # Distinct controls: a named one by role and name (the same button on two screens counts once),
            # an unnamed one by its place on each screen.
            k = (n.role, n.name) if n.name.strip() else (context, n.role, n.path)
            if k in self.controls:
                continue
            self.controls[k] = n
            if not n.name.strip():
                self.unnamed += 1
                self.problem(f"a {n.role_name} has no name (in {context}, at {n.path})")
            elif n.label_text and n.role in PRESSABLE and norm(n.label_text) not in norm(n.name):
                self.problem(f"{n.ident()} shows '{n.label_text}', which is not in its name")
            if n.role in RANGED:
                try:
                    value = n.acc.queryValue()
                    low, high, now = value.minimumValue, value.maximumValue, value.currentValue
                    if not low < high or not low <= now <= high:
                        self.problem(f"{n.ident()} reports the range {low}..{high} with value {now}")
                except NotImplementedError:
                    self.problem(f"{n.ident()} has no value interface")
            if n.role == pyatspi.ROLE_PASSWORD_TEXT:
                self.password_fields += 1
                for what, shown in password_readings(n):
                    if shown.strip() and set(shown) - MASK:
                        self.problem(f"{n.ident()} gives its typed text through {what}: '{shown[:3]}…'")
            for field in (n.name, n.description, node_text(n) if n.role in TEXT_ROLES else ""):
                if SECRET in field:
                    self.problem(f"{n.ident()} exposes the passphrase typed into the unlock field")

    def close_popups(self, before_ids):
        """Escape closes a dialog or menu an action opened; then the tour shows the screen afresh."""
        with CLOCK("closing what a press opened and showing the screen again"):
            key("Escape")
            self.settle(0.2)
            line = self.tell("again")
        assert line == f"screen {self.screen}", line

    def activate_all(self, nodes):
        base = fingerprint(nodes)
        base_controls = {(n.role, n.name) for n in nodes if n.interactive}
        # With a modal dialog open a person reaches only its controls (focus stays in it; a press behind it does
        # nothing), though Qt still reports the page behind as showing: press only what is inside the dialog.
        dialogs = [n.path for n in nodes if n.role == pyatspi.ROLE_DIALOG]

        def reachable(path):
            return not dialogs or any(path[:len(d)] == d for d in dialogs)

        targets = [(n.path, n.role, n.name) for n in nodes
                   if n.interactive and n.role in PRESSABLE | {pyatspi.ROLE_LIST_ITEM} and n.name.strip() and reachable(n.path)]
        for path, role, name in targets:
            if (role, name) in self.pressed_elsewhere:
                continue
            current = {(n.path, n.role, n.name): n for n in walk(self.app)}
            node = current.get((path, role, name))
            if node is None:
                node = next((n for (p, r, nm), n in current.items() if r == role and nm == name), None)
            if node is None:
                continue  # gone after an earlier action on this screen (and not back after "again")
            if not node.has(pyatspi.STATE_ENABLED) and not node.has(pyatspi.STATE_SENSITIVE):
                self.disabled += 1
                continue
            action, index = action_index(node.acc, {"toggle"} if role in CHECKABLE else {"press"})
            if index is None:
                action, index = action_index(node.acc, {"press", "toggle", "click", "activate"})
            self.pressed_elsewhere.add((role, name))
            self.actions_tried += 1
            if index is None:
                self.problem(f"{node.ident()} offers no press action")
                continue
            was_checked = node.has(pyatspi.STATE_CHECKED)
            # Choosing what is already chosen (the checked radio button, the menu's current place) changes
            # nothing by design: then it must still be chosen afterwards.
            chosen_state = (pyatspi.STATE_CHECKED if role == pyatspi.ROLE_RADIO_BUTTON and was_checked else
                            pyatspi.STATE_SELECTED if node.has(pyatspi.STATE_SELECTED) else None)
            # What the screen shows right now (an earlier press on it may have changed it for good).
            base = fingerprint(current.values())
            log(f"[{self.size}] {self.screen}: {action.getName(index)} {node.ident()}")
            self.take_effects()
            try:
                action.doAction(index)
            except GLib.GError as error:
                # The press was delivered; only the app's reply is late (a busy main thread on a loaded machine:
                # a wrong passphrase's key derivation, say, takes longer than D-Bus's 25 s reply time). The effect
                # is still looked for below, as for any press.
                if "did not receive a reply" not in str(error).lower():
                    raise
                log(f"[{self.size}] {self.screen}:   no reply to the press in time; looking for its effect")
            effect = False
            outside = []
            after = []
            waited = time.monotonic()
            deadline = waited + WAIT_S
            while time.monotonic() < deadline:
                self.settle(0.25)
                if self.proc.poll() is not None:
                    raise SystemExit(f"[{self.size}] the app ended after pressing {node.ident()} on {self.screen}")
                after = walk(self.app)
                same = next((n for n in after if n.role == role and n.name == name), None)
                if chosen_state is not None:
                    effect = same is not None and same.has(chosen_state)
                    if effect:
                        self.settle(0.5)  # and it stays so
                        after = walk(self.app)
                        same = next((n for n in after if n.role == role and n.name == name), None)
                        effect = same is not None and same.has(chosen_state)
                elif role in CHECKABLE:
                    # Flipped, or renamed for its new state (a step "Mark as done: X" becomes "Done: X").
                    effect = (same.has(pyatspi.STATE_CHECKED) != was_checked) if same is not None else fingerprint(after) != base
                else:
                    # What happened outside the window (a phone number or e-mail address handed to the
                    # desktop, text put on the clipboard) the app reports on stdout in walk mode.
                    outside += self.take_effects()
                    effect = fingerprint(after) != base or bool(outside)
                if effect:
                    break
            CLOCK.seconds["pressing and looking for the effect"] += time.monotonic() - waited
            CLOCK.calls["pressing and looking for the effect"] += 1
            if outside:
                log(f"[{self.size}] {self.screen}:   outside the window: {', '.join(outside)}")
            if effect:
                self.actions_ok += 1
                # What the action opened (a dialog, a page) is checked as well.
                self.check_controls(after, f"{self.screen} > {name}")
            else:
                self.problem(f"pressing {node.ident()} through AT-SPI changed nothing")
            self.close_popups(base_controls)
            again = walk(self.app)
            again_controls = {(n.role, n.name) for n in again if n.interactive}
            # Gone: the main menu (where the screen has one; a list scrolled elsewhere shows other rows),
            # else most of what the screen showed.
            base_tabs = {c for c in base_controls if c[0] == pyatspi.ROLE_PAGE_TAB}
            lost = not (again_controls & base_tabs) if base_tabs else len(again_controls & base_controls) < len(base_controls) // 2
            if lost:
                # The action left the plan (locked it, erased it): start afresh on this screen.
                log(f"[{self.size}] {self.screen}: the screen did not come back; starting the app afresh")
                self.restart_at(self.screen)

    def restart_at(self, screen):
        with CLOCK("restarting the app and stepping back to the screen"):
            self.stop_app()
            self.start_app()
            line = " ".join(self.read_line().split(" ")[:2])
            if line != f"screen {screen}":
                # Straight there: the screens before it are set up and undone as in the tour, but not waited for.
                line = self.tell(f"goto {screen}")
            if line != f"screen {screen}":
                raise SystemExit(f"[{self.size}] after starting afresh the tour did not reach {screen} ({line})")

    def check_unlock(self, nodes):
        """The walk types at once: the unlock page must have put the focus in its passphrase field."""
        for ch in SECRET:
            pyatspi.Registry.generateKeyboardEvent(0, ch, pyatspi.KEY_STRING)
        self.settle(0.5)
        nodes = walk(self.app)
        fields = [n for n in nodes if n.role in TEXT_ROLES]
        if not fields:
            self.problem("no passphrase field")
            return nodes
        field = fields[0]
        if field.role != pyatspi.ROLE_PASSWORD_TEXT:
            self.problem(f"the passphrase field is a {field.role_name}, not a password text")
        if not field.has(pyatspi.STATE_FOCUSED):
            self.problem("the unlock page opens without focus in the passphrase field (typing is lost)")
        try:
            count = field.acc.queryText().characterCount
        except Exception:
            count = -1
        if count == 0:
            self.problem("what was typed did not reach the passphrase field")
        return nodes

    def check_unlock_empties(self):
        """Unlocks with the real passphrase typed into the field: the page then empties the field, and Qt
        sends the removed text in a text-changed event; it must reach AT-SPI as mask characters only."""
        fields = [n for n in walk(self.app) if n.role in TEXT_ROLES]
        if not fields or not PASSPHRASE:
            self.problem("cannot type the real passphrase (no field, or SAMEN_PASSPHRASE unset)")
            return
        try:
            fields[0].acc.queryAction().doAction(0)  # focus ("SetFocus")
        except Exception:
            pass
        for _ in range(len(SECRET) + 2):
            key("BackSpace")
        for ch in PASSPHRASE:
            pyatspi.Registry.generateKeyboardEvent(0, ch, pyatspi.KEY_STRING)
        self.settle(0.3)
        field = next((n for n in walk(self.app) if n.role == pyatspi.ROLE_PASSWORD_TEXT), None)
        if field is not None:
            log(f"[{self.size}] unlock: the field holds {field.acc.queryText().characterCount} characters, "
                f"focused: {field.has(pyatspi.STATE_FOCUSED)}")
        key("Return")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            self.settle(0.5)
            field = next((n for n in walk(self.app) if n.role == pyatspi.ROLE_PASSWORD_TEXT), None)
            if field is None or field.acc.queryText().characterCount == 0:  # gone, or emptied once unlocked
                break
        else:
            self.problem("the real passphrase typed into the unlock field did not open the plan")
        self.settle(1.0)  # the events of emptying the field
        self.restart_at(self.screen)

    def count_tabs(self):
        """Tab presses from the top of the home screen to each main action (focus read over AT-SPI)."""
        found = {}
        for press in range(1, 61):
            key("Tab")
            focused = [n for n in walk(self.app) if n.has(pyatspi.STATE_FOCUSED) and n.interactive]
            for n in focused:
                for target in MAIN_ACTIONS:
                    if n.name.startswith(target) and target not in found:
                        found[target] = press
            if len(found) == len(MAIN_ACTIONS):
                break
        self.tabs = found

    def check_move_states(self, nodes):
        """A disabled control is reported so: the first life domain cannot move up, it can move down.

        Checked at both sizes. The Tab count before it ends on the first life domain, so the home list shows that
        domain here. On the phone the count used to Tab past every domain to the main menu (then last in Tab order)
        and the list stayed scrolled past the first domain; a ListView makes no items far out of view, so that
        domain's "up" was not in the tree at all and the phone left it to the desktop walk.
        """
        ups = [n for n in nodes if n.role == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith("Move ") and n.name.endswith(" up")]
        downs = [n for n in nodes if n.role == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith("Move ") and n.name.endswith(" down")]
        if not ups or not downs:
            # The life domains start below the first screen (the home page holds more above them and the list makes
            # no items out of view): Tab to the first move button, as a keyboard user would, and look again; the
            # Tab count that follows starts again from the top of the home screen.
            for _ in range(80):
                key("Tab")
                nodes = walk(self.app)
                ups = [n for n in nodes if n.role == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith("Move ") and n.name.endswith(" up")]
                downs = [n for n in nodes if n.role == pyatspi.ROLE_PUSH_BUTTON and n.name.startswith("Move ") and n.name.endswith(" down")]
                if ups and downs:
                    break
            tabbed = True
        else:
            tabbed = False
        if not ups or not downs:
            self.problem("no 'Move … up' / 'Move … down' buttons on the home screen")
        else:
            # The first life domain's "up" is the one disabled "up" (the tree's order of the list's items need not be
            # the screen's); at most one "down" (the last domain's) is disabled.
            def enabled(n):
                return n.has(pyatspi.STATE_ENABLED) and n.has(pyatspi.STATE_SENSITIVE)
            off_ups = [n for n in ups if not enabled(n)]
            off_downs = [n for n in downs if not enabled(n)]
            if len(off_ups) != 1:
                self.problem(f"{len(off_ups)} of {len(ups)} 'Move … up' buttons are reported disabled; exactly one, the first life "
                             "domain's, is disabled")
            if len(off_downs) > 1:
                self.problem(f"{len(off_downs)} 'Move … down' buttons are reported disabled; only the last life domain's is")
            self.states_checked += len(ups) + len(downs)
        if tabbed:
            self.tell("again")

    def check_shortcuts(self):
        """Ctrl+1..5 open the main places in the menu's order: the menu tab reported selected follows."""
        for number in range(1, 6):
            pyatspi.Registry.generateKeyboardEvent(CONTROL_KEYCODE, None, pyatspi.KEY_PRESS)
            pyatspi.Registry.generateKeyboardEvent(0x30 + number, None, pyatspi.KEY_SYM)
            pyatspi.Registry.generateKeyboardEvent(CONTROL_KEYCODE, None, pyatspi.KEY_RELEASE)
            selected, tabs = None, []
            # A synthesized key can wait on the accessibility registry's reply (Qt asks it whether a listener
            # takes the key; under load that takes up to D-Bus's 25 s): wait longer than for a press.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                self.settle(0.25)
                tabs = menu_items(walk(self.app))
                chosen = [n.name for n in tabs if n.has(pyatspi.STATE_SELECTED)]
                selected = chosen[0] if len(chosen) == 1 else None
                if len(tabs) >= number and selected == tabs[number - 1].name:
                    break
            want = tabs[number - 1].name if len(tabs) >= number else f"menu item {number}"
            if selected != want:
                self.problem(f"Ctrl+{number} shows '{selected}', not '{want}'")
            else:
                self.shortcuts_ok += 1
        self.tell("again")

    # --- the walk --------------------------------------------------------------------------
    def run(self):
        self.start_app()
        line = " ".join(self.read_line().split(" ")[:2])
        try:
            while line != "done":
                assert line.startswith("screen "), line
                self.screen = line.split(" ", 1)[1]
                if self.args.only and self.screen not in self.args.only.split(","):
                    line = self.tell("next")
                    continue
                log(f"[{self.size}] {self.screen}")
                screen_started = time.monotonic()
                self.settle(0.3)
                nodes = walk(self.app)
                if self.screen == "unlock":
                    nodes = self.check_unlock(nodes)
                self.check_controls(nodes, self.screen)
                if self.screen == "home" and not self.tabs:
                    # The Tab count first, from the top; the move states may Tab down to the life domains.
                    self.count_tabs()
                    self.tell("again")
                    self.check_move_states(walk(self.app))
                    self.check_shortcuts()
                    nodes = walk(self.app)
                self.activate_all(nodes)
                if self.screen == "unlock":
                    self.check_unlock_empties()
                self.screen_seconds[self.screen] += time.monotonic() - screen_started
                line = self.tell("next")
        finally:
            self.stop_app()
            self.timing = CLOCK.take()
            self.seconds = time.monotonic() - self.started
        if not self.password_fields:
            self.screen = "(all)"
            self.problem("no password field was read: the passphrase checks did not run")
        if len(self.tabs) < len(MAIN_ACTIONS):
            self.screen = "home"
            missing = ", ".join(t for t in MAIN_ACTIONS if t not in self.tabs)
            self.problem(f"Tab does not reach: {missing}")

    def report(self):
        controls = len(self.controls)
        print(f"[{self.size}] controls: {controls}, unnamed: {self.unnamed}, "
              f"actions ok: {self.actions_ok} of {self.actions_tried} tried ({self.disabled} disabled, not pressed)")
        tabs = ", ".join(f"'{t}' {n}" for t, n in sorted(self.tabs.items(), key=lambda kv: kv[1])) or "none reached in 60"
        print(f"[{self.size}] Tab presses on the home screen: {tabs}")
        print(f"[{self.size}] password fields read: {self.password_fields}, disabled/enabled states checked: "
              f"{self.states_checked}, shortcuts Ctrl+1..5 working: {self.shortcuts_ok} of 5")
        # Where the wall time went (kinds nest: restarting holds reads of the tree and the tour's answers).
        kinds = ", ".join(f"{kind} {sec:.0f} s ({calls}x)" for kind, (sec, calls)
                          in sorted(self.timing.items(), key=lambda kv: -kv[1][0]))
        print(f"[{self.size}] time: {self.seconds:.0f} s in all; {kinds}")
        slowest = sorted(self.screen_seconds.items(), key=lambda kv: -kv[1])[:8]
        print(f"[{self.size}] slowest screens: " + ", ".join(f"{name} {sec:.0f} s" for name, sec in slowest))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--samen", required=True)
    parser.add_argument("--data", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--language", default="en")
    parser.add_argument("--size", action="append")
    parser.add_argument("--only", help="walk only these screens (comma separated; for working on the walk, not for the test)")
    args = parser.parse_args()
    problems = []
    pyatspi.Registry.registerEventListener(on_event, "object:text-changed", "object:property-change:accessible-name",
                                           "object:text-caret-moved")
    for size in args.size or ["390x844", "1280x800"]:
        walker = Walker(args, size, args.language)
        walker.run()
        walker.report()
        problems += walker.problems
    problems += sorted(set(f"an AT-SPI event gave the passphrase away: {leak}" for leak in EVENT_LEAKS))
    for p in problems:
        print("PROBLEM " + p)
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
