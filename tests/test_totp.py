"""Tests for portal_manager.mfa.totp: RFC known answers, Key URI, QR code, verifier."""

from __future__ import annotations

import base64
import hashlib
import io
import time
from urllib.parse import parse_qs, unquote, urlsplit

import pyotp
import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from portal_manager.errors import InvalidInputError
from portal_manager.mfa.totp import (
    SECRET_BITS,
    CheckResult,
    TotpAlgorithm,
    TotpParameters,
    TotpVerifier,
    generate_code,
    group_secret,
    hotp,
    new_secret,
    normalize_secret,
    otpauth_uri,
    qr_png,
    verify_once,
)

# --- Known answers -------------------------------------------------------------------------

RFC4226_KEY = b"12345678901234567890"
RFC4226_CODES = [
    "755224", "287082", "359152", "969429", "338314",
    "254676", "287922", "162583", "399871", "520489",
]  # fmt: skip

RFC6238_SEEDS = {
    TotpAlgorithm.SHA1: b"12345678901234567890",
    TotpAlgorithm.SHA256: b"12345678901234567890123456789012",
    TotpAlgorithm.SHA512: b"1234567890123456789012345678901234567890123456789012345678901234",
}
RFC6238_VECTORS = [
    (59, TotpAlgorithm.SHA1, "94287082"),
    (59, TotpAlgorithm.SHA256, "46119246"),
    (59, TotpAlgorithm.SHA512, "90693936"),
    (1111111109, TotpAlgorithm.SHA1, "07081804"),
    (1111111109, TotpAlgorithm.SHA256, "68084774"),
    (1111111109, TotpAlgorithm.SHA512, "25091201"),
    (1111111111, TotpAlgorithm.SHA1, "14050471"),
    (1111111111, TotpAlgorithm.SHA256, "67062674"),
    (1111111111, TotpAlgorithm.SHA512, "99943326"),
    (1234567890, TotpAlgorithm.SHA1, "89005924"),
    (1234567890, TotpAlgorithm.SHA256, "91819424"),
    (1234567890, TotpAlgorithm.SHA512, "93441116"),
    (2000000000, TotpAlgorithm.SHA1, "69279037"),
    (2000000000, TotpAlgorithm.SHA256, "90698825"),
    (2000000000, TotpAlgorithm.SHA512, "38618901"),
    (20000000000, TotpAlgorithm.SHA1, "65353130"),
    (20000000000, TotpAlgorithm.SHA256, "77737706"),
    (20000000000, TotpAlgorithm.SHA512, "47863826"),
]


def b32(key: bytes) -> str:
    return base64.b32encode(key).decode("ascii")


@pytest.mark.parametrize(("counter", "expected"), list(enumerate(RFC4226_CODES)))
def test_hotp_rfc4226_appendix_d(counter: int, expected: str) -> None:
    assert hotp(RFC4226_KEY, counter) == expected


@pytest.mark.parametrize(("at", "algorithm", "expected"), RFC6238_VECTORS)
def test_generate_code_rfc6238_appendix_b(at: int, algorithm: TotpAlgorithm, expected: str) -> None:
    parameters = TotpParameters(digits=8, period=30, algorithm=algorithm)
    assert generate_code(b32(RFC6238_SEEDS[algorithm]), parameters, at) == expected


