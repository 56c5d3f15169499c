#!/usr/bin/env python3
"""A real SMTP server for the mail tests (aiosmtpd): STARTTLS required, AUTH LOGIN/PLAIN with one
user, every message saved as NNNN.eml in a folder with the envelope and TLS state prepended as
X-Sink-* headers. Prints "ready PORT" once it listens; stops when its standard input closes."""

import argparse
import asyncio
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.folder, f"{self.count:04d}.eml")
        head = (f"X-Sink-From: {envelope.mail_from}\r\nX-Sink-To: {','.join(envelope.rcpt_tos)}\r\n"
                f"X-Sink-TLS: {'yes' if session.ssl else 'no'}\r\n").encode()
        with open(path + ".part", "wb") as file:
            file.write(head + envelope.original_content)
        os.rename(path + ".part", path)  # the test sees whole files only
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", required=True)
    parser.add_argument("--cert", required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", required=True)
    args = parser.parse_args()

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == args.user.encode() \
            and auth_data.password == args.password.encode()
        return AuthResult(success=ok, handled=False)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(args.cert, args.key)
    with socket.socket() as probe:  # a free loopback port (aiosmtpd 1.4 needs one named)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Sink(args.folder), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticate, auth_require_tls=True)
    controller.start()
    print(f"ready {port}", flush=True)
    sys.stdin.read()  # until the test closes it or exits
    controller.stop()


if __name__ == "__main__":
    main()
