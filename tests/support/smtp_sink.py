"""An SMTP sink for Socius's tests: stores each message it accepts as DIR/NNNNN.eml.

Usage: smtp_sink.py DIR PORT [TEMPORARY_FAILURES]
Prints READY once listening and runs until its standard input closes. The first
TEMPORARY_FAILURES messages are refused with a 451 (try again later) reply.
"""
import os
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, directory, failures):
        self.directory = directory
        self.failures = failures
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.failures > 0:
            self.failures -= 1
            return "451 4.3.0 Temporary failure, try again later"
        self.count += 1
        path = os.path.join(self.directory, f"{self.count:05d}.eml")
        with open(path + ".tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        os.rename(path + ".tmp", path)
        return "250 OK"


def main():
    directory, port = sys.argv[1], int(sys.argv[2])
    failures = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    controller = Controller(Sink(directory, failures), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
