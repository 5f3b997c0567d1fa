#!/usr/bin/python3
"""A real SMTP server for Relance's tests: Debian's aiosmtpd on 127.0.0.1.

Run with /usr/bin/python3 (Debian's interpreter, which has aiosmtpd).
It writes a throwaway CA and server certificate (openssl) into --dir, then
every message it accepts as msg-NNNN.json (envelope, decoded headers, body,
attachments saved beside it) and msg-NNNN.eml (the raw data): one msg per
transmission received whole (up to the final "."), answered or not. It writes
--dir/ready once it listens. Fault modes reproduce what real servers do:
  451-once           the first DATA gets 451, later ones are accepted
  cut-data-once      the first DATA is cut after its first line (never whole)
  cut-data           every DATA is cut after its first line
  cut-after-data     every message is received whole, then the connection drops
  silent             connections are accepted, nothing is ever said
  silent-after-data  every message is received whole and never answered
  hang               message --hang-at is received whole and never answered
"""
import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def make_certificates(directory, cert_name=None):
    ca_key = os.path.join(directory, "ca.key")
    ca_pem = os.path.join(directory, "ca.pem")
    key = os.path.join(directory, "server.key")
    csr = os.path.join(directory, "server.csr")
    pem = os.path.join(directory, "server.pem")
    ext = os.path.join(directory, "server.ext")
    quiet = dict(check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key,
                    "-out", ca_pem, "-days", "2", "-subj", "/CN=Relance Test CA"], **quiet)
    subprocess.run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
                    "-subj", "/CN=" + (cert_name or "localhost")], **quiet)
    with open(ext, "w") as f:
        # --cert-name: a certificate for another host than the one dialled.
        names = "DNS:" + cert_name if cert_name else "DNS:localhost,IP:127.0.0.1"
        f.write("subjectAltName=" + names + "\n"
                "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=serverAuth\n")
    subprocess.run(["openssl", "x509", "-req", "-in", csr, "-CA", ca_pem, "-CAkey", ca_key,
                    "-CAcreateserial", "-out", pem, "-days", "2", "-extfile", ext], **quiet)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pem, key)
    return context


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


class State:
    def __init__(self, args):
        self.args = args
        self.count = 0
        self.lock = threading.Lock()
        self.failed_451 = False
        self.cut_done = False
        self.hung = False
        self.auth_attempts = 0


class Handler:
    def __init__(self, state):
        self.state = state

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.state.args.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: no such user" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        st = self.state
        if st.args.fault == "451-once" and not st.failed_451:
            st.failed_451 = True
            return "451 4.3.0 Temporary failure, try again"
        with st.lock:
            st.count += 1
            n = st.count
        self.record(n, envelope)
        if st.args.fault == "silent-after-data":
            # Every message is received whole, and no answer ever comes.
            await asyncio.sleep(3600)
        if st.args.fault == "cut-after-data":
            # Received whole, then the connection drops before the answer.
            server.transport.abort()
            await asyncio.sleep(3600)  # cancelled when the connection is gone
        if st.args.fault == "hang" and n == st.args.hang_at and not st.hung:
            # Received, but the answer never comes: the client cannot know.
            st.hung = True
            await asyncio.sleep(3600)
        return "250 2.0.0 OK queued as M%04d" % n

    def record(self, n, envelope):
        d = self.state.args.dir
        raw = envelope.original_content or envelope.content
        base = os.path.join(d, "msg-%04d" % n)
        if self.state.args.raw_only:
            info = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                    "size": len(raw)}
            write_atomically(base + ".json", json.dumps(info).encode())
            return
        write_atomically(base + ".eml", raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        body = msg.get_body(("plain",))
        attachments = []
        for i, part in enumerate(msg.iter_attachments()):
            path = "%s-att-%d.bin" % (base, i)
            write_atomically(path, part.get_content())
            attachments.append({"filename": part.get_filename(),
                                "content_type": part.get_content_type(), "path": path})
        info = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "from": str(msg.get("From", "")),
            "to": str(msg.get("To", "")),
            "cc": str(msg.get("Cc", "")),
            "reply_to": str(msg.get("Reply-To", "")),
            "subject": str(msg.get("Subject", "")),
            "message_id": str(msg.get("Message-ID", "")),
            "bcc": str(msg.get("Bcc", "")),
            "header_names": list(msg.keys()),
            "body": body.get_content() if body is not None else "",
            "raw_has_bare_lf": b"\n" in raw.replace(b"\r\n", b""),
            "attachments": attachments,
        }
        write_atomically(base + ".json", json.dumps(info, ensure_ascii=False).encode("utf-8"))