@pytest.mark.parametrize(("at", "algorithm", "expected"), RFC6238_VECTORS)
def test_hotp_rfc6238_appendix_b(at: int, algorithm: TotpAlgorithm, expected: str) -> None:
    assert hotp(RFC6238_SEEDS[algorithm], at // 30, 8, algorithm) == expected


def test_generate_code_uses_the_period_and_float_times() -> None:
    secret = b32(RFC4226_KEY)
    sixty = TotpParameters(period=60)
    # Time 59.9 is still step 0 with a 60 s period, i.e. RFC 4226 counter 0.
    assert generate_code(secret, sixty, 59.9) == RFC4226_CODES[0]
    assert generate_code(secret, sixty, 60.0) == RFC4226_CODES[1]
    assert generate_code(secret, TotpParameters(), 59.9) == RFC4226_CODES[1]


_DIGESTS = {
    TotpAlgorithm.SHA1: hashlib.sha1,
    TotpAlgorithm.SHA256: hashlib.sha256,
    TotpAlgorithm.SHA512: hashlib.sha512,
}


# pyotp itself refuses keys below 112 bits, so the cross-check starts at 14 bytes.
@given(
    key=st.binary(min_size=14, max_size=64),
    counter=st.integers(min_value=0, max_value=2**40),
    digits=st.sampled_from((6, 8)),
    algorithm=st.sampled_from(list(TotpAlgorithm)),
)
def test_hotp_agrees_with_pyotp(
    key: bytes, counter: int, digits: int, algorithm: TotpAlgorithm
) -> None:
    reference = pyotp.HOTP(b32(key), digits=digits, digest=_DIGESTS[algorithm])
    assert hotp(key, counter, digits, algorithm) == reference.at(counter)


def test_hotp_refuses_a_negative_counter() -> None:
    with pytest.raises(ValueError):
        hotp(RFC4226_KEY, -1)


# --- Parameters ----------------------------------------------------------------------------


def test_parameters_defaults() -> None:
    assert TotpParameters() == TotpParameters(6, 30, TotpAlgorithm.SHA1)
    assert TotpParameters().is_default()


@pytest.mark.parametrize(
    "parameters",
    [
        TotpParameters(digits=8),
        TotpParameters(period=60),
        TotpParameters(algorithm=TotpAlgorithm.SHA256),
    ],
)
def test_parameters_not_default(parameters: TotpParameters) -> None:
    assert not parameters.is_default()


@pytest.mark.parametrize(
    "kwargs", [{"digits": 7}, {"digits": 10}, {"period": 15}, {"algorithm": "MD5"}]
)
def test_parameters_out_of_range_refused(kwargs: dict) -> None:
    with pytest.raises(InvalidInputError):
        TotpParameters(**kwargs)


def test_parameters_accept_algorithm_names() -> None:
    # Settings files and the command line give plain strings.
    assert TotpParameters(algorithm="sha512").algorithm is TotpAlgorithm.SHA512


# --- Secrets -------------------------------------------------------------------------------


def test_new_secret_is_160_bit_base32() -> None:
    secret = new_secret()
    assert SECRET_BITS >= 160
    assert len(secret) == 32
    assert secret == secret.upper() and "=" not in secret
    assert len(base64.b32decode(secret)) * 8 >= 160
    assert normalize_secret(secret) == secret


def test_new_secret_differs_each_call() -> None:
    assert len({new_secret() for _ in range(20)}) == 20


def test_group_secret() -> None:
    assert group_secret("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == (
        "ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567"
    )
    assert group_secret("ABCDEFGHIJ") == "ABCD EFGH IJ"


def test_grouped_secret_normalizes_back() -> None:
    secret = new_secret()
    assert normalize_secret(group_secret(secret)) == secret


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("jbsw y3dp ehpk 3pxp", "JBSWY3DPEHPK3PXP"),
        ("JBSW-Y3DP-EHPK-3PXP", "JBSWY3DPEHPK3PXP"),
        ("  JBSWY3DPEHPK3PXP\n", "JBSWY3DPEHPK3PXP"),
        # 11 bytes: base32 padding is tolerated and removed
        ("JBSWY3DPEHPK3PXPJA======", "JBSWY3DPEHPK3PXPJA"),
    ],
)
def test_normalize_secret_accepts(text: str, expected: str) -> None:
    assert normalize_secret(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "JBSWY3DPEHPK3PX1",  # 1 is not base32
        "JBSWY3DPEHPK3PX0",  # nor is 0
        "JBSWY3DPEHPK3PXPÄ",
        "JBSWY3DPEHPK3PXPA",  # 17 characters cannot come from whole bytes
        "JBSW=Y3DPEHPK3PXP",  # padding inside
        "JBSWY3DPEHPK3PA",  # 9 bytes: shorter than 80 bits
    ],
)
def test_normalize_secret_refuses(text: str) -> None:
    with pytest.raises(InvalidInputError) as caught:
        normalize_secret(text)
    if text.strip():
        assert text.strip() not in str(caught.value)


@given(st.binary(min_size=10, max_size=64))
def test_normalize_secret_keeps_every_long_enough_key(key: bytes) -> None:
    secret = normalize_secret(b32(key).lower())
    assert base64.b32decode(secret + "=" * (-len(secret) % 8)) == key


