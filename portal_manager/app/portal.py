"""A portal: a folder holding its General and Security settings.

Layout::

    portal.json              General settings (name, languages, default language)
    security.json            Security settings: the MFA configuration
    users.json               users, groups, password verifiers, sealed key pairs (owner-only)
    login-information.pmv    the encrypted login information store (owner-only)
    audit.log                the audit trail (owner-only)
    .portal.lock             held while a Portal Manager may write the portal

Every change of Security settings requires an administrator's session; the
user and store operations live in ``users.management`` and
``app.store_management`` and follow the same rule.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from portal_manager.errors import InvalidInputError, PortalManagerError
from portal_manager.messages import QT_TRANSLATE_NOOP
from portal_manager.portal.files import (
    CorruptFileError,
    NewerFormatError,
    VersionedJsonFile,
    remove_stale_temporaries,
)
from portal_manager.portal.general import GeneralSettings
from portal_manager.portal.lock import LOCK_FILE_NAME, PortalLock
from portal_manager.portal.wording import bullet_lines
from portal_manager.users.directory import Session, UserDirectory
from portal_manager.vault import STORE_FILE

# The MFA model, the store and the audit trail are imported where they are used, not
# here: the desktop app opens a portal with security_later=True and shows its login
# dialog without them (they load while the login derives its key).
if TYPE_CHECKING:
    from portal_manager.audit.trail import AuditTrail
    from portal_manager.mfa.settings import MfaConfig
    from portal_manager.mfa.validation import Finding
    from portal_manager.vault.store import LoginInformationStore

GENERAL_FILE = "portal.json"
SECURITY_FILE = "security.json"
GENERAL_FORMAT = ("portal-general", 1)
SECURITY_FORMAT = ("portal-security", 1)
USERS_FILE = "users.json"
USERS_FORMAT = ("portal-users", 1)
# The files written by atomic replacement, whose leftover temporaries are ours to remove.
PORTAL_FILES = (GENERAL_FILE, SECURITY_FILE, USERS_FILE, STORE_FILE)


class ConfigurationInvalidError(InvalidInputError):
    """A configuration was refused; ``findings`` lists every reason."""

    def __init__(self, summary: str, findings: list[Finding]) -> None:
        if findings:
            summary = QT_TRANSLATE_NOOP("Portal", "%1\n%2").fill(
                summary, bullet_lines([str(finding) for finding in findings]))
        super().__init__(summary)
        self.findings = findings


@dataclass(frozen=True)
class PortalDraft:
    """General and Security settings as Portal properties edits them, saved together."""

    general: GeneralSettings
    security: MfaConfig

    def without_language_texts(self, removed: set[str]) -> PortalDraft:
        """The draft with every text of the ``removed`` languages dropped."""
        from portal_manager.mfa.language_texts import drop_language_texts

        return PortalDraft(self.general, drop_language_texts(self.security, removed))


class Portal:
    """An open portal folder. Use :meth:`create` or :meth:`open`, and :meth:`close`."""

    def __init__(self, folder: Path, *, writable: bool) -> None:
        self.folder = folder
        self._general_file = VersionedJsonFile(folder / GENERAL_FILE, *GENERAL_FORMAT)
        self._security_file = VersionedJsonFile(folder / SECURITY_FILE, *SECURITY_FORMAT)
        self.users = UserDirectory(
            VersionedJsonFile(folder / USERS_FILE, *USERS_FORMAT, private=True)
        )
        self._store: LoginInformationStore | None = None  # see the store property
        self._audit: AuditTrail | None = None
        self._store_checked = False
        self._store_read_only_reason: str | None = None
        self._lock = PortalLock(folder)
        self._writable = writable
        self.general: GeneralSettings
        self._security: MfaConfig | None = None  # see the security property

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, general: GeneralSettings, admin_name: str, admin_password: str
    ) -> Portal:
        """Create a new portal in ``folder`` (new or empty) with its first administrator.

        The portal is open for writing; log in to change it.
        """
        general.check()
        folder = Path(folder)
        if (folder / GENERAL_FILE).exists():
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Portal", "%1 already holds a portal; open it instead.").fill(folder))
        if folder.exists() and not folder.is_dir():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Portal", "%1 is a file, not a folder.").fill(folder))
        if folder.exists() and any(folder.iterdir()):
            raise InvalidInputError(QT_TRANSLATE_NOOP(
                "Portal", "%1 is not empty. Create a portal in a new or empty folder."
            ).fill(folder))
        made_folder = not folder.exists()
        folder.mkdir(parents=True, exist_ok=True)
        portal = cls(folder, writable=True)
        try:
            portal._lock.acquire()
            session = portal.users.create_first_administrator(admin_name, admin_password)
            portal.store.create({admin_name: session.private_key.public_key()})
            from portal_manager.mfa.defaults import default_config
            from portal_manager.mfa.document import config_to_json

            portal.general = general
            portal.security = default_config(general)
            portal._security_file.save(config_to_json(portal.security))
            # The General file goes last: its presence is what makes the folder a portal.
            portal._general_file.save(general.to_json())
            portal.audit.record(admin_name, "portal.created", name=general.name,
                                administrator=admin_name)
        except BaseException:
            portal._remove_partial_portal(remove_folder=made_folder)
            raise
        return portal

    def _remove_partial_portal(self, *, remove_folder: bool) -> None:
        """After a failed create: remove what it wrote (and the folder if it made it), so
        that a new try starts clean."""
        self.close()
        for path in (self._general_file.path, self._security_file.path, self.users.file.path,
                     self.store.path, self.audit.path, self.folder / LOCK_FILE_NAME):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        remove_stale_temporaries(self.folder, PORTAL_FILES)
        if remove_folder:
            with contextlib.suppress(OSError):
                self.folder.rmdir()  # only if empty: never anything that was not ours

    @classmethod
    def open(cls, folder: Path, *, writable: bool = False,
             security_later: bool = False) -> Portal:
        """Open an existing portal; ``writable`` takes the lock against other copies.

        Every file is read and checked before this returns, except, with
        ``security_later``, the Security settings: the desktop app reads those
        with :meth:`load_security` while the login derives its key, so that the
        MFA model is not loaded before the login dialog shows. Whoever passes it
        calls :meth:`load_security` before using the portal (its first use of
        :attr:`security` would otherwise read them, and raise there).
        """
        folder = Path(folder)
        if not (folder / GENERAL_FILE).exists():
            raise PortalManagerError(QT_TRANSLATE_NOOP(
                "Portal", "%1 is not a portal folder (it has no %2). "
                "Create one with 'portal-manager init'.").fill(folder, GENERAL_FILE))
        portal = cls(folder, writable=writable)
        if writable:
            portal._lock.acquire()
        try:
            if writable:
                # A save killed before its os.replace leaves a temporary file that is a
                # complete copy (of the store, say): ours to remove while we hold the lock.
                remove_stale_temporaries(folder, PORTAL_FILES)
            portal._load()
            if not security_later:
                portal.load_security()
        except BaseException:
            portal.close()
            raise
        return portal

    def _load(self) -> None:
        self.users.load()
        body = self._general_file.load()
        try:
            self.general = GeneralSettings.from_json(body)
        except InvalidInputError as error:
            raise CorruptFileError(self._general_file.path, error.args[0]) from None

    @property
    def store(self) -> LoginInformationStore:
        """The login information store (its module is loaded on first use)."""
        if self._store is None:
            from portal_manager.vault.store import LoginInformationStore

            self._store = LoginInformationStore(self.folder)
        return self._store

    @property
    def audit(self) -> AuditTrail:
        """The audit trail (its module is loaded on first use)."""
        if self._audit is None:
            from portal_manager.audit.trail import AuditTrail

            self._audit = AuditTrail(self.folder)
        return self._audit

    def _store_newer_format_reason(self) -> str | None:
        # Read once, when first asked: the reason is asked for on every refresh and save.
        # (Only a newer format is a reason; a damaged store is said when it is opened.)
        if not self._store_checked:
            self._store_read_only_reason = self.store.newer_format_reason()
            self._store_checked = True
        return self._store_read_only_reason

    def load_security(self) -> None:
        """Read and check the Security settings, once (see :meth:`open`)."""
        if self._security is not None:
            return
        from portal_manager.mfa.document import config_from_json

        body = self._security_file.load()
        newer = self._security_file.read_only_reason is not None
        config, findings = config_from_json(body, allow_unknown=newer)
        if config is None:
            raise CorruptFileError(self._security_file.path, QT_TRANSLATE_NOOP(
                "Portal", "has unreadable Security settings:\n%1\n"
                "Restore it from a backup or correct it by hand."
            ).fill(bullet_lines([str(finding) for finding in findings])))
        self._security = config

    @property
    def security(self) -> MfaConfig:
        """The saved Security settings (read on first use after ``security_later``)."""
        self.load_security()
        return self._security

    @security.setter
    def security(self, config: MfaConfig) -> None:
        self._security = config

    def close(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Portal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------------------

    @property
    def read_only_reason(self) -> str | None:
        """Why this portal cannot be changed here, or None when it can."""
        for file in self._files():
            if file.read_only_reason:
                return _named_file(file.path.name, file.read_only_reason)
        if store_reason := self._store_newer_format_reason():
            return _named_file(self.store.path.name, store_reason)
        if not self._writable:
            return QT_TRANSLATE_NOOP("Portal", "The portal was opened read-only.")
        return None

    def _files(self) -> tuple[VersionedJsonFile, ...]:
        self.load_security()  # a newer format is known once the file has been read
        return (self._general_file, self._security_file, self.users.file)

    def findings(self) -> list[Finding]:
        """The saved settings' findings, with a provider that is not installed here."""
        from portal_manager.app.providers import missing_provider_findings
        from portal_manager.mfa.validation import validate_config

        return (validate_config(self.security, self.general)
                + missing_provider_findings(self.security))

    def login(self, name: str, password: str, *, repairing_key: bool = False,
              meanwhile: Callable[[], object] = lambda: None) -> Session:
        """Log in; ``meanwhile`` runs while the password's key is derived (UserDirectory.login)."""
        return self.users.login(name, password, repairing_key=repairing_key, meanwhile=meanwhile)

    # -- saving ----------------------------------------------------------------------------

    def require_change(self, session: Session | None, action: str | None) -> None:
        """Before any change: who may make it, that the portal may be written, and that
        the audit trail can record it.

        ``action`` completes "Only members of Administrators may …"; None
        means any logged-in user may (their own password).
        """
        if action is None:
            self.users.require_user(session)
        else:
            self.users.require_admin(session, action)
        self._check_writable()
        # Refuse before anything is written when the change could not be recorded.
        self.audit.check_appendable()

    def _check_writable(self) -> None:
        for file in self._files():
            if file.read_only_reason:
                raise NewerFormatError(file.path, file.read_only_reason)
        if store_reason := self._store_newer_format_reason():
            raise NewerFormatError(self.store.path, store_reason)
        if not self._writable:
            raise PortalManagerError(QT_TRANSLATE_NOOP(
                "Portal", "The portal %1 was opened read-only.").fill(self.folder))

    # -- Portal properties: one draft of General + Security, checked and saved together --------

    def draft(self) -> PortalDraft:
        """What Portal properties start from: the saved General and Security settings."""
        return PortalDraft(self.general, self.security)

    def check(self, draft: PortalDraft, session: Session | None) -> list[Finding]:
        """Every finding of ``draft``: General problems, the Security settings checked
        against the draft's General settings, and API keys naming no store entry.

        Findings of kind INVALID block saving; INCOMPLETE ones block activation only
        (a provider not installed here is one: the portal may be used elsewhere).
        """
        from portal_manager.app.providers import missing_provider_findings
        from portal_manager.mfa.validation import Finding, FindingKind, validate_config

        findings = [
            Finding(None, f"general.{field}", None, FindingKind.INVALID, "general_invalid",
                    problem)
            for field, problem in draft.general.problems_by_field()
        ]
        findings += validate_config(draft.security, draft.general)
        findings += missing_provider_findings(draft.security)
        if session is not None and self.users.is_admin(session.user_name):
            findings += self.unknown_api_keys(draft.security, session)
        return findings

    def save_properties(self, draft: PortalDraft, session: Session | None) -> None:
        """Check ``draft`` as a whole and save it; nothing is written if anything is invalid.

        Security is written before General: a crash in between leaves texts of
        a new language unused (shown as findings), never a portal that cannot
        be opened. One audit record lists every change.
        """
        from portal_manager.mfa.document import config_to_json, settings_changes
        from portal_manager.mfa.validation import invalid_findings

        self.require_change(session, QT_TRANSLATE_NOOP("Portal", "change the portal settings"))
        problems = invalid_findings(self.check(draft, session))
        if problems:
            raise ConfigurationInvalidError(
                QT_TRANSLATE_NOOP("Portal", "The portal settings were not saved:"), problems)
        security_changes = settings_changes(self.security, draft.security)
        general_changed = draft.general != self.general
        if not security_changes and not general_changed:
            return
        old_general = self.general
        if security_changes:
            self._security_file.save(config_to_json(draft.security))
            self.security = draft.security
        if general_changed:
            self._general_file.save(draft.general.to_json())
            self.general = draft.general
        general = {"old": old_general.to_json(), "new": draft.general.to_json()}
        changes = [{"field": name, "old": old, "new": new} for name, old, new in security_changes]
        if not general_changed:
            self.audit.record(session.user_name, "security.changed", changes=changes)
        elif not security_changes:
            self.audit.record(session.user_name, "general.changed", **general)
        else:
            self.audit.record(session.user_name, "properties.changed", general=general,
                              changes=changes)

    def save_security(self, config: MfaConfig, session: Session | None) -> None:
        """Save new Security settings with the current General settings."""
        self.save_properties(PortalDraft(self.general, config), session)

    def save_general(self, general: GeneralSettings, session: Session | None) -> None:
        """Save new General settings with the current Security settings."""
        self.save_properties(PortalDraft(general, self.security), session)

    def unknown_api_keys(self, config: MfaConfig, session: Session) -> list[Finding]:
        """API keys must name an entry of the login information store (an administrator's)."""
        from portal_manager.mfa.settings import Service
        from portal_manager.mfa.validation import Finding, FindingKind

        self.users.require_admin(
            session, QT_TRANSLATE_NOOP("Store", "open the login information store"))
        chosen = {
            service: config.service(service).api_key
            for service in (Service.SMS, Service.VOICE)
            if config.service(service).api_key
        }
        if not chosen:
            return []
        entries = self.store.unlock(session.user_name, session.private_key).entries
        return [
            Finding(service, "api_key", None, FindingKind.INVALID, "api_key_unknown",
                    # Not quoted: the value may be a pasted key rather than a name.
                    QT_TRANSLATE_NOOP(
                        "Portal", "The API key names no entry of the login information "
                        "store. Choose an existing entry or add one first."))
            for service, name in chosen.items()
            if name not in entries
        ]


def _named_file(name: str, reason: str) -> str:
    """A file's reason (completing "<file> …") as a sentence that names the file."""
    return QT_TRANSLATE_NOOP("Portal", "%1 %2").fill(name, reason)
