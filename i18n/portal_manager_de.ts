<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Application</name>
    <message>
        <location filename="../portal_manager/ui/application.py" line="48" />
        <location filename="../portal_manager/ui/application.py" line="68" />
        <source>Portal Manager</source>
        <translation>Portal Manager</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="48" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="49" />
        <source>&amp;Remove language</source>
        <translation>Sprache &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="67" />
        <source>Portal &amp;name:</source>
        <translation>Portal&amp;name:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="68" />
        <source>Portal &amp;languages:</source>
        <translation>Portal&amp;sprachen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="71" />
        <source>Add a lan&amp;guage:</source>
        <translation>Sprache hin&amp;zufügen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="74" />
        <source>&amp;Default language:</source>
        <translation>&amp;Standardsprache:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="172" />
        <source>The default language cannot be removed; choose another default first.</source>
        <translation>Die Standardsprache kann nicht entfernt werden; wählen Sie zuerst eine andere Standardsprache.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="27" />
        <source>Log in to %1</source>
        <translation>Anmelden bei %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="36" />
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="37" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="41" />
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="55" />
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="154" />
        <source>%1 — Portal Manager</source>
        <translation>%1 — Portal Manager</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="102" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="85" />
        <source>Portal &amp;properties…</source>
        <translation>Portal&amp;eigenschaften…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="89" />
        <source>&amp;Login information store…</source>
        <translation>&amp;Anmeldeinformationsspeicher…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="92" />
        <source>The login information store dialog comes with the next version; use 'portal-manager vault' until then.</source>
        <translation>Der Dialog für den Anmeldeinformationsspeicher kommt mit der nächsten Version; bis dahin 'portal-manager vault' verwenden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="95" />
        <source>&amp;Users and groups…</source>
        <translation>&amp;Benutzer und Gruppen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="97" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Änderungsprotokoll…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="99" />
        <source>&amp;About Portal Manager</source>
        <translation>Ü&amp;ber Portal Manager</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="107" />
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="112" />
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="115" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="117" />
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="146" />
        <source>About Portal Manager</source>
        <translation>Über Portal Manager</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="147" />
        <source>Portal Manager %1

Configure multi-factor authentication for a web portal: an authenticator app, SMS and voice call codes.</source>
        <translation>Portal Manager %1

Mehr-Faktor-Authentifizierung für ein Webportal einrichten: Authentifizierungs-App, Codes per SMS und Sprachanruf.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="156" />
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="171" />
        <source>Only members of Administrators can manage users.</source>
        <translation>Nur Mitglieder der Gruppe Administrators können Benutzer verwalten.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="64" />
        <source>Security: multi-factor authentication</source>
        <translation>Sicherheit: Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="158" />
        <source>Languages: %1 (default: %2)</source>
        <translation>Sprachen: %1 (Standard: %2)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="160" />
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="165" />
        <source>You are logged in as %1, who is not a member of Administrators: the Security settings are shown read-only.</source>
        <translation>Sie sind als %1 angemeldet, kein Mitglied der Gruppe Administrators: Die Sicherheitseinstellungen werden nur zum Lesen angezeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="179" />
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>PortalPropertiesDialog</name>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="57" />
        <source>Portal properties — %1</source>
        <translation>Portaleigenschaften — %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="64" />
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="64" />
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="65" />
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="109" />
        <source>You are logged in as %1, who is not a member of Administrators: the portal properties are shown read-only.</source>
        <translation>Sie sind als %1 angemeldet und damit kein Mitglied der Gruppe Administrators: Die Portaleigenschaften werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="149" />
        <source>Nothing was saved: correct the marked problems.</source>
        <translation>Es wurde nichts gespeichert: Beheben Sie die markierten Probleme.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="170" />
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="171" />
        <source>%1 still has its own texts (messages or sender names). Removing the language drops them when you click OK. Remove it?</source>
        <translation>%1 hat noch eigene Texte (Nachrichten oder Absendernamen). Wenn Sie die Sprache entfernen, werden diese Texte beim Klick auf OK verworfen. Entfernen?</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="40" />
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="43" />
        <source>%1 activated</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="45" />
        <source>Configure…</source>
        <translation>Konfigurieren…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="48" />
        <source>Configure %1</source>
        <translation>%1 konfigurieren</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="73" />
        <source>Multi-factor authentication: users confirm their login with a second factor. A service can be activated once its configuration is complete.</source>
        <translation>Mehr-Faktor-Authentifizierung: Benutzer bestätigen ihre Anmeldung mit einem zweiten Faktor. Ein Dienst kann aktiviert werden, sobald seine Konfiguration vollständig ist.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="94" />
        <source>This dialog comes with the next version of Portal Manager. Until then, use 'portal-manager mfa export' and 'mfa import'.</source>
        <translation>Dieser Dialog kommt mit der nächsten Version von Portal Manager. Bis dahin 'portal-manager mfa export' und 'mfa import' verwenden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="137" />
        <source>Can be activated once the configuration is complete: %1</source>
        <translation>Kann aktiviert werden, sobald die Konfiguration vollständig ist: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="140" />
        <source>Only administrators can change this.</source>
        <translation>Nur Administratoren können dies ändern.</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="18" />
        <source>Authentication app (QR code)</source>
        <translation>Authentifizierungs-App (QR-Code)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="20" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="21" />
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="29" />
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="30" />
        <source>Activated, but the configuration is incomplete</source>
        <translation>Aktiviert, aber die Konfiguration ist unvollständig</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="32" />
        <source>Activated, but the configuration has errors</source>
        <translation>Aktiviert, aber die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="36" />
        <source>Deactivated — ready to activate</source>
        <translation>Deaktiviert — bereit zur Aktivierung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="37" />
        <source>Deactivated — the configuration is incomplete</source>
        <translation>Deaktiviert — die Konfiguration ist unvollständig</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="39" />
        <source>Deactivated — the configuration has errors</source>
        <translation>Deaktiviert — die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="59" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="34" />
        <source>Set up your portal</source>
        <translation>Portal einrichten</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="38" />
        <source>Portal Manager keeps a portal's settings in a folder. Name the portal, choose the languages it offers and create its first administrator.</source>
        <translation>Portal Manager speichert die Einstellungen eines Portals in einem Ordner. Geben Sie dem Portal einen Namen, wählen Sie die angebotenen Sprachen und legen Sie den ersten Administrator an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="44" />
        <source>e.g. Acme Customer Portal</source>
        <translation>z. B. Acme Kundenportal</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="68" />
        <source>Portal &amp;name:</source>
        <translation>Portal&amp;name:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="69" />
        <source>Portal &amp;languages:</source>
        <translation>Portal&amp;sprachen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="70" />
        <source>&amp;Default language:</source>
        <translation>S&amp;tandardsprache:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="71" />
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="72" />
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="73" />
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="78" />
        <source>Create portal</source>
        <translation>Portal anlegen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="132" />
        <source>Enter the portal name.</source>
        <translation>Geben Sie den Portalnamen ein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="134" />
        <source>Choose at least one language.</source>
        <translation>Wählen Sie mindestens eine Sprache.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="144" />
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
</TS>