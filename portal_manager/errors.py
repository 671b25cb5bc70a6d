"""The one exception family the core raises for problems a person can fix.

The command line prints ``str(error)`` and exits non-zero; the GUI shows it in
a message box. Texts say what is wrong and how to fix it, and never contain a
secret.
"""


class PortalManagerError(Exception):
    """A problem a user can understand and fix."""


class InvalidInputError(PortalManagerError):
    """A value given by the user (argument, field, import file) is not acceptable."""