# --- Key URI and QR code -------------------------------------------------------------------

SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def test_otpauth_uri_defaults() -> None:
    assert otpauth_uri("Example Portal", "alice", SECRET) == (
        "otpauth://totp/Example%20Portal:alice"
        "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Example%20Portal"
    )


def test_otpauth_uri_normalizes_the_secret() -> None:
    assert otpauth_uri("P", "a", group_secret(SECRET.lower())) == otpauth_uri("P", "a", SECRET)


def test_otpauth_uri_non_default_parameters() -> None:
    parameters = TotpParameters(digits=8, period=60, algorithm=TotpAlgorithm.SHA512)
    assert otpauth_uri("Portal", "bob", SECRET, parameters) == (
        f"otpauth://totp/Portal:bob?secret={SECRET}&issuer=Portal"
        "&algorithm=SHA512&digits=8&period=60"
    )


def test_otpauth_uri_adds_only_the_parameters_that_differ() -> None:
    uri = otpauth_uri("Portal", "bob", SECRET, TotpParameters(digits=8))
    assert uri.endswith("&issuer=Portal&digits=8")


def test_otpauth_uri_percent_encodes() -> None:
    uri = otpauth_uri("Müller & Söhne?", "anna maria/ops@example.com", SECRET)
    assert uri == (
        "otpauth://totp/M%C3%BCller%20%26%20S%C3%B6hne%3F:anna%20maria%2Fops%40example.com"
        f"?secret={SECRET}&issuer=M%C3%BCller%20%26%20S%C3%B6hne%3F"
    )
    assert " " not in uri and "+" not in uri


@pytest.mark.parametrize(
    ("issuer", "account", "parameters"),
    [
        ("Example Portal", "alice", TotpParameters()),
        ("Müller & Söhne?", "anna maria/ops@example.com", TotpParameters()),
        ("a/b#c=d%e", "x+y", TotpParameters(8, 60, TotpAlgorithm.SHA256)),
    ],
)
def test_otpauth_uri_round_trip(issuer: str, account: str, parameters: TotpParameters) -> None:
    parts = urlsplit(otpauth_uri(issuer, account, SECRET, parameters))
    assert (parts.scheme, parts.netloc) == ("otpauth", "totp")
    label_issuer, label_account = parts.path.removeprefix("/").split(":")
    assert (unquote(label_issuer), unquote(label_account)) == (issuer, account)
    query = parse_qs(parts.query, strict_parsing=True)
    assert query.pop("secret") == [SECRET]
    assert query.pop("issuer") == [issuer]
    read = TotpParameters(
        digits=int(query.pop("digits", ["6"])[0]),
        period=int(query.pop("period", ["30"])[0]),
        algorithm=query.pop("algorithm", ["SHA1"])[0],
    )
    assert read == parameters
    assert query == {}


@pytest.mark.parametrize(
    ("issuer", "account", "message"),
    [
        ("Portal: Test", "alice", "issuer must not contain a colon"),
        ("Portal", "alice:admin", "account name must not contain a colon"),
        ("", "alice", "issuer must not be empty"),
        ("  ", "alice", "issuer must not be empty"),
        ("Portal", "", "account name must not be empty"),
    ],
)
def test_otpauth_uri_refuses(issuer: str, account: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        otpauth_uri(issuer, account, SECRET)


def test_otpauth_uri_refuses_a_bad_secret() -> None:
    with pytest.raises(InvalidInputError):
        otpauth_uri("Portal", "alice", "NOT-BASE32-1")


def test_qr_png_is_a_png_image() -> None:
    data = qr_png(otpauth_uri("Example Portal", "alice", SECRET))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(data)) as image:
        image.verify()
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
        assert width == height > 0
        # Black modules on a white quiet zone, not a blank picture.
        assert image.convert("L").getextrema() == (0, 255)


