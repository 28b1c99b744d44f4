"""A small SMTP server on 127.0.0.1 for tests that run real processes: it keeps what it accepted.

``SmtpSink(stall="data")`` leaves the first message's end of DATA unanswered
(the sender is stuck mid-send, the server has not taken the message);
``stall="quit"`` accepts the first message (``250``) and leaves the ``QUIT``
after it unanswered. ``stalled`` is set when that happens; ``release`` ends it.
"""

import socketserver
import threading
from email import message_from_bytes


class _Handler(socketserver.StreamRequestHandler):
    timeout = 60

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")
        self.wfile.flush()

    def read_data(self) -> bytes | None:
        lines = []
        while (line := self.rfile.readline()) != b".\r\n":
            if not line:
                return None  # the sender went away mid-message
            lines.append(line[1:] if line.startswith(b"..") else line)
        return b"".join(lines)

    def handle(self) -> None:
        sink: SmtpSink = self.server.sink
        self.reply("220 sink ESMTP")
        while line := self.rfile.readline():
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self.reply("250 sink")
            elif command.startswith((b"MAIL", b"RCPT", b"RSET", b"NOOP")):
                self.reply("250 OK")
            elif command == b"DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = self.read_data()
                if data is None:
                    return
                if sink.take_stall("data"):
                    return
                sink.accepted.append(message_from_bytes(data))
                self.reply("250 OK: queued")
            elif command == b"QUIT":
                if sink.take_stall("quit"):
                    return
                self.reply("221 Bye")
                return
            else:
                self.reply("502 Command not implemented")


class SmtpSink:
    def __init__(self, *, stall: str | None = None):
        self.accepted = []
        self.stalled = threading.Event()
        self.release = threading.Event()
        self._stall = stall
        self._lock = threading.Lock()
        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.sink = self

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self._server.server_address[1]}?timeout=30"

    def take_stall(self, where: str) -> bool:
        """Stall here (once) if asked to: wait, unanswered, until released."""
        with self._lock:
            if self._stall != where:
                return False
            self._stall = None
        self.stalled.set()
        self.release.wait(60)
        return True

    def accepted_with(self, message_id: str) -> int:
        return sum(message["Message-ID"] == message_id for message in self.accepted)

    def __enter__(self) -> "SmtpSink":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()
