#!/usr/bin/python3
"""A stand-in desktop notification server for the notifier tests.

Owns org.freedesktop.Notifications on the bus in DBUS_SESSION_BUS_ADDRESS and
answers as the Desktop Notifications Specification 1.2 says (GetCapabilities,
Notify, CloseNotification, GetServerInformation). Every Notify call is appended
to RECORD_FILE as one JSON line (app_name, replaces_id, app_icon, summary, body,
actions, hints, expire_timeout). Prints "ready" once it owns the name.

Usage: notification_server.py RECORD_FILE CAPABILITIES  (comma-separated, e.g. "body,body-markup")
Needs Debian's python3-dbus and python3-gi (scripts/setup installs them).
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, record, capabilities):
        super().__init__(bus, PATH)
        self.record = record
        self.capabilities = capabilities
        self.last_id = 0

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return self.capabilities

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout):
        self.last_id += 1
        with open(self.record, "a", encoding="utf-8") as f:
            f.write(json.dumps({"app_name": str(app_name), "replaces_id": int(replaces_id), "app_icon": str(app_icon),
                                "summary": str(summary), "body": str(body), "actions": [str(a) for a in actions],
                                "hints": sorted(str(k) for k in hints.keys()), "expire_timeout": int(expire_timeout)},
                               ensure_ascii=False) + "\n")
        return dbus.UInt32(self.last_id)

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        pass

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("samen-test", "Samen", "1", "1.2")


def main():
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    capabilities = [c for c in sys.argv[2].split(",") if c]
    server = Server(bus, sys.argv[1], capabilities)
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    print("ready", flush=True)
    GLib.MainLoop().run()
    del server, name


if __name__ == "__main__":
    main()