def test_qr_png_uses_error_correction_m() -> None:
    # The format information (ISO/IEC 18004 §7.9) starts with the two error correction
    # bits, M = 00, XORed with the mask 10…: so the first module is dark, the second light.
    # One copy runs along row 8 from the left edge, the other up column 8 from the bottom.
    box, border = 4, 4
    with Image.open(io.BytesIO(qr_png(otpauth_uri("Portal", "alice", SECRET), box))) as image:
        pixels = image.convert("L")
        modules = pixels.size[0] // box - 2 * border

        def dark(row: int, column: int) -> bool:
            centre = (
                (column + border) * box + box // 2,
                (row + border) * box + box // 2,
            )
            return pixels.getpixel(centre) < 128

        assert (dark(8, 0), dark(8, 1)) == (True, False)
        assert (dark(modules - 1, 8), dark(modules - 2, 8)) == (True, False)


def test_qr_png_box_size_and_content_change_the_image() -> None:
    uri = otpauth_uri("Example Portal", "alice", SECRET)
    small = Image.open(io.BytesIO(qr_png(uri, box_size=4)))
    large = Image.open(io.BytesIO(qr_png(uri, box_size=8)))
    assert large.size == (2 * small.size[0], 2 * small.size[1])
    assert qr_png(uri) != qr_png(otpauth_uri("Example Portal", "bob", SECRET))


# --- Verifier ------------------------------------------------------------------------------


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# Middle of a 30 s step, so ±k steps are unambiguous.
NOW = 1_700_000_000 - 1_700_000_000 % 30 + 15
DEFAULT = TotpParameters()


def code_at(steps: int, parameters: TotpParameters = DEFAULT, now: float = NOW) -> str:
    return generate_code(SECRET, parameters, now + steps * parameters.period)


def make_verifier(parameters: TotpParameters = DEFAULT) -> tuple[TotpVerifier, FakeClock]:
    clock = FakeClock(NOW)
    return TotpVerifier(SECRET, parameters, clock=clock), clock


@pytest.mark.parametrize("steps", [-1, 0, 1])
def test_verifier_accepts_within_one_step(steps: int) -> None:
    verifier, _ = make_verifier()
    assert verifier.check(code_at(steps)) is CheckResult.ACCEPTED


@pytest.mark.parametrize("steps", [-2, 2])
def test_verifier_refuses_two_steps_away(steps: int) -> None:
    verifier, _ = make_verifier()
    assert verifier.check(code_at(steps)) is CheckResult.WRONG
    assert verifier.wrong_attempts == 1


def test_verifier_with_eight_digits_and_sixty_seconds() -> None:
    parameters = TotpParameters(digits=8, period=60, algorithm=TotpAlgorithm.SHA256)
    verifier, _ = make_verifier(parameters)
    assert verifier.check(code_at(0)) is CheckResult.MALFORMED  # a 6-digit code
    assert verifier.check(code_at(2, parameters)) is CheckResult.WRONG
    assert verifier.check(code_at(1, parameters)) is CheckResult.ACCEPTED


def test_verifier_ignores_spaces_in_the_code() -> None:
    verifier, _ = make_verifier()
    code = code_at(0)
    assert verifier.check(f" {code[:3]} {code[3:]} ") is CheckResult.ACCEPTED


def test_verifier_refuses_the_same_code_twice() -> None:
    verifier, _ = make_verifier()
    code = code_at(0)
    assert verifier.check(code) is CheckResult.ACCEPTED
    assert verifier.check(code) is CheckResult.REPLAYED


def test_verifier_refuses_an_earlier_step_after_a_later_one() -> None:
    verifier, _ = make_verifier()
    assert verifier.check(code_at(1)) is CheckResult.ACCEPTED
    assert verifier.check(code_at(0)) is CheckResult.REPLAYED
    assert verifier.check(code_at(-1)) is CheckResult.REPLAYED


def test_verifier_accepts_a_later_step_after_an_earlier_one() -> None:
    verifier, clock = make_verifier()
    assert verifier.check(code_at(-1)) is CheckResult.ACCEPTED
    assert verifier.check(code_at(0)) is CheckResult.ACCEPTED
    clock.now += 30
    assert verifier.check(code_at(0, now=clock.now)) is CheckResult.ACCEPTED


def test_replayed_codes_do_not_count_as_wrong() -> None:
    verifier, _ = make_verifier()
    code = code_at(0)
    verifier.check(code)
    for _ in range(TotpVerifier.MAX_WRONG):
        assert verifier.check(code) is CheckResult.REPLAYED
    assert verifier.wrong_attempts == 0
    assert verifier.pause_remaining() == 0


