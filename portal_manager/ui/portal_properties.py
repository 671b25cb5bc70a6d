"""Portal properties: a page list (General, Security) and one save for everything.

The dialog builds one draft of both pages, asks the core once to check it,
opens the first page with a problem, and asks the core once to save it
(STYLE.md "One contract per settings page, one save per dialog"). Nothing is
written before OK, so Cancel needs no roll-back.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from portal_manager.app.portal import Portal, PortalDraft
from portal_manager.app.providers import installed_providers, missing_provider_findings
from portal_manager.errors import PortalManagerError
from portal_manager.mfa.language_texts import languages_with_texts
from portal_manager.mfa.settings import MfaConfig, Service
from portal_manager.mfa.validation import Finding, FindingKind, validate_config
from portal_manager.ui.feedback import FeedbackLevel, apply_state_colour, feedback_label
from portal_manager.ui.general_page import GeneralPage
from portal_manager.ui.security_page import SecurityPage
from portal_manager.ui.service_texts import language_name
from portal_manager.ui.text import error_text, fill
from portal_manager.users.directory import Session


class Page(IntEnum):
    GENERAL = 0
    SECURITY = 1


def page_of(finding: Finding) -> Page:
    return Page.GENERAL if finding.service is None and finding.field.startswith("general.") else (
        Page.SECURITY)


class PortalPropertiesDialog(QDialog):
    """General + Security of one portal; ``saved`` is emitted after a successful save."""

    saved = Signal()

    def __init__(self, portal: Portal, session: Session, parent: QWidget | None = None,
                 *, page: Page = Page.GENERAL) -> None:
        super().__init__(parent)
        self.setObjectName("portalPropertiesDialog")
        self.setWindowTitle(fill(self.tr("Portal properties — %1"), portal.general.name))
        self.portal = portal
        self.session = session
        self._removed_languages: set[str] = set()
        self.read_only_reason = self._read_only_reason()

        self.pageList = QListWidget(objectName="pageList")
        self.pageList.addItems([self.tr("General"), self.tr("Security")])
        self.pageList.setAccessibleName(self.tr("Pages"))
        self.pageList.setMaximumWidth(160)
        self.generalPage = GeneralPage(self._confirm_language_removal)
        # Read once: the installed plug-ins do not change while the dialog is open.
        self._installed_providers = installed_providers()
        self.securityPage = SecurityPage(self._check_security, self._configure)
        self.stack = QStackedWidget(objectName="pageStack")
        self.stack.addWidget(self.generalPage)
        self.stack.addWidget(self.securityPage)
        self.pageList.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.noticeLabel = QLabel(objectName="readOnlyNotice")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setText(self.read_only_reason or "")
        self.noticeLabel.setVisible(bool(self.read_only_reason))
        apply_state_colour(self.noticeLabel, FeedbackLevel.WARNING)
        self.errorLabel = feedback_label("saveErrorLabel", FeedbackLevel.ERROR)
        self.errorLabel.setVisible(False)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Close if self.read_only_reason else
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        pages = QHBoxLayout()
        pages.addWidget(self.pageList)
        pages.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.noticeLabel)
        layout.addLayout(pages, 1)
        layout.addWidget(self.errorLabel)
        layout.addWidget(self.buttons)

        self.generalPage.load(portal.general)
        self.securityPage.load(portal.security)
        self.generalPage.edited.connect(self.securityPage.refresh)
        for widget_page in (self.generalPage, self.securityPage):
            widget_page.set_read_only(bool(self.read_only_reason))
        self.open_page(page)
        self.resize(760, 520)

    def _read_only_reason(self) -> str | None:
        if not self.portal.users.is_admin(self.session.user_name):
            return fill(self.tr(
                "You are logged in as %1, who is not a member of Administrators: the portal "
                "properties are shown read-only."), self.session.user_name)
        return self.portal.read_only_reason

    # -- the draft ------------------------------------------------------------------------------

    def draft(self) -> PortalDraft:
        """Every page's value, without the texts of languages removed in this dialog."""
        draft = PortalDraft(self.generalPage.value(), self.securityPage.value())
        removed = self._removed_languages - set(draft.general.languages)
        return draft.without_language_texts(removed) if removed else draft

    def _check_security(self, config: MfaConfig) -> list[Finding]:
        removed = self._removed_languages - set(self.generalPage.languages())
        draft = PortalDraft(self.generalPage.value(), config)
        if removed:
            draft = draft.without_language_texts(removed)
        return (validate_config(draft.security, draft.general)
                + missing_provider_findings(draft.security, self._installed_providers))

    def open_page(self, page: Page) -> None:
        self.pageList.setCurrentRow(int(page))

    @property
    def current_page(self) -> Page:
        return Page(self.stack.currentIndex())

    # -- OK -------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.read_only_reason:
            super().accept()
            return
        draft = self.draft()
        try:
            findings = self.portal.check(draft, self.session)
            problems = [finding for finding in findings if finding.kind is FindingKind.INVALID]
            if problems:
                self.generalPage.show_findings(findings)
                self.securityPage.show_findings(findings)
                self.open_page(page_of(problems[0]))
                self._show_error(self.tr("Nothing was saved: correct the marked problems."))
                return
            self.portal.save_properties(draft, self.session)
        except PortalManagerError as error:
            self._show_error(error_text(error))
            return
        self.saved.emit()
        super().accept()

    def _show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.setVisible(True)

    # -- asked by the pages ---------------------------------------------------------------------

    def _confirm_language_removal(self, code: str) -> bool:
        """Removing a language that still has texts drops them, once the person agrees."""
        if code not in languages_with_texts(self.securityPage.value()):
            self._removed_languages.add(code)
            return True
        answer = QMessageBox.question(
            self, self.tr("Remove language"),
            fill(self.tr("%1 still has its own texts (messages or sender names). Removing the "
                         "language drops them when you click OK. Remove it?"),
                 language_name(code)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self._removed_languages.add(code)
        self.securityPage.refresh()
        return True

    def _configure(self, service: Service, config: MfaConfig) -> MfaConfig | None:
        """Open the service's own dialog; the changed configuration, or None."""
        read_only = bool(self.read_only_reason)
        general = self.generalPage.value()
        # Imported when first needed: the dialogs pull in QR rendering and the editor.
        if service is Service.AUTHENTICATOR_APP:
            from portal_manager.ui.authenticator_dialog import AuthenticatorAppDialog

            dialog = AuthenticatorAppDialog(config.authenticator_app, general.name,
                                            read_only=read_only, parent=self)
        else:
            from portal_manager.ui.message_dialogs import configure_dialog

            dialog = configure_dialog(service, self.portal, self.session, config, general,
                                      read_only=read_only, parent=self)
        try:
            dialog.show_findings([finding for finding in self._check_security(config)
                                  if finding.service is service])
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            settings = dialog.value()
        finally:
            # Deleted by Qt with its children and their queued work, instead of living on
            # as a child of this dialog (or dying at some later garbage collection).
            dialog.deleteLater()
        if not accepted or read_only:
            return None
        return config.with_service(service, settings)
