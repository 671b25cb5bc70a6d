"""A QR code drawn straight from the qrcode library's module matrix into a QPixmap.

Every module is a square of whole pixels, so the code stays crisp and
scanners read it; no PIL image and no PNG round trip are involved.
"""

from __future__ import annotations

import qrcode
import qrcode.constants
import qrcode.exceptions
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap

from portal_manager.errors import InvalidInputError

QUIET_ZONE_MODULES = 4  # the margin the QR code standard asks for
_DARK = 0
_LIGHT = 255


class QrCodeTooLongError(InvalidInputError):
    """The text does not fit into the largest QR code."""


def qr_matrix(uri: str) -> list[list[bool]]:
    """The QR code of ``uri`` (error correction M) as rows of dark modules, quiet zone included."""
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE_MODULES
    )
    code.add_data(uri)
    try:
        code.make(fit=True)
    except (qrcode.exceptions.DataOverflowError, ValueError):
        # qrcode 8 raises ValueError("Invalid version (was 41 …)") from best_fit for data
        # just beyond version 40, and DataOverflowError only in other cases.
        # The message never repeats the URI: it holds the secret.
        raise QrCodeTooLongError(
            "The text is too long for a QR code; shorten the issuer or the account name."
        ) from None
    return code.get_matrix()


def qr_pixmap(uri: str, module_pixels: int) -> QPixmap:
    """The QR code of ``uri``, each module ``module_pixels`` × ``module_pixels`` pixels.

    Raises QrCodeTooLongError if ``uri`` does not fit into a QR code.
    """
    if module_pixels < 1:
        raise ValueError("a QR module needs at least one pixel")
    matrix = qr_matrix(uri)
    modules = len(matrix)
    # One pixel per module, then scaled up in C without smoothing (nearest neighbour, by a
    # whole factor): every module stays a crisp square. Building the full-size bytes in
    # Python instead took a third of the time of a large code.
    pixels = bytes(_DARK if dark else _LIGHT for row in matrix for dark in row)
    # copy(): the QImage above only borrows the bytes, which Python may free.
    image = QImage(pixels, modules, modules, modules, QImage.Format.Format_Grayscale8).copy()
    side = modules * module_pixels
    return QPixmap.fromImage(image.scaled(side, side, Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.FastTransformation))
