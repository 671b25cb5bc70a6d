"""Provider plug-ins are found through installed distributions' entry points.

Each test installs a throwaway distribution into its own folder - a module
next to a ``*.dist-info`` folder with METADATA and entry_points.txt, the way
pip lays out an installed wheel - and puts that folder on ``sys.path``.
"""

from __future__ import annotations

import sys
import textwrap
import tomllib
from pathlib import Path

import pytest

from portal_manager.errors import PortalManagerError
from portal_manager.providers.base import Balance, Provider, SendResult
from portal_manager.providers.registry import (
    ENTRY_POINT_GROUP,
    available_providers,
    load_provider,
)
from portal_manager.providers.seven import SevenProvider

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"

EXAMPLE_MODULE = '''
from portal_manager.providers.base import Balance, SendResult

class ExampleProvider:
    name = "Example SMS"

    def __init__(self):
        self.sent = []

    def send_sms(self, api_key, to, text, sender, ttl_minutes):
        self.sent.append(("sms", to, text, sender, ttl_minutes))
        return SendResult(message_id="example-1", parts=1, price=0.01, balance=9.99)

    def start_voice_call(self, api_key, to, text):
        self.sent.append(("voice", to, text))
        return SendResult(message_id="example-2", parts=None, price=0.1, balance=9.89)

    def check_credentials(self, api_key):
        return Balance(amount=9.99, currency="CHF")
'''


def install_distribution(site: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                         entry_points: dict[str, str],
                         modules: dict[str, str] | None = None) -> None:
    """A distribution ``name`` in ``site`` declaring ``entry_points`` in our group."""
    site.mkdir(parents=True, exist_ok=True)
    for module, source in (modules or {}).items():
        (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = site / f"{name.replace('-', '_')}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    lines = [f"[{ENTRY_POINT_GROUP}]"] + [f"{key} = {value}" for key, value in
                                           entry_points.items()]
    (info / "entry_points.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))


@pytest.fixture(autouse=True)
def _forget_plug_in_modules(tmp_path: Path):
    """Modules imported from a test's folder are gone for the next test."""
    yield
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(str(tmp_path)):
            del sys.modules[name]


@pytest.fixture
def example_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    install_distribution(tmp_path / "site", monkeypatch, "example-provider",
                         {"example": "example_provider:ExampleProvider"},
                         {"example_provider": EXAMPLE_MODULE})


def test_an_installed_plug_in_is_listed(example_installed):
    assert "example" in available_providers()


def test_an_installed_plug_in_is_loaded_and_used(example_installed):
    provider = load_provider("example")

    assert isinstance(provider, Provider)
    assert provider.name == "Example SMS"
    result = provider.send_sms("key", "+41791234567", "Code 123456", None, ttl_minutes=5)
    assert result == SendResult("example-1", 1, 0.01, 9.99)
    assert provider.check_credentials("key") == Balance(9.99, "CHF")
    assert provider.sent == [("sms", "+41791234567", "Code 123456", None, 5)]


def test_without_the_plug_in_it_is_not_listed(tmp_path):
    assert "example" not in available_providers()


def test_seven_io_is_registered_the_way_a_plug_in_is(tmp_path, monkeypatch):
    """The entry point pyproject.toml declares, installed, loads the seven.io provider."""
    declared = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    group = declared["project"]["entry-points"][ENTRY_POINT_GROUP]
    assert group == {"seven.io": "portal_manager.providers.seven:SevenProvider"}
    install_distribution(tmp_path / "site", monkeypatch, "portal-manager-copy", group)

    assert "seven.io" in available_providers()
    provider = load_provider("seven.io")
    assert isinstance(provider, SevenProvider)
    assert provider.name == "seven.io"


def test_a_provider_that_is_not_installed_is_a_clear_message(example_installed):
    with pytest.raises(PortalManagerError) as missing:
        load_provider("twilio")

    text = str(missing.value)
    assert 'provider "twilio" is not installed' in text
    assert "example" in text  # what can be chosen instead


def test_a_plug_in_whose_module_fails_to_import_is_a_clear_message(tmp_path, monkeypatch):
    install_distribution(tmp_path / "site", monkeypatch, "broken-provider",
                         {"broken": "broken_provider:Provider"},
                         {"broken_provider": "import module_that_is_not_installed\n"})

    assert "broken" in available_providers()  # listed: it is installed, only broken
    with pytest.raises(PortalManagerError) as broken:
        load_provider("broken")

    text = str(broken.value)
    assert '"broken" could not be loaded' in text
    assert "module_that_is_not_installed" in text
    assert "Reinstall or update the plug-in" in text


def test_a_plug_in_naming_a_missing_module_is_a_clear_message(tmp_path, monkeypatch):
    install_distribution(tmp_path / "site", monkeypatch, "gone-provider",
                         {"gone": "gone_provider_module:Provider"})

    with pytest.raises(PortalManagerError, match='"gone" could not be loaded'):
        load_provider("gone")


def test_a_plug_in_whose_constructor_fails_is_a_clear_message(tmp_path, monkeypatch):
    install_distribution(tmp_path / "site", monkeypatch, "fragile-provider",
                         {"fragile": "fragile_provider:Provider"},
                         {"fragile_provider": '''
                             class Provider:
                                 def __init__(self):
                                     raise RuntimeError("no configuration file")
                         '''})

    with pytest.raises(PortalManagerError, match="RuntimeError: no configuration file"):
        load_provider("fragile")


def test_a_plug_in_without_the_interface_is_a_clear_message(tmp_path, monkeypatch):
    install_distribution(tmp_path / "site", monkeypatch, "half-provider",
                         {"half": "half_provider:Provider"},
                         {"half_provider": '''
                             class Provider:
                                 name = "Half"
                                 def send_sms(self, api_key, to, text, sender, ttl_minutes):
                                     pass
                         '''})

    with pytest.raises(PortalManagerError) as broken:
        load_provider("half")

    assert "lacks start_voice_call, check_credentials" in str(broken.value)


def test_a_plug_in_without_a_name_is_a_clear_message(tmp_path, monkeypatch):
    install_distribution(tmp_path / "site", monkeypatch, "nameless-provider",
                         {"nameless": "nameless_provider:Provider"},
                         {"nameless_provider": '''
                             class Provider:
                                 def send_sms(self, *args): pass
                                 def start_voice_call(self, *args): pass
                                 def check_credentials(self, *args): pass
                         '''})

    with pytest.raises(PortalManagerError, match="has no name"):
        load_provider("nameless")
