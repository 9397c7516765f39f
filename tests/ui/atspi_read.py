"""Read an application's accessibility tree from the AT-SPI bus, as a screen reader (Orca) does.

Run with the system Python (``/usr/bin/python3``, Debian package python3-pyatspi), not the venv:
``python3 atspi_read.py APP_NAME`` prints the showing objects as JSON: role, name, description, key bindings."""

import json
import sys

import pyatspi  # type: ignore[import-not-found]


def walk(acc, out, depth=0):  # type: ignore[no-untyped-def]
    if acc is None or depth > 60:
        return
    states = acc.getState()
    keys = ""
    try:
        action = acc.queryAction()
        keys = ";".join(action.getKeyBinding(i) for i in range(action.nActions))
    except NotImplementedError:
        pass
    if states.contains(pyatspi.STATE_SHOWING):
        node = {"role": acc.getRoleName(), "name": acc.name or "", "description": acc.description or ""}
        node.update(keys=keys, focusable=states.contains(pyatspi.STATE_FOCUSABLE))
        out.append(node)
    for child in acc:
        walk(child, out, depth + 1)


def main() -> None:
    out: list[dict[str, object]] = []
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == sys.argv[1]:
            walk(app, out)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