def wrong_code(now: float = NOW) -> str:
    """A well-formed code that is not right anywhere in the window around ``now``."""
    right = {code_at(steps, now=now) for steps in (-1, 0, 1)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in right)


def test_five_wrong_codes_pause_checking() -> None:
    verifier, clock = make_verifier()
    for attempt in range(1, 6):
        assert verifier.check(wrong_code()) is CheckResult.WRONG
        assert verifier.wrong_attempts == attempt
    assert verifier.pause_remaining() == 30
    # During the pause even the right code and a malformed one are not looked at.
    assert verifier.check(code_at(0)) is CheckResult.PAUSED
    assert verifier.check("abc") is CheckResult.PAUSED
    clock.now += 29.5
    assert verifier.pause_remaining() == pytest.approx(0.5)
    assert verifier.check(code_at(0, now=clock.now)) is CheckResult.PAUSED


def test_checking_works_again_after_the_pause() -> None:
    verifier, clock = make_verifier()
    for _ in range(5):
        verifier.check(wrong_code())
    clock.now += 30
    assert verifier.pause_remaining() == 0
    assert verifier.wrong_attempts == 0
    assert verifier.check(code_at(0, now=clock.now)) is CheckResult.ACCEPTED


def test_wrong_count_restarts_after_the_pause() -> None:
    verifier, clock = make_verifier()
    for _ in range(5):
        verifier.check(wrong_code())
    clock.now += 30
    # Four more failures are not enough for a new pause: the count started again.
    for attempt in range(1, 5):
        assert verifier.check(wrong_code(clock.now)) is CheckResult.WRONG
        assert verifier.wrong_attempts == attempt
    assert verifier.pause_remaining() == 0
    assert verifier.check(wrong_code(clock.now)) is CheckResult.WRONG
    assert verifier.pause_remaining() == 30


def test_an_accepted_code_resets_the_wrong_count() -> None:
    verifier, _ = make_verifier()
    for _ in range(4):
        verifier.check(wrong_code())
    assert verifier.check(code_at(0)) is CheckResult.ACCEPTED
    assert verifier.wrong_attempts == 0
    for _ in range(4):
        assert verifier.check(wrong_code()) is CheckResult.WRONG
    assert verifier.pause_remaining() == 0
    assert verifier.check(code_at(1)) is CheckResult.ACCEPTED


@pytest.mark.parametrize("code", ["12a456", "12345", "1234567", "", "١٢٣٤٥٦", "12³456"])
def test_malformed_codes(code: str) -> None:
    verifier, _ = make_verifier()
    assert verifier.check(code) is CheckResult.MALFORMED


def test_malformed_codes_count_as_wrong() -> None:
    verifier, _ = make_verifier()
    for _ in range(5):
        assert verifier.check("12345") is CheckResult.MALFORMED
    assert verifier.check(code_at(0)) is CheckResult.PAUSED


def test_verifier_refuses_a_bad_secret() -> None:
    with pytest.raises(InvalidInputError):
        TotpVerifier("too short")


# --- verify_once ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("steps", "expected"), [(-2, False), (-1, True), (0, True), (1, True), (2, False)]
)
def test_verify_once_window(steps: int, expected: bool) -> None:
    assert verify_once(SECRET, code_at(steps), at=NOW) is expected


def test_verify_once_is_stateless_and_takes_parameters() -> None:
    parameters = TotpParameters(digits=8, algorithm=TotpAlgorithm.SHA512)
    code = code_at(0, parameters)
    assert verify_once(SECRET, code, parameters, at=NOW)
    assert verify_once(SECRET, code, parameters, at=NOW)  # no replay check on the command line
    assert not verify_once(SECRET, code, at=NOW)  # 8 digits do not fit the defaults


@pytest.mark.parametrize("code", ["12a456", "12345", ""])
def test_verify_once_refuses_malformed(code: str) -> None:
    assert verify_once(SECRET, code, at=NOW) is False


def test_verify_once_defaults_to_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: NOW)
    assert verify_once(SECRET, code_at(0))
    assert not verify_once(SECRET, code_at(2))