class FaultySMTP(SMTP):
    """Cuts the connection in the middle of DATA (the first one, or every one)
    when asked: the message never reaches its final "."."""

    def __init__(self, handler, state, **kwargs):
        super().__init__(handler, **kwargs)
        self.state = state

    async def smtp_DATA(self, arg):
        st = self.state
        cut = (st.args.fault == "cut-data"
               or (st.args.fault == "cut-data-once" and not st.cut_done))
        if cut and self.envelope.rcpt_tos:
            st.cut_done = True
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            await self._reader.readuntil(b"\r\n")
            self.transport.close()
            return
        return await super().smtp_DATA(arg)


class FixtureController(Controller):
    def __init__(self, state, *args, **kwargs):
        self.state = state
        super().__init__(*args, **kwargs)

    def factory(self):
        return FaultySMTP(self.handler, self.state, **self.SMTP_kwargs)


def serve_silent(port, ready_path):
    """Accepts connections and never says a word."""
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(16)
    write_atomically(ready_path, b"ready")
    held = []
    while True:
        conn, _ = srv.accept()
        held.append(conn)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--security", choices=["plain", "starttls", "tls"], default="starttls")
    p.add_argument("--user", default="")
    p.add_argument("--password", default="")
    p.add_argument("--fault", default="none",
                   choices=["none", "no-starttls", "451-once", "cut-data-once", "cut-data",
                            "cut-after-data", "silent", "silent-after-data", "hang"])
    p.add_argument("--hang-at", type=int, default=1)
    p.add_argument("--cert-name", default=None)
    p.add_argument("--reject", action="append", default=[])
    p.add_argument("--raw-only", action="store_true")
    args = p.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    ready = os.path.join(args.dir, "ready")

    if args.fault == "silent":
        serve_silent(args.port, ready)
        return

    state = State(args)
    tls = make_certificates(args.dir, args.cert_name) if args.security != "plain" else None

    def authenticator(server, session, envelope, mechanism, auth_data):
        state.auth_attempts += 1
        ok = (isinstance(auth_data, LoginPassword)
              and auth_data.login.decode() == args.user
              and auth_data.password.decode() == args.password)
        return AuthResult(success=ok, handled=False)

    smtp_kwargs = {}
    if args.user:
        smtp_kwargs.update(authenticator=authenticator, auth_required=True)
    if args.security == "starttls" and args.fault != "no-starttls":
        smtp_kwargs.update(tls_context=tls, require_starttls=True)
    if args.security == "tls" or args.fault == "no-starttls":
        # Implicit TLS: the link is already secure. Without STARTTLS: AUTH
        # is still offered, so a client that gave up TLS would show.
        smtp_kwargs.update(auth_require_tls=False)
    controller = FixtureController(
        state, Handler(state), hostname="127.0.0.1", port=args.port,
        ssl_context=tls if args.security == "tls" else None,
        server_hostname="localhost", data_size_limit=50 * 1024 * 1024, **smtp_kwargs)
    controller.start()
    write_atomically(ready, b"ready")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *a: stop.set())
    signal.signal(signal.SIGINT, lambda *a: stop.set())
    while not stop.wait(0.2):
        pass
    write_atomically(os.path.join(args.dir, "auth_attempts"), str(state.auth_attempts).encode())
    controller.stop()


if __name__ == "__main__":
    main()
