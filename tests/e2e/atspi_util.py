"""Driving the real Daicho window through AT-SPI, as a user would.

Shared by the end-to-end tests: start the app on a database, find widgets by
role and accessible name among those showing on screen, type, click, wait.
"""
import csv
import io
import os
import subprocess
import tempfile
import time

import pyatspi

DEFAULT_TIMEOUT = 30.0


class Tap:
    """Minimal TAP output: one line per check."""

    def __init__(self):
        self.n = 0
        self.failed = 0

    def ok(self, condition, description):
        self.n += 1
        if not condition:
            self.failed += 1
        print(f"{'ok' if condition else 'not ok'} {self.n} - {description}", flush=True)
        return condition

    def finish(self):
        print(f"1..{self.n}", flush=True)
        return 1 if self.failed else 0


def demo_at_desk(cli, operator, office):
    """A demo database and a settings folder for @operator at the desk of
    @office (the header's office). Returns (folder, database, config home)."""
    tmp = tempfile.mkdtemp(prefix="daicho-e2e-")
    db = os.path.join(tmp, "daicho.sqlite3")
    config = os.path.join(tmp, "config")
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write(f"[org/daicho/Daicho]\noperator='{operator}'\noffice='{office}'\n")
    subprocess.run([cli, "--db", db, "demo"], check=True, stdout=subprocess.DEVNULL)
    return tmp, db, config


def cli_csv(cli, db, *args):
    """The rows of a daicho-cli list, as dictionaries."""
    out = subprocess.run([cli, "--db", db, *args, "--format", "csv"], check=True,
                         capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def app_env(config_home):
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)
    env.pop("NO_AT_BRIDGE", None)
    env["GSETTINGS_BACKEND"] = "keyfile"
    env["XDG_CONFIG_HOME"] = config_home
    return env


def start_app(daicho, db_path, config_home, extra_env=None):
    env = app_env(config_home)
    if extra_env:
        env.update(extra_env)
    proc = subprocess.Popen([daicho, "--db", db_path], env=env)
    app = wait_for(lambda: find_app(proc.pid), "the application on the accessibility bus")
    return proc, app


def stop_app(proc):
    """Ends the app if the test left it running (a failure mid-way)."""
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def wait_for(probe, what, timeout=DEFAULT_TIMEOUT):
    deadline = time.monotonic() + timeout
    while True:
        try:
            result = probe()
        except Exception:
            result = None
        if result:
            return result
        if time.monotonic() > deadline:
            screenshot(what)
            raise TimeoutError(f"timed out waiting for {what}")
        time.sleep(0.2)


def screenshot(what):
    """Keeps a picture of the screen when a wait fails, for whoever reads the log."""
    directory = os.environ.get("DAICHO_E2E_SHOTS", tempfile.gettempdir())
    path = os.path.join(directory, "daicho-e2e-%d.png" % int(time.time() * 1000))
    try:
        subprocess.run(["import", "-window", "root", path], timeout=10,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print(f"# screenshot of the failure ({what}): {path}", flush=True)
    except Exception:
        pass


def showing(node):
    """GTK 4.8 sets no SHOWING state; a widget that is not mapped (a hidden
    stack page, a closed popover) reports an empty size instead."""
    try:
        extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return True  # objects without a component, such as stack pages
    return extents.width > 0 and extents.height > 0


def plain(name):
    """GTK 4.8 names some buttons "_Label Label": compare the last form."""
    return (name or "").replace("_", "")


def find_all(root, role=None, name=None, contains=None, only_showing=True):
    found = []

    def visit(node, depth):
        if node is None or depth > 80:
            return
        try:
            node_role = node.getRoleName()
            node_name = node.name or ""
            count = node.childCount
        except Exception:
            return
        if only_showing and depth > 0 and not showing(node):
            return
        matches = role is None or node_role == role
        if matches and name is not None:
            matches = node_name == name or plain(node_name).endswith(" " + name) or plain(node_name) == name
        if matches and contains is not None:
            matches = contains in node_name
        if matches:
            found.append(node)
        for i in range(count):
            visit(node.getChildAtIndex(i), depth + 1)

    visit(root, 0)
    return found


def eventually(probe, what, timeout=10):
    """Whether @probe comes true within @timeout seconds."""
    try:
        return bool(wait_for(probe, what, timeout))
    except TimeoutError:
        return False


def text_of(node):
    text = node.queryText()
    return text.getText(0, text.characterCount)


def has_state(node, state):
    try:
        return node.getState().contains(state)
    except Exception:
        return False


def find(root, role=None, name=None, contains=None, timeout=DEFAULT_TIMEOUT):
    return wait_for(lambda: (find_all(root, role, name, contains) or [None])[0],
                    f"{role or 'widget'} {name or contains!r}", timeout)


def type_into(node, text):
    editable = node.queryEditableText()
    editable.setTextContents(text)


def click(node):
    """Clicks @node, or the first widget inside it that can be clicked (a
    GtkMenuButton's accessible wraps the toggle button that does the work)."""
    try:
        action = node.queryAction()
    except NotImplementedError:
        action = None
    if action is None or action.nActions == 0:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            try:
                if child.queryAction().nActions > 0 or child.childCount:
                    return click(child)
            except NotImplementedError:
                continue
        raise RuntimeError(f"nothing to click in {node.name!r}")
    for i in range(action.nActions):
        if action.getName(i) in ("click", "activate", "press", "toggle"):
            action.doAction(i)
            return
    action.doAction(0)


def mouse_click(node):
    """Clicks the middle of @node with the pointer, for widgets GTK 4.8 gives
    no accessible action (list rows, combo rows, their pop-over choices).

    Xvfb runs no window manager: windows and dialogs open at the top-left
    of the screen, so a widget's window coordinates are screen coordinates."""
    extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    x, y = extents.x + extents.width // 2, extents.y + extents.height // 2
    pyatspi.Registry.generateMouseEvent(x, y, "abs")
    time.sleep(0.1)
    pyatspi.Registry.generateMouseEvent(x, y, "b1c")
    time.sleep(0.2)


# X keycodes of the keys the tests press (Xvfb's default evdev keymap).
KEYCODES = {"Escape": 9, "Control_L": 37, "q": 24, "comma": 59, "Tab": 23, "Return": 36}


def key_combo(*keys):
    """Presses the keys in order and releases them in reverse order.

    Xvfb runs no window manager: keyboard focus follows the pointer, so the
    pointer is first put over the top-left of the screen, where the windows
    open."""
    pyatspi.Registry.generateMouseEvent(120, 120, "abs")
    time.sleep(0.1)
    for k in keys:
        pyatspi.Registry.generateKeyboardEvent(KEYCODES[k], None, pyatspi.KEY_PRESS)
        time.sleep(0.05)
    for k in reversed(keys):
        pyatspi.Registry.generateKeyboardEvent(KEYCODES[k], None, pyatspi.KEY_RELEASE)
        time.sleep(0.05)


def frames(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def wait_window_gone(app, title, timeout=DEFAULT_TIMEOUT):
    """Waits for the window @title to close.

    GTK 4.8 answers a query about a window it is tearing down with a NULL
    object path (a GLib-CRITICAL, then sometimes a crash), so the window is
    given time to go before the application's windows are listed again."""
    time.sleep(1.5)
    wait_for(lambda: all(f is None or f.name != title for f in frames(app)),
             f"{title!r} to close", timeout)


def frame_named(app, title):
    return wait_for(lambda: next((f for f in frames(app) if f is not None and f.name == title), None),
                    f"window {title!r}")
