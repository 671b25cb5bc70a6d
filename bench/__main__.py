"""`make bench`: how the hot paths compare with trivial work on the same data.

Absolute times on a shared machine mean little, so every number is a ratio
against a baseline run in the same process right beside it:

* baseline: ``text.encode("utf-16-le")`` — one pass over the text in C;
* measured: what the SMS dialog does on each keystroke (validate the
  template, render it, count the SMS) and the single steps.

A ratio of 50 means "as long as encoding the text 50 times"; the absolute
time per call is printed too, for orientation.

One keystroke in the message editor, with the real widgets offscreen, is
measured against the 16 ms frame budget and a bare QPlainTextEdit (bench/keystroke.py).

Start-up to the login dialog and to the main window, each in fresh interpreters,
is measured against a bare PySide6 window started the same way (bench/startup.py).

The login information store is measured against ``json.dumps`` + ``json.loads``
of the same entries (what a plain, unencrypted file would cost).
"""

from __future__ import annotations

import json
import tempfile
import timeit
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from bench import keystroke as widget_keystroke
from bench import startup
from portal_manager.mfa.sms_length import measure_sms
from portal_manager.mfa.templates import Channel, RenderContext, find_problems, render_message
from portal_manager.vault.store import Entry, LoginInformationStore

TEMPLATES = {
    "typical SMS (70 chars)": "${OTPFMT} is your verification code for ${from}. Valid 5 min.",
    "long SMS (1400 chars)": "${OTPFMT} " + "Lorem ipsum dolor sit amet, consectetur. " * 34,
    "unicode SMS (600 chars)": "${OTP} 😀 " + "Ваш код подтверждения. " * 26,
}
CONTEXT = RenderContext("12345678", datetime(2025, 2, 25, 17, 33, 30, tzinfo=UTC), "Acme")


def best_of(function, number: int) -> float:
    return min(timeit.repeat(function, number=number, repeat=5)) / number


def keystroke(template: str) -> None:
    find_problems(template, Channel.SMS, 8, "Acme")
    measure_sms(render_message(template, Channel.SMS, CONTEXT))


def bench_store() -> None:
    print(f"\n{'store entries':<26}{'step':<16}{'µs/call':>10}{'ratio to json round trip':>26}")
    for count in (10, 1000):
        with tempfile.TemporaryDirectory() as folder:
            key = X25519PrivateKey.generate()
            store_file = LoginInformationStore(Path(folder))
            store_file.create({"alice": key.public_key()})
            store = store_file.unlock("alice", key)
            store.entries = {
                f"entry{i}": Entry(f"entry{i}", f"secret-{i:06d}-" + "x" * 40, "description")
                for i in range(count)
            }
            store.save()
            plain = {name: {"secret": e.secret, "description": e.description}
                     for name, e in store.entries.items()}
            baseline = best_of(lambda plain=plain: json.loads(json.dumps(plain)), 20)
            steps = {
                "open": lambda f=store_file, k=key: f.unlock("alice", k),
                "save": store.save,
            }
            for step, function in steps.items():
                seconds = best_of(function, 20)
                print(f"{count:<26}{step:<16}{seconds * 1e6:>10.1f}{seconds / baseline:>26.1f}")


def main() -> None:
    print(f"{'case':<26}{'step':<16}{'µs/call':>10}{'ratio to utf-16 encode':>26}")
    for name, template in TEMPLATES.items():
        rendered = render_message(template, Channel.SMS, CONTEXT)
        baseline = best_of(lambda rendered=rendered: rendered.encode("utf-16-le"), 2000)
        steps = {
            "measure_sms": lambda r=rendered: measure_sms(r),
            "render": lambda t=template: render_message(t, Channel.SMS, CONTEXT),
            "find_problems": lambda t=template: find_problems(t, Channel.SMS, 8, "Acme"),
            "keystroke": lambda t=template: keystroke(t),
        }
        for step, function in steps.items():
            seconds = best_of(function, 200)
            print(f"{name:<26}{step:<16}{seconds * 1e6:>10.1f}{seconds / baseline:>26.0f}")
    bench_store()
    widget_keystroke.main()
    startup.main()


if __name__ == "__main__":
    main()
