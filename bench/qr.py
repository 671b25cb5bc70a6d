"""A QR code to a pixmap (ui/qr_pixmap.py), as the authenticator test enrolment shows it.

Baseline: the qrcode library's own work for the same URI (encoding and the module
matrix, ui/qr_pixmap.qr_matrix), so the ratio shows what drawing the pixmap adds.
"""

from __future__ import annotations

from bench.qt_app import application
from bench.rows import Row, row
from bench.timing import best_ms_taking_turns

GOAL_MS = 30.0
MODULE_PIXELS = 4  # ui/test_enrolment.QR_MODULE_PIXELS at a device pixel ratio of 1
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
URIS = {
    "typical": f"otpauth://totp/Acme%20Portal:alice%40example.com?secret={SECRET}"
               "&issuer=Acme%20Portal",
    # A long issuer and account name: a large QR code (version 15 or so).
    "long names": f"otpauth://totp/{'Acme%20Portal%20' * 8}:{'a' * 120}%40example.com"
                  f"?secret={SECRET}&issuer={'Acme%20Portal%20' * 8}",
}


def run() -> list[Row]:
    from portal_manager.ui.qr_pixmap import qr_matrix, qr_pixmap

    application()
    rows = []
    for name, uri in URIS.items():
        pixmap = qr_pixmap(uri, MODULE_PIXELS)
        modules = len(qr_matrix(uri))
        best = best_ms_taking_turns({
            "baseline": lambda uri=uri: qr_matrix(uri),
            "measured": lambda uri=uri: qr_pixmap(uri, MODULE_PIXELS),
        }, number=5, rounds=8)
        baseline, measured = best["baseline"], best["measured"]
        rows.append(row(f"QR code to a pixmap, {name} URI", measured,
                        "qrcode module matrix alone", baseline, goal=f"< {GOAL_MS:g} ms",
                        met=measured < GOAL_MS,
                        note=f"{len(uri)} characters, {modules}×{modules} modules, "
                             f"{pixmap.width()} px square"))
    return rows


if __name__ == "__main__":
    for result in run():
        print(result)
