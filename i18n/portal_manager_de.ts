<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>Application</name>
    <message>
      <location filename="../portal_manager/ui/application.py" line="36" />
      <location filename="../portal_manager/ui/application.py" line="50" />
      <source>Portal Manager</source>
      <translation>Portal Manager</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="25" />
      <source>%1 — Portal Manager</source>
      <translation>%1 — Portal Manager</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="27" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="30" />
      <source>&amp;Portal</source>
      <translation>&amp;Portal</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="45" />
      <source>Security: multi-factor authentication</source>
      <translation>Sicherheit: Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="61" />
      <source>Authentication app (QR code)</source>
      <translation>Authentifizierungs-App (QR-Code)</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="62" />
      <source>SMS</source>
      <translation>SMS</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="63" />
      <source>Voice call</source>
      <translation>Sprachanruf</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="71" />
      <source>Languages: %1 (default: %2)</source>
      <translation>Sprachen: %1 (Standard: %2)</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="84" />
      <source>Activated</source>
      <translation>Aktiviert</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="86" />
      <source>Deactivated — ready to activate</source>
      <translation>Deaktiviert — bereit zur Aktivierung</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="88" />
      <source>Deactivated — the configuration has errors</source>
      <translation>Deaktiviert — die Konfiguration enthält Fehler</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/main_window.py" line="90" />
      <source>Deactivated — the configuration is incomplete</source>
      <translation>Deaktiviert — die Konfiguration ist unvollständig</translation>
    </message>
  </context>
  <context>
    <name>SetupDialog</name>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="30" />
      <source>Set up your portal</source>
      <translation>Portal einrichten</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="34" />
      <source>Portal Manager keeps a portal's settings in a folder. Name the portal and choose the languages it offers; you can change both later.</source>
      <translation>Portal Manager speichert die Einstellungen eines Portals in einem Ordner. Geben Sie dem Portal einen Namen und wählen Sie die angebotenen Sprachen; beides lässt sich später ändern.</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="40" />
      <source>e.g. Acme Customer Portal</source>
      <translation>z. B. Acme Kundenportal</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="57" />
      <source>Portal &amp;name:</source>
      <translation>Portal&amp;name:</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="58" />
      <source>Portal &amp;languages:</source>
      <translation>Portal&amp;sprachen:</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="59" />
      <source>&amp;Default language:</source>
      <translation>&amp;Standardsprache:</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="64" />
      <source>Create portal</source>
      <translation>Portal anlegen</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="110" />
      <source>Enter the portal name.</source>
      <translation>Geben Sie den Portalnamen ein.</translation>
    </message>
    <message>
      <location filename="../portal_manager/ui/setup_dialog.py" line="112" />
      <source>Choose at least one language.</source>
      <translation>Wählen Sie mindestens eine Sprache.</translation>
    </message>
  </context>
</TS>