<?xml version="1.0" encoding="utf-8"?>
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
      <location filename="../portal_manager/ui/main_window.py" line="29" />
      <source>%1 — Portal Manager</source>
      <translation>%1 — Portal Manager</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="31" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="34" />
      <source>&amp;Portal</source>
      <translation>&amp;Portal</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="49" />
      <source>Security: multi-factor authentication</source>
      <translation>Sicherheit: Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="65" />
      <source>Authentication app (QR code)</source>
      <translation>Authentifizierungs-App (QR-Code)</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="66" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="67" />
      <source>Voice call</source>
      <translation>Sprachanruf</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="74" />
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="82" />
      <source>Languages: %1 (default: %2)</source>
      <translation>Sprachen: %1 (Standard: %2)</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="89" />
      <source>You are logged in as %1, who is not a member of Administrators: the Security settings are shown read-only.</source>
      <translation>Sie sind als %1 angemeldet, kein Mitglied der Gruppe Administrators: Die Sicherheitseinstellungen werden nur zum Lesen angezeigt.</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="100" />
      <source>Activated</source>
      <translation>Aktiviert</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="102" />
      <source>Deactivated — ready to activate</source>
      <translation>Deaktiviert — bereit zur Aktivierung</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="104" />
      <source>Deactivated — the configuration has errors</source>
      <translation>Deaktiviert — die Konfiguration enthält Fehler</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="106" />
      <source>Deactivated — the configuration is incomplete</source>
      <translation>Deaktiviert — die Konfiguration ist unvollständig</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="109" />
      <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
      <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
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