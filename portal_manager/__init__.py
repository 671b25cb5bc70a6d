"""Portal Manager: configure multi-factor authentication for a web portal."""

__version__ = "0.1.0"
