<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddPlaceholderButton</name>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="45"/>
        <source>Add &amp;placeholder</source>
        <translation>&amp;Platzhalter einfügen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="48"/>
        <source>Inserts a placeholder at the cursor. ${OTPDIGIT[i]} (one digit of the code) is typed by hand.</source>
        <translation>Fügt einen Platzhalter an der Schreibmarke ein. ${OTPDIGIT[i]} (eine Ziffer des Codes) wird von Hand eingetippt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="88"/>
        <source>%1 — Recommended: %2, e.g. %3</source>
        <translation>%1 — Empfohlen: %2, z. B. %3</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="91"/>
        <source>%1 — %2, e.g. %3</source>
        <translation>%1 — %2, z. B. %3</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="92"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="97"/>
        <source>the code as one number</source>
        <translation>der Code als eine Zahl</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="98"/>
        <source>the digits separated by spaces, read one by one</source>
        <translation>die Ziffern durch Leerzeichen getrennt, einzeln vorgelesen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="99"/>
        <source>the code in groups of three or four digits</source>
        <translation>der Code in Gruppen zu drei oder vier Ziffern</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="101"/>
        <source>the digits separated by colons, so speech reads each digit</source>
        <translation>die Ziffern durch Doppelpunkte getrennt, damit die Sprachausgabe jede Ziffer liest</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="102"/>
        <source>the sender name in the message&apos;s language</source>
        <translation>der Absendername in der Sprache der Nachricht</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/placeholder_menu.py" line="103"/>
        <source>when the message was made, in UTC</source>
        <translation>wann die Nachricht erstellt wurde, in UTC</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="82"/>
        <location filename="../portal_manager/ui/users_dialog.py" line="96"/>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="86"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="88"/>
        <source>Member of &amp;Administrators</source>
        <translation>Mitglied von &amp;Administrators</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="91"/>
        <source>Administrators change the Security settings, manage users and can open the login information store.</source>
        <translation>Administratoren ändern die Sicherheitseinstellungen, verwalten Benutzer und können den Anmeldeinformationsspeicher öffnen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="120"/>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
</context>
<context>
    <name>ApiKeyField</name>
    <message>
        <location filename="../portal_manager/ui/api_key_field.py" line="48"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/api_key_field.py" line="50"/>
        <source>Select login &amp;information…</source>
        <translation>Anmelde&amp;information auswählen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/api_key_field.py" line="98"/>
        <source>(none chosen)</source>
        <translation>(keine ausgewählt)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/api_key_field.py" line="100"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../portal_manager/ui/application.py" line="118"/>
        <source>Portal Manager</source>
        <translation>Portal Manager</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="70"/>
        <source>Move it aside; Portal Manager then starts a new audit trail.</source>
        <translation>Verschieben Sie die Datei an einen anderen Ort; Portal Manager beginnt dann ein neues Änderungsprotokoll.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="72"/>
        <source>is a symbolic link; the audit trail is never followed through a link. Replace the link with a regular file (or move it aside to start a new trail).</source>
        <translation>ist eine symbolische Verknüpfung; dem Änderungsprotokoll wird nie über eine Verknüpfung gefolgt. Ersetzen Sie die Verknüpfung durch eine normale Datei (oder verschieben Sie sie, um ein neues Protokoll zu beginnen).</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="84"/>
        <source>The record&apos;s field &quot;%1&quot; holds control or invisible characters.</source>
        <translation>Das Feld „%1“ des Eintrags enthält Steuerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="108"/>
        <source>the record</source>
        <translation>der Datensatz</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="134"/>
        <source>was written by a newer Portal Manager; only the records this version understands are listed. Update Portal Manager to see them all.</source>
        <translation>wurde von einem neueren Portal Manager geschrieben; nur die Einträge, die diese Version versteht, werden aufgeführt. Aktualisieren Sie Portal Manager, um alle zu sehen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="139"/>
        <source>does not start with its header line %1; its records are listed anyway.</source>
        <translation>beginnt nicht mit ihrer Kopfzeile %1; ihre Einträge werden trotzdem aufgeführt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="149"/>
        <source>line %1 is damaged and was skipped.</source>
        <translation>die Zeile %1 ist beschädigt und wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="153"/>
        <source>lines %1 and %2 more are damaged and were skipped.</source>
        <translation>die Zeilen %1 und %2 weitere sind beschädigt und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="155"/>
        <source>lines %1 are damaged and were skipped.</source>
        <translation>die Zeilen %1 sind beschädigt und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="320"/>
        <source>The change was saved, but its audit record could not be written to %1: the file %2</source>
        <translation>Die Änderung wurde gespeichert, aber ihr Eintrag im Änderungsprotokoll konnte nicht in %1 geschrieben werden: Die Datei %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="325"/>
        <source>The change was saved, but its audit record could not be written to %1: %2.</source>
        <translation>Die Änderung wurde gespeichert, aber ihr Eintrag im Änderungsprotokoll konnte nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="353"/>
        <source>is not a Portal Manager audit trail. %1</source>
        <translation>ist kein Änderungsprotokoll von Portal Manager. %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="356"/>
        <source>has a header without a valid format version. %1</source>
        <translation>hat eine Kopfzeile ohne gültige Formatversion. %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="359"/>
        <source>was written by a newer Portal Manager (this version writes format version %1), so no record can be added to it. Update Portal Manager to change this portal.</source>
        <translation>wurde von einem neueren Portal Manager geschrieben (diese Version schreibt die Formatversion %1), daher kann kein Eintrag hinzugefügt werden. Aktualisieren Sie Portal Manager, um dieses Portal zu ändern.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="391"/>
        <location filename="../portal_manager/audit/trail.py" line="412"/>
        <source>cannot be read (%1).</source>
        <translation>kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="467"/>
        <source>is not a regular file (a pipe, socket or device). %1</source>
        <translation>ist keine normale Datei (sondern eine Pipe, ein Socket oder ein Gerät). %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="478"/>
        <source>cannot be opened (%1).</source>
        <translation>kann nicht geöffnet werden (%1).</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="483"/>
        <source>is a folder, not a file. %1</source>
        <translation>ist ein Ordner, keine Datei. %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="490"/>
        <source>cannot be opened (%1). Give your user permission to read and write it and to write in its folder.</source>
        <translation>kann nicht geöffnet werden (%1). Geben Sie Ihrem Benutzer die Berechtigung, die Datei zu lesen und zu schreiben und in ihren Ordner zu schreiben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="494"/>
        <source>cannot be opened (%1). Give your user permission to read and write it.</source>
        <translation>kann nicht geöffnet werden (%1). Geben Sie Ihrem Benutzer die Berechtigung, die Datei zu lesen und zu schreiben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="497"/>
        <source>cannot be opened (%1). Give your user permission to read it and to write in its folder.</source>
        <translation>kann nicht geöffnet werden (%1). Geben Sie Ihrem Benutzer die Berechtigung, die Datei zu lesen und in ihren Ordner zu schreiben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/audit/trail.py" line="500"/>
        <source>cannot be opened (%1). Give your user permission to read it.</source>
        <translation>kann nicht geöffnet werden (%1). Geben Sie Ihrem Benutzer die Berechtigung, die Datei zu lesen.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="102"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="102"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="102"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="102"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="122"/>
        <source>%1 (UTC)</source>
        <translation>%1 (UTC)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="127"/>
        <source>Portal created</source>
        <translation>Portal angelegt</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="128"/>
        <source>General settings changed</source>
        <translation>Allgemeine Einstellungen geändert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="129"/>
        <source>Security settings changed</source>
        <translation>Sicherheitseinstellungen geändert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="130"/>
        <source>Portal properties changed</source>
        <translation>Portaleigenschaften geändert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="131"/>
        <source>User added</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="132"/>
        <source>User removed</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="133"/>
        <source>Made administrator</source>
        <translation>Zum Administrator gemacht</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="134"/>
        <source>Removed from Administrators</source>
        <translation>Aus Administrators entfernt</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="135"/>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="136"/>
        <source>Login information store re-keyed</source>
        <translation>Anmeldeinformationsspeicher neu verschlüsselt</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="137"/>
        <source>Login information added</source>
        <translation>Anmeldeinformation hinzugefügt</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="138"/>
        <source>Login information changed</source>
        <translation>Anmeldeinformation geändert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="139"/>
        <source>Login information deleted</source>
        <translation>Anmeldeinformation gelöscht</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="156"/>
        <location filename="../portal_manager/ui/audit_viewer.py" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="178"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="182"/>
        <location filename="../portal_manager/ui/audit_viewer.py" line="188"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="184"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="184"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="186"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="209"/>
        <source>Audit trail</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="219"/>
        <source>user, action, field or value</source>
        <translation>Benutzer, Aktion, Feld oder Wert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="220"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="222"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="239"/>
        <source>Saved changes, newest first</source>
        <translation>Gespeicherte Änderungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/audit_viewer.py" line="291"/>
        <source>Records shown: %1 of %2</source>
        <translation>Angezeigte Einträge: %1 von %2</translation>
    </message>
</context>
<context>
    <name>AuthenticatorAppDialog</name>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="56"/>
        <source>Authentication app — %1</source>
        <translation>Authentifizierungs-App — %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="133"/>
        <source>Use &amp;portal name</source>
        <translation>&amp;Portalnamen verwenden</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="135"/>
        <source>The issuer follows the portal name again when it is changed in General.</source>
        <translation>Der Aussteller folgt wieder dem Portalnamen, wenn dieser unter Allgemein geändert wird.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="147"/>
        <source>Ad&amp;vanced settings</source>
        <translation>&amp;Erweiterte Einstellungen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="172"/>
        <source>Some apps, e.g. Google Authenticator, ignore these settings and use 6 digits, 30 seconds, SHA1.</source>
        <translation>Manche Apps, z. B. Google Authenticator, ignorieren diese Einstellungen und verwenden 6 Ziffern, 30 Sekunden, SHA1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="180"/>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="181"/>
        <source>&amp;Digits:</source>
        <translation>&amp;Ziffern:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="182"/>
        <source>P&amp;eriod:</source>
        <translation>&amp;Intervall:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="183"/>
        <source>A&amp;lgorithm:</source>
        <translation>A&amp;lgorithmus:</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="188"/>
        <source>%n digits</source>
        <translation>
            <numerusform>%n Ziffer</numerusform>
            <numerusform>%n Ziffern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="190"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="194"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="200"/>
        <source>These settings are read-only here: you can look at them but not change them. Only members of Administrators can change them.</source>
        <translation>Diese Einstellungen sind hier schreibgeschützt: Sie können sie ansehen, aber nicht ändern. Nur Mitglieder der Gruppe Administrators können sie ändern.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="204"/>
        <source>The issuer is the name under which the portal&apos;s accounts appear in the authentication app.</source>
        <translation>Der Aussteller ist der Name, unter dem die Konten des Portals in der Authentifizierungs-App erscheinen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="289"/>
        <source>Follows the portal name from General.</source>
        <translation>Folgt dem Portalnamen unter Allgemein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="290"/>
        <source>Set here; no longer follows the portal name.</source>
        <translation>Hier festgelegt; folgt nicht mehr dem Portalnamen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="298"/>
        <source>Shown in the app as: %1 (%2)</source>
        <translation>In der App angezeigt als: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CoreWarnings</name>
    <message>
        <location filename="../portal_manager/ui/core_warnings.py" line="58"/>
        <source>Portal Manager</source>
        <translation>Portal Manager</translation>
    </message>
</context>
<context>
    <name>EnrolmentTestGroup</name>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="75"/>
        <source>Test enrolment (for testers)</source>
        <translation>Testregistrierung (für Tester)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="113"/>
        <source>The issuer and the account name are too long for a QR code. Shorten one of them.</source>
        <translation>Aussteller und Kontoname sind zu lang für einen QR-Code. Kürzen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="131"/>
        <source>Show &amp;again</source>
        <translation>&amp;Erneut anzeigen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="151"/>
        <source>The settings changed. Show a new QR code to test them.</source>
        <translation>Die Einstellungen haben sich geändert. Zeigen Sie einen neuen QR-Code an, um sie zu testen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="169"/>
        <source>The QR code and the secret are hidden. Show a new one to test again.</source>
        <translation>QR-Code und Geheimnis sind ausgeblendet. Zeigen Sie einen neuen an, um erneut zu testen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="173"/>
        <source>Hides in %1</source>
        <translation>Wird ausgeblendet in %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="182"/>
        <source>&amp;Show QR code</source>
        <translation>QR-Code anzei&amp;gen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="189"/>
        <source>QR code for the authentication app</source>
        <translation>QR-Code für die Authentifizierungs-App</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="197"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="202"/>
        <source>Secre&amp;t (for typing):</source>
        <translation>&amp;Geheimnis (zum Abtippen):</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="219"/>
        <source>Test &amp;account:</source>
        <translation>Test&amp;konto:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="225"/>
        <source>C&amp;ode from the app:</source>
        <translation>C&amp;ode aus der App:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="272"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="273"/>
        <source>Wrong code</source>
        <translation>Falscher Code</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="274"/>
        <source>Already used — wait for the next code</source>
        <translation>Bereits verwendet — warten Sie auf den nächsten Code</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/test_enrolment.py" line="276"/>
        <source>Enter the %n digits the app shows.</source>
        <translation>
            <numerusform>Geben Sie die %n Ziffer ein, die die App anzeigt.</numerusform>
            <numerusform>Geben Sie die %n Ziffern ein, die die App anzeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/test_enrolment.py" line="290"/>
        <source>Paused for %n s after five wrong codes</source>
        <translation>
            <numerusform>Nach fünf falschen Codes für %n s pausiert</numerusform>
            <numerusform>Nach fünf falschen Codes für %n s pausiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/test_enrolment.py" line="296"/>
        <source>You can enter a code again.</source>
        <translation>Sie können wieder einen Code eingeben.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="82"/>
        <source>Edit login information</source>
        <translation>Anmeldeinformation bearbeiten</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="83"/>
        <source>Add login information</source>
        <translation>Anmeldeinformation hinzufügen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="89"/>
        <source>S&amp;how password</source>
        <translation>Passwort an&amp;zeigen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="97"/>
        <source>Unchanged — type to replace</source>
        <translation>Unverändert — zum Ersetzen eintippen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="99"/>
        <source>e.g. sevenApiKey</source>
        <translation>z. B. sevenApiKey</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="102"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="103"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="105"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="141"/>
        <source>Enter a name for the entry.</source>
        <translation>Geben Sie einen Namen für den Eintrag ein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="144"/>
        <source>Enter the password, e.g. the provider&apos;s API key.</source>
        <translation>Geben Sie das Passwort ein, z. B. den API-Schlüssel des Anbieters.</translation>
    </message>
</context>
<context>
    <name>FieldFeedback</name>
    <message>
        <location filename="../portal_manager/ui/feedback.py" line="105"/>
        <location filename="../portal_manager/ui/feedback.py" line="172"/>
        <source>No problem</source>
        <translation>Kein Problem</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../portal_manager/portal/files.py" line="33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="143"/>
        <source>is a folder; give the name of a file in it.</source>
        <translation>ist ein Ordner; geben Sie den Namen einer Datei darin an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="147"/>
        <source>cannot be written (it is read-only).</source>
        <translation>kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="162"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="163"/>
        <source>cannot be written (%1).</source>
        <translation>kann nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="200"/>
        <source>no free temporary file name</source>
        <translation>kein freier Name für eine temporäre Datei</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="234"/>
        <source>is a link, which Portal Manager does not follow. Put the file itself there.</source>
        <translation>ist eine Verknüpfung, der Portal Manager nicht folgt. Legen Sie die Datei selbst dort ab.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="241"/>
        <source>is not a regular file. Put the file itself there.</source>
        <translation>ist keine normale Datei. Legen Sie die Datei selbst dort ab.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="244"/>
        <source>is larger than %1 MiB, far more than Portal Manager writes. Restore it from a backup.</source>
        <translation>ist größer als %1 MiB, weit mehr, als Portal Manager schreibt. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="255"/>
        <source>is larger than %1 MiB.</source>
        <translation>ist größer als %1 MiB.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="261"/>
        <source>cannot be read (%1).</source>
        <translation>kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="290"/>
        <source>is missing. Restore it from a backup.</source>
        <translation>fehlt. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="299"/>
        <source>%1 Restore it from a backup.</source>
        <translation>%1 Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="302"/>
        <source>is not a Portal Manager &quot;%1&quot; file.</source>
        <translation>ist keine Portal-Manager-Datei vom Typ „%1“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="307"/>
        <source>has no valid format version.</source>
        <translation>hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="309"/>
        <source>was written by a newer Portal Manager (format version %1; this version understands up to %2). It is opened read-only; update Portal Manager to change it.</source>
        <translation>wurde von einem neueren Portal Manager geschrieben (Formatversion %1; diese Version versteht bis %2). Sie wird schreibgeschützt geöffnet; aktualisieren Sie Portal Manager, um sie zu ändern.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/files.py" line="322"/>
        <source>was changed on disk since it was loaded (by another program or person). Nothing was saved; reopen the portal to see the change, then make yours again.</source>
        <translation>wurde seit dem Laden auf dem Datenträger geändert (von einem anderen Programm oder einer anderen Person). Es wurde nichts gespeichert; öffnen Sie das Portal erneut, um die Änderung zu sehen, und nehmen Sie Ihre dann noch einmal vor.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="52"/>
        <source>is nested more than %1 levels deep.</source>
        <translation>ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="57"/>
        <source>holds a number with more than %1 digits.</source>
        <translation>enthält eine Zahl mit mehr als %1 Ziffern.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="64"/>
        <source>holds a number that is too long.</source>
        <translation>enthält eine zu lange Zahl.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="67"/>
        <source>holds a number too large to use.</source>
        <translation>enthält eine Zahl, die zu groß ist, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="73"/>
        <source>holds %1, which is not a JSON number.</source>
        <translation>enthält %1, was keine JSON-Zahl ist.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="93"/>
        <source>holds a text longer than %1 characters.</source>
        <translation>enthält einen Text, der länger als %1 Zeichen ist.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="98"/>
        <source>holds a text with an invalid character (a lone surrogate such as \ud800); use real characters.</source>
        <translation>enthält einen Text mit einem ungültigen Zeichen (einem einzelnen Surrogat wie \ud800); verwenden Sie echte Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="110"/>
        <source>has the key &quot;%1&quot; twice in one object; remove one of them.</source>
        <translation>enthält den Schlüssel „%1“ zweimal in einem Objekt; entfernen Sie einen davon.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="122"/>
        <source>is larger than %1 KiB.</source>
        <translation>ist größer als %1 KiB.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="128"/>
        <source>is corrupt (not UTF-8 text).</source>
        <translation>ist beschädigt (kein UTF-8-Text).</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="132"/>
        <source>is empty.</source>
        <translation>ist leer.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="143"/>
        <source>is corrupt or truncated (not valid JSON at line %1, column %2).</source>
        <translation>ist beschädigt oder abgeschnitten (kein gültiges JSON in Zeile %1, Spalte %2).</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="160"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="162"/>
        <source>true/false</source>
        <translation>wahr/falsch</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="164"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="166"/>
        <location filename="../portal_manager/portal/json_input.py" line="206"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="168"/>
        <location filename="../portal_manager/portal/json_input.py" line="231"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="170"/>
        <location filename="../portal_manager/portal/json_input.py" line="189"/>
        <location filename="../portal_manager/portal/json_input.py" line="246"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="171"/>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="176"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="177"/>
        <source>&quot;%1&quot; in %2</source>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="182"/>
        <source>%1: expected %2, found %3.</source>
        <translation>%1: %2 erwartet, %3 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="196"/>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="209"/>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="211"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="221"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="223"/>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="238"/>
        <source>%1: expected a list of texts.</source>
        <translation>%1: eine Liste von Texten erwartet.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="256"/>
        <source>unknown field(s) in %1: %2.</source>
        <translation>unbekannte(s) Feld(er) in %1: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/json_input.py" line="258"/>
        <source>unknown field(s): %1.</source>
        <translation>unbekannte(s) Feld(er): %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/lock.py" line="83"/>
        <source>is a link, which Portal Manager does not follow. Remove it: Portal Manager creates this file itself.</source>
        <translation>ist eine Verknüpfung, der Portal Manager nicht folgt. Entfernen Sie sie: Portal Manager legt diese Datei selbst an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/lock.py" line="86"/>
        <source>cannot be opened (%1). Portal Manager creates this file itself: remove what is there, or give your user permission to write the portal folder.</source>
        <translation>kann nicht geöffnet werden (%1). Portal Manager legt diese Datei selbst an: Entfernen Sie, was dort liegt, oder geben Sie Ihrem Benutzer Schreibrechte für den Portalordner.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="45"/>
        <source>Use at most 11 letters (A–Z), digits, spaces or . - _ &amp; ! ( ) + $ , / @ — or a phone number of at most 16 digits with an optional leading +.</source>
        <translation>Verwenden Sie höchstens 11 Buchstaben (A–Z), Ziffern, Leerzeichen oder . - _ &amp; ! ( ) + $ , / @ – oder eine Telefonnummer mit höchstens 16 Ziffern und optionalem führendem +.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="89"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="105"/>
        <source>The phone number has %1 digits; at most 16 are allowed.</source>
        <translation>Die Telefonnummer hat %1 Ziffern; höchstens 16 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="109"/>
        <source>The sender name has %1 characters; at most 11 are allowed. %2</source>
        <translation>Der Absendername hat %1 Zeichen; höchstens 11 sind erlaubt. %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="114"/>
        <source>The sender name contains “%1”, which is not allowed. %2</source>
        <translation>Der Absendername enthält „%1“, das ist nicht erlaubt. %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="135"/>
        <source>its API key is not set</source>
        <translation>der API-Schlüssel ist nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="136"/>
        <source>its message in the default language (%1) is empty</source>
        <translation>die Nachricht in der Standardsprache (%1) ist leer</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="139"/>
        <source>its issuer is not set (the portal name has a colon, so it cannot be used)</source>
        <translation>der Aussteller ist nicht festgelegt (der Portalname enthält einen Doppelpunkt und kann daher nicht verwendet werden)</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="155"/>
        <source>%1 is activated but %2. Complete its configuration or deactivate it.</source>
        <translation>%1 ist aktiviert, aber %2. Vervollständigen Sie die Konfiguration oder deaktivieren Sie den Dienst.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="160"/>
        <source>%1 cannot be activated until its configuration is valid.</source>
        <translation>%1 kann erst aktiviert werden, wenn die Konfiguration gültig ist.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="169"/>
        <source>its %1 is not complete</source>
        <translation>„%1“ ist nicht vollständig</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="177"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="195"/>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="201"/>
        <source>%1 must be from %2 to %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="206"/>
        <source>%1 must be one of %2.</source>
        <translation>%1 muss einer dieser Werte sein: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="214"/>
        <source>%1 has a text under a key that is not a language code (such as en or de). Remove it.</source>
        <translation>%1 hat einen Text unter einem Schlüssel, der kein Sprachcode ist (wie en oder de). Entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="221"/>
        <source>%1 has a text for %2, which is not a portal language (%3). Remove it or add the language in General.</source>
        <translation>%1 hat einen Text für %2, das keine Sprache des Portals ist (%3). Entfernen Sie ihn oder fügen Sie die Sprache unter Allgemein hinzu.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="237"/>
        <source>The portal name contains a colon, which an issuer must not (Key URI format). Enter an issuer without a colon.</source>
        <translation>Der Portalname enthält einen Doppelpunkt, den ein Aussteller nicht enthalten darf (Key-URI-Format). Geben Sie einen Aussteller ohne Doppelpunkt ein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="247"/>
        <source>The issuer must not be empty.</source>
        <translation>Der Aussteller darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="250"/>
        <source>The issuer must not contain a colon (Key URI format). Remove it.</source>
        <translation>Der Aussteller darf keinen Doppelpunkt enthalten (Key-URI-Format). Entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="256"/>
        <source>The issuer</source>
        <translation>Der Aussteller</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="275"/>
        <source>No API key is chosen. Select a login information entry that holds the provider&apos;s API key.</source>
        <translation>Es ist kein API-Schlüssel ausgewählt. Wählen Sie einen Eintrag im Anmeldeinformationsspeicher, der den API-Schlüssel des Anbieters enthält.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="285"/>
        <source>The API key must be the name of a login information entry (a lowercase letter followed by letters and digits), not the key itself.</source>
        <translation>Der API-Schlüssel muss der Name eines Eintrags im Anmeldeinformationsspeicher sein (ein Kleinbuchstabe, gefolgt von Buchstaben und Ziffern), nicht der Schlüssel selbst.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="307"/>
        <source>The message in the default language is mandatory. Enter a message containing the code, e.g. %1.</source>
        <translation>Die Nachricht in der Standardsprache ist erforderlich. Geben Sie eine Nachricht ein, die den Code enthält, z. B. %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="345"/>
        <source>The provider must be the name of an installed messaging provider plug-in, such as %1. Choose one in Portal properties → Security.</source>
        <translation>Der Anbieter muss der Name eines installierten Nachrichtenanbieter-Plug-ins sein, z. B. %1. Wählen Sie einen unter Portaleigenschaften → Sicherheit.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/validation.py" line="360"/>
        <source>The sender name</source>
        <translation>Der Absendername</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="51"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="52"/>
        <source>&amp;Remove language</source>
        <translation>Sprache &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="81"/>
        <source>Portal &amp;name:</source>
        <translation>Portal&amp;name:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="82"/>
        <source>Portal &amp;languages:</source>
        <translation>Portal&amp;sprachen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="85"/>
        <source>Add a lan&amp;guage:</source>
        <translation>Sprache hin&amp;zufügen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="88"/>
        <source>&amp;Default language:</source>
        <translation>Standar&amp;dsprache:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/general_page.py" line="195"/>
        <source>The default language cannot be removed; choose another default first.</source>
        <translation>Die Standardsprache kann nicht entfernt werden; wählen Sie zuerst eine andere Standardsprache.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="78"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="101"/>
        <source>is not a document of &quot;portal-manager mfa export&quot; (it must be a JSON object whose &quot;format&quot; is &quot;%1&quot;).</source>
        <translation>ist kein Dokument von „portal-manager mfa export“ (es muss ein JSON-Objekt sein, dessen „format“ „%1“ ist).</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="108"/>
        <source>has no format version (a whole number in &quot;version&quot;; this version of Portal Manager reads version %1).</source>
        <translation>hat keine Formatversion (eine ganze Zahl in „version“; diese Version von Portal Manager liest Version %1).</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="114"/>
        <source>was written by a newer Portal Manager (format version %1; this version reads version %2). Update Portal Manager to import it.</source>
        <translation>wurde von einem neueren Portal Manager geschrieben (Formatversion %1; diese Version liest Version %2). Aktualisieren Sie Portal Manager, um sie zu importieren.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="120"/>
        <source>has an invalid format version (this version reads version %1).</source>
        <translation>hat eine ungültige Formatversion (diese Version liest Version %1).</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="156"/>
        <source>Expected a JSON object, found %1.</source>
        <translation>Ein JSON-Objekt wurde erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="165"/>
        <source>Unknown field(s) at the top of the document: %1. Only %2 belong there; remove the others.</source>
        <translation>Unbekannte Felder auf der obersten Ebene des Dokuments: %1. Dorthin gehören nur %2; entfernen Sie die anderen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="175"/>
        <source>Expected an object &quot;%1&quot; with one object per service (%2); %3.</source>
        <translation>Ein Objekt „%1“ mit einem Objekt je Dienst (%2) wurde erwartet; %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/document.py" line="189"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="197"/>
        <source>it is missing</source>
        <translation>es fehlt</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="198"/>
        <source>found %1</source>
        <translation>%1 gefunden</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="209"/>
        <source>Unknown service %1. Known: %2.</source>
        <translation>Unbekannter Dienst %1. Bekannt: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="219"/>
        <source>Expected an object for the service &quot;%1&quot;; %2.</source>
        <translation>Ein Objekt für den Dienst „%1“ wurde erwartet; %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="241"/>
        <source>Unknown field %1 in %2.</source>
        <translation>Unbekanntes Feld %1 in %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="254"/>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="260"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="277"/>
        <source>expected text, found %1.</source>
        <translation>Text erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="281"/>
        <source>expected true or false, found %1.</source>
        <translation>true oder false erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="285"/>
        <source>expected a whole number, found %1.</source>
        <translation>ganze Zahl erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="296"/>
        <source>expected text or null, found %1.</source>
        <translation>Text oder null erwartet, %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="304"/>
        <source>expected an object of language code to text, e.g. {&quot;en&quot;: &quot;…&quot;}, found %1.</source>
        <translation>Objekt von Sprachcode zu Text erwartet, z. B. {&quot;en&quot;: &quot;…&quot;}, %1 gefunden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/document.py" line="309"/>
        <source>expected an object of language code to text, e.g. {&quot;en&quot;: &quot;…&quot;}; found %1 for a language.</source>
        <translation>Objekt von Sprachcode zu Text erwartet, z. B. {&quot;en&quot;: &quot;…&quot;}; für eine Sprache %1 gefunden.</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../portal_manager/portal/wording.py" line="35"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/wording.py" line="40"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/wording.py" line="45"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/wording.py" line="50"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/wording.py" line="55"/>
        <source>  - %1</source>
        <translation>  - %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/wording.py" line="56"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="38"/>
        <source>Log in to %1</source>
        <translation>Anmelden bei %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="47"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="48"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="55"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/login_dialog.py" line="70"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="201"/>
        <source>%1 — Portal Manager</source>
        <translation>%1 — Portal Manager</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="81"/>
        <source>Test messages go to the local gateway simulator at %1, not to seven.io: Administration → Gateway simulator outbox shows what it received.</source>
        <translation>Testnachrichten gehen an den lokalen Gateway-Simulator unter %1, nicht an seven.io: Verwaltung → Postausgang des Gateway-Simulators zeigt, was er empfangen hat.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="115"/>
        <source>Portal &amp;properties…</source>
        <translation>Portal&amp;eigenschaften…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="119"/>
        <source>&amp;Login information store…</source>
        <translation>&amp;Anmeldeinformationsspeicher…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="122"/>
        <source>&amp;Users and groups…</source>
        <translation>&amp;Benutzer und Gruppen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="124"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Änderungsprotokoll…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="128"/>
        <source>Gateway simulator &amp;outbox…</source>
        <translation>P&amp;ostausgang des Gateway-Simulators…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="132"/>
        <source>&amp;About Portal Manager</source>
        <translation>Ü&amp;ber Portal Manager</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="140"/>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="145"/>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="149"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="151"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="193"/>
        <source>About Portal Manager</source>
        <translation>Über Portal Manager</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="194"/>
        <source>Portal Manager %1

Configure multi-factor authentication for a web portal: an authenticator app, SMS and voice call codes.</source>
        <translation>Portal Manager %1

Mehr-Faktor-Authentifizierung für ein Webportal einrichten: Authentifizierungs-App, Codes per SMS und Sprachanruf.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="203"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="218"/>
        <source>Only members of Administrators can manage users.</source>
        <translation>Nur Mitglieder der Gruppe Administrators können Benutzer verwalten.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="87"/>
        <source>Security: multi-factor authentication</source>
        <translation>Sicherheit: Multi-Faktor-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="205"/>
        <source>Languages: %1 (default: %2)</source>
        <translation>Sprachen: %1 (Standard: %2)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="207"/>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="212"/>
        <source>You are logged in as %1, who is not a member of Administrators: the Security settings are shown read-only.</source>
        <translation>Sie sind als %1 angemeldet, kein Mitglied der Gruppe Administrators: Die Sicherheitseinstellungen werden nur zum Lesen angezeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="221"/>
        <source>Only members of Administrators can open the login information store.</source>
        <translation>Nur Mitglieder der Gruppe Administrators können den Anmeldeinformationsspeicher öffnen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/main_window.py" line="229"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/message_editor.py" line="334"/>
        <source>%n problem(s) in the message</source>
        <translation>
            <numerusform>%n Problem in der Nachricht</numerusform>
            <numerusform>%n Probleme in der Nachricht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageServiceDialog</name>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="91"/>
        <source>%1 — configuration</source>
        <translation>%1 — Konfiguration</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="106"/>
        <source>Message in every language…</source>
        <translation>Nachricht in jeder Sprache…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="107"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="113"/>
        <source>Shown read-only: only members of Administrators can change it. The preview and every language can be read.</source>
        <translation>Schreibgeschützt angezeigt: Nur Mitglieder der Gruppe Administrators können dies ändern. Die Vorschau und jede Sprache können gelesen werden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="118"/>
        <source>Send &amp;test SMS…</source>
        <translation>&amp;Test-SMS senden…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="119"/>
        <source>Start &amp;test call…</source>
        <translation>&amp;Testanruf starten…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="120"/>
        <source>Check API &amp;key</source>
        <translation>API-Schlüssel prü&amp;fen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="125"/>
        <source>P&amp;rovider*:</source>
        <translation>An&amp;bieter*:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="128"/>
        <source>&amp;API key*:</source>
        <translation>&amp;API-Schlüssel*:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="144"/>
        <source>&amp;Message*:</source>
        <translation>&amp;Nachricht*:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="146"/>
        <source>&amp;Code length:</source>
        <translation>&amp;Codelänge:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="147"/>
        <source>Code &amp;validity:</source>
        <translation>&amp;Gültigkeit des Codes:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="148"/>
        <source>* mandatory</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="264"/>
        <source>%1 message in every language</source>
        <translation>%1-Nachricht in jeder Sprache</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="302"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>MultilingualDialog</name>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="110"/>
        <source>One text per portal language. A language left empty uses the default language&apos;s text, shown greyed.</source>
        <translation>Ein Text pro Portalsprache. Eine leer gelassene Sprache verwendet den Text der Standardsprache, grau angezeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="112"/>
        <source>The text of every portal language, for reading: only administrators can change them. A language without its own text uses the default language&apos;s, shown greyed.</source>
        <translation>Der Text jeder Portalsprache, zum Lesen: Nur Administratoren können ihn ändern. Eine Sprache ohne eigenen Text verwendet den der Standardsprache, grau angezeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="175"/>
        <source>The default language&apos;s text is required: the other languages fall back to it. Write it here.</source>
        <translation>Der Text der Standardsprache ist erforderlich: Die anderen Sprachen greifen auf ihn zurück. Schreiben Sie ihn hier.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="187"/>
        <source>&amp;%1 (default)*:</source>
        <translation>&amp;%1 (Standard)*:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="189"/>
        <source>&amp;%1 (default):</source>
        <translation>&amp;%1 (Standard):</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="191"/>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/multilingual_dialog.py" line="224"/>
        <source>Add placeholder to the %1 text</source>
        <translation>Platzhalter in den Text für %1 einfügen</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../portal_manager/ui/password_fields.py" line="33"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/password_fields.py" line="34"/>
        <source>C&amp;onfirm password:</source>
        <translation>Passwort bes&amp;tätigen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/password_fields.py" line="40"/>
        <location filename="../portal_manager/ui/password_fields.py" line="61"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/password_fields.py" line="52"/>
        <source>Enter a password of at least %1 characters.</source>
        <translation>Geben Sie ein Passwort mit mindestens %1 Zeichen ein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/password_fields.py" line="59"/>
        <source>Enter the password again to confirm it.</source>
        <translation>Geben Sie das Passwort zur Bestätigung erneut ein.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../portal_manager/providers/gateway_outbox.py" line="66"/>
        <source>The local gateway at %1 does not answer. Start it with &quot;portal-manager gateway-sim&quot;, or remove the environment variable %2 to send through seven.io.</source>
        <translation>Das lokale Gateway unter %1 antwortet nicht. Starten Sie es mit „portal-manager gateway-sim“, oder entfernen Sie die Umgebungsvariable %2, um über seven.io zu senden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/gateway_outbox.py" line="82"/>
        <source>%1 answered, but not with a gateway simulator&apos;s outbox. Is another program listening on that port?</source>
        <translation>%1 hat geantwortet, aber nicht mit dem Postausgang eines Gateway-Simulators. Lauscht ein anderes Programm auf diesem Port?</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="40"/>
        <source>Gateway simulator outbox</source>
        <translation>Postausgang des Gateway-Simulators</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="45"/>
        <source>Test messages go to the local gateway simulator at %1, not to seven.io. This is what it received, newest first.</source>
        <translation>Testnachrichten gehen an den lokalen Gateway-Simulator unter %1, nicht an seven.io. Das hat er empfangen, die neuesten zuerst.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="50"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="50"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="50"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="50"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="51"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="51"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="54"/>
        <source>Requests received by the gateway simulator</source>
        <translation>Vom Gateway-Simulator empfangene Anfragen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="64"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="83"/>
        <source>Reading the outbox…</source>
        <translation>Postausgang wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/outbox_dialog.py" line="97"/>
        <source>%n request(s) received.</source>
        <translation>
            <numerusform>%n Anfrage empfangen.</numerusform>
            <numerusform>%n Anfragen empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="112"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="112"/>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="113"/>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="118"/>
        <source>connection dropped, no answer</source>
        <translation>Verbindung getrennt, keine Antwort</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="120"/>
        <source>100 accepted</source>
        <translation>100 angenommen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="122"/>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/outbox_dialog.py" line="123"/>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Portal</name>
    <message>
        <location filename="../portal_manager/app/portal.py" line="63"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="115"/>
        <source>%1 already holds a portal; open it instead.</source>
        <translation>%1 enthält bereits ein Portal; öffnen Sie es stattdessen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="119"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="121"/>
        <source>%1 is not empty. Create a portal in a new or empty folder.</source>
        <translation>%1 ist nicht leer. Legen Sie ein Portal in einem neuen oder leeren Ordner an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="173"/>
        <source>%1 is not a portal folder (it has no %2). Create one with &apos;portal-manager init&apos;.</source>
        <translation>%1 ist kein Portalordner (er enthält keine %2). Legen Sie einen mit „portal-manager init“ an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="236"/>
        <source>has unreadable Security settings:
%1
Restore it from a backup or correct it by hand.</source>
        <translation>enthält unlesbare Sicherheitseinstellungen:
%1
Stellen Sie die Datei aus einer Sicherung wieder her oder korrigieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="273"/>
        <source>The portal was opened read-only.</source>
        <translation>Das Portal wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="317"/>
        <source>The portal %1 was opened read-only.</source>
        <translation>Das Portal %1 wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="357"/>
        <source>change the portal settings</source>
        <translation>die Portaleinstellungen ändern</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="361"/>
        <source>The portal settings were not saved:</source>
        <translation>Die Portaleinstellungen wurden nicht gespeichert:</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="409"/>
        <source>The API key names no entry of the login information store. Choose an existing entry or add one first.</source>
        <translation>Der API-Schlüssel nennt keinen Eintrag des Anmeldeinformationsspeichers. Wählen Sie einen vorhandenen Eintrag oder legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/portal.py" line="419"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="39"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="40"/>
        <source>a value that is not a language code</source>
        <translation>ein Wert, der kein Sprachcode ist</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="57"/>
        <source>The portal name must not be empty.</source>
        <translation>Der Portalname darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="60"/>
        <source>The portal name is longer than %1 characters.</source>
        <translation>Der Portalname ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="63"/>
        <source>The portal name must not contain control characters.</source>
        <translation>Der Portalname darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="66"/>
        <source>A portal needs at least one language.</source>
        <translation>Ein Portal braucht mindestens eine Sprache.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="70"/>
        <source>Unknown language code(s): %1. Use ISO 639-1 codes such as %2, …</source>
        <translation>Unbekannte(r) Sprachcode(s): %1. Verwenden Sie ISO-639-1-Codes wie %2, …</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="74"/>
        <source>A language is listed twice.</source>
        <translation>Eine Sprache ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="77"/>
        <source>The default language %1 is not one of the portal languages (%2).</source>
        <translation>Die Standardsprache %1 ist keine der Portalsprachen (%2).</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="102"/>
        <source>The General settings</source>
        <translation>Die Einstellungen unter „Allgemein“</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/general.py" line="107"/>
        <source>%1 Restore it from a backup or correct it by hand.</source>
        <translation>%1 Stellen Sie die Datei aus einer Sicherung wieder her oder korrigieren Sie sie von Hand.</translation>
    </message>
    <message>
        <location filename="../portal_manager/portal/lock.py" line="59"/>
        <source>The portal %1 is open for changes in another Portal Manager. Close it there first, or open this portal read-only.</source>
        <translation>Das Portal %1 ist in einem anderen Portal Manager zum Ändern geöffnet. Schließen Sie es zuerst dort oder öffnen Sie dieses Portal schreibgeschützt.</translation>
    </message>
</context>
<context>
    <name>PortalPropertiesDialog</name>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="59"/>
        <source>Portal properties — %1</source>
        <translation>Portaleigenschaften — %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="66"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="66"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="67"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="112"/>
        <source>You are logged in as %1, who is not a member of Administrators: the portal properties are shown read-only.</source>
        <translation>Sie sind als %1 angemeldet und damit kein Mitglied der Gruppe Administrators: Die Portaleigenschaften werden schreibgeschützt angezeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="153"/>
        <source>Nothing was saved: correct the marked problems.</source>
        <translation>Es wurde nichts gespeichert: Beheben Sie die markierten Probleme.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="174"/>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/portal_properties.py" line="175"/>
        <source>%1 still has its own texts (messages or sender names). Removing the language drops them when you click OK. Remove it?</source>
        <translation>%1 hat noch eigene Texte (Nachrichten oder Absendernamen). Wenn Sie die Sprache entfernen, werden diese Texte beim Klick auf OK verworfen. Entfernen?</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="139"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="158"/>
        <source>Message as sent</source>
        <translation>Nachricht wie gesendet</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="183"/>
        <source>Message as &amp;sent:</source>
        <translation>Nachricht &amp;wie gesendet:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="185"/>
        <source>&amp;Words spoken:</source>
        <translation>Gesprochene W&amp;orte:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="291"/>
        <source>%1 has no text of its own: the default language&apos;s text (%2) is used.</source>
        <translation>%1 hat keinen eigenen Text: Der Text der Standardsprache (%2) wird verwendet.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="303"/>
        <source>(the provider&apos;s phone number)</source>
        <translation>(die Telefonnummer des Anbieters)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="305"/>
        <location filename="../portal_manager/ui/preview_pane.py" line="330"/>
        <source>The message cannot be rendered; see the problems below.</source>
        <translation>Die Nachricht kann nicht erzeugt werden; siehe die Probleme unten.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="312"/>
        <source>Sent as UCS-2 (70 characters per SMS) because of: %1</source>
        <translation>Wird als UCS-2 gesendet (70 Zeichen pro SMS) wegen: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="318"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="319"/>
        <source>UCS-2</source>
        <translation>UCS-2</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/preview_pane.py" line="320"/>
        <location filename="../portal_manager/ui/preview_pane.py" line="338"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/preview_pane.py" line="321"/>
        <source>%n SMS</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="323"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/preview_pane.py" line="324"/>
        <source>%n units</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="325"/>
        <source>%1 (%2) · %3 · %4</source>
        <translation>%1 (%2) · %3 · %4</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="355"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/preview_pane.py" line="355"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <location filename="../portal_manager/providers/registry.py" line="71"/>
        <source>The messaging provider &quot;%1&quot; is not installed. Install its plug-in or choose one of the installed providers: %2.</source>
        <translation>Der Nachrichtenanbieter „%1“ ist nicht installiert. Installieren Sie sein Plug-in oder wählen Sie einen der installierten Anbieter: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/registry.py" line="80"/>
        <source>The messaging provider plug-in &quot;%1&quot; could not be loaded (%2). Reinstall or update the plug-in.</source>
        <translation>Das Plug-in des Nachrichtenanbieters „%1“ konnte nicht geladen werden (%2). Installieren oder aktualisieren Sie das Plug-in neu.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/registry.py" line="86"/>
        <source>The messaging provider plug-in &quot;%1&quot; is broken: it lacks %2. Reinstall or update the plug-in.</source>
        <translation>Das Plug-in des Nachrichtenanbieters „%1“ ist fehlerhaft: Ihm fehlt %2. Installieren oder aktualisieren Sie das Plug-in neu.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/registry.py" line="91"/>
        <source>The messaging provider plug-in &quot;%1&quot; is broken: it has no name. Reinstall or update the plug-in.</source>
        <translation>Das Plug-in des Nachrichtenanbieters „%1“ ist fehlerhaft: Es hat keinen Namen. Installieren oder aktualisieren Sie das Plug-in neu.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="56"/>
        <source>seven.io sent the message to some recipients only (101). Check the number and the seven.io journal before trying again.</source>
        <translation>seven.io hat die Nachricht nur an einige Empfänger gesendet (101). Prüfen Sie die Nummer und das seven.io-Journal, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="59"/>
        <source>The carrier is temporarily unavailable (11). Try again later.</source>
        <translation>Der Netzbetreiber ist vorübergehend nicht erreichbar (11). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="61"/>
        <source>seven.io refused the sender name (201). Use at most 11 letters and digits or 16 digits, or leave the sender name empty.</source>
        <translation>seven.io hat den Absendernamen abgelehnt (201). Verwenden Sie höchstens 11 Buchstaben und Ziffern oder 16 Ziffern, oder lassen Sie den Absendernamen leer.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="64"/>
        <source>The recipient number is invalid (202). Enter the number in international format, e.g. +49 176 12345678.</source>
        <translation>Die Empfängernummer ist ungültig (202). Geben Sie die Nummer im internationalen Format ein, z. B. +49 176 12345678.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="67"/>
        <source>seven.io received no recipient number (301). Enter a phone number.</source>
        <translation>seven.io hat keine Empfängernummer erhalten (301). Geben Sie eine Telefonnummer ein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="69"/>
        <source>seven.io received no message text (305). Check the message template.</source>
        <translation>seven.io hat keinen Nachrichtentext erhalten (305). Prüfen Sie die Nachrichtenvorlage.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="71"/>
        <source>The message text is too long for seven.io (401). Shorten the message template.</source>
        <translation>Der Nachrichtentext ist zu lang für seven.io (401). Kürzen Sie die Nachrichtenvorlage.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="74"/>
        <source>seven.io refused the same message a second time within 180 seconds (402). Wait three minutes and try again.</source>
        <translation>seven.io hat dieselbe Nachricht innerhalb von 180 Sekunden ein zweites Mal abgelehnt (402). Warten Sie drei Minuten und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="77"/>
        <source>The daily limit for this recipient number is reached (403). Try again tomorrow or use another number.</source>
        <translation>Das Tageslimit für diese Empfängernummer ist erreicht (403). Versuchen Sie es morgen erneut oder verwenden Sie eine andere Nummer.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="80"/>
        <source>Not enough credit on the seven.io account (500). Top up the balance at seven.io.</source>
        <translation>Nicht genug Guthaben auf dem seven.io-Konto (500). Laden Sie das Guthaben bei seven.io auf.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="83"/>
        <source>The carrier could not deliver the message (600). Check the number or try again later.</source>
        <translation>Der Netzbetreiber konnte die Nachricht nicht zustellen (600). Prüfen Sie die Nummer oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="86"/>
        <source>seven.io reported an unknown error (700). Try again later; if it persists, contact seven.io support.</source>
        <translation>seven.io meldet einen unbekannten Fehler (700). Versuchen Sie es später erneut; wenn er bleibt, wenden Sie sich an den seven.io-Support.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="89"/>
        <source>seven.io rejected the API key (900). Check the key stored in the login information store.</source>
        <translation>seven.io hat den API-Schlüssel abgelehnt (900). Prüfen Sie den im Anmeldeinformationsspeicher gespeicherten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="92"/>
        <source>seven.io rejected the request signature (901). Turn off request signing for this API key in the seven.io dashboard.</source>
        <translation>seven.io hat die Signatur der Anfrage abgelehnt (901). Schalten Sie die Signierung für diesen API-Schlüssel im seven.io-Dashboard ab.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="95"/>
        <source>This API key may not use this part of the seven.io API (902). Give the key the rights for SMS, voice and balance in the seven.io dashboard.</source>
        <translation>Dieser API-Schlüssel darf diesen Teil der seven.io-API nicht verwenden (902). Geben Sie dem Schlüssel im seven.io-Dashboard die Rechte für SMS, Sprachanruf und Guthaben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="98"/>
        <source>seven.io does not accept requests from this computer&apos;s IP address (903). Add the address to the key&apos;s allowed IPs in the seven.io dashboard.</source>
        <translation>seven.io nimmt keine Anfragen von der IP-Adresse dieses Computers an (903). Fügen Sie die Adresse im seven.io-Dashboard zu den erlaubten IPs des Schlüssels hinzu.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="109"/>
        <source>seven.io refused the request with return code %1. Look the code up in seven.io&apos;s documentation.</source>
        <translation>seven.io hat die Anfrage mit dem Rückgabecode %1 abgelehnt. Schlagen Sie den Code in der Dokumentation von seven.io nach.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="151"/>
        <source>The SMS validity must be 1 to %1 minutes.</source>
        <translation>Die Gültigkeit der SMS muss 1 bis %1 Minuten betragen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="263"/>
        <source>seven.io could not be reached; nothing was sent. Check the internet connection or proxy and try again.</source>
        <translation>seven.io war nicht erreichbar; es wurde nichts gesendet. Prüfen Sie die Internetverbindung oder den Proxy und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="267"/>
        <source>No secure connection to seven.io could be made; nothing was sent. Check the computer&apos;s clock and the company proxy&apos;s certificates.</source>
        <translation>Es konnte keine sichere Verbindung zu seven.io aufgebaut werden; es wurde nichts gesendet. Prüfen Sie die Uhr des Computers und die Zertifikate des Firmen-Proxys.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="271"/>
        <source>The seven.io address is not a valid URL; nothing was sent. Correct or remove the environment variable %1.</source>
        <translation>Die seven.io-Adresse ist keine gültige URL; es wurde nichts gesendet. Korrigieren oder entfernen Sie die Umgebungsvariable %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="275"/>
        <source>The connection to seven.io failed after the request was sent: the message may have been sent. Check the phone and the seven.io journal before trying again.</source>
        <translation>Die Verbindung zu seven.io ist nach dem Senden der Anfrage abgebrochen: Die Nachricht wurde möglicherweise gesendet. Prüfen Sie das Telefon und das seven.io-Journal, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="279"/>
        <source>seven.io did not answer in time or the connection broke. Try again later.</source>
        <translation>seven.io hat nicht rechtzeitig geantwortet oder die Verbindung ist abgebrochen. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="298"/>
        <source>seven.io refused the request (HTTP %1). Check the API key and try again later.</source>
        <translation>seven.io hat die Anfrage abgelehnt (HTTP %1). Prüfen Sie den API-Schlüssel und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="306"/>
        <source>seven.io had a server error (HTTP %1): the message may have been sent. Check the phone and the seven.io journal before trying again.</source>
        <translation>seven.io hatte einen Serverfehler (HTTP %1): Die Nachricht wurde möglicherweise gesendet. Prüfen Sie das Telefon und das seven.io-Journal, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="309"/>
        <source>seven.io had a server error (HTTP %1). Try again later.</source>
        <translation>seven.io hatte einen Serverfehler (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="315"/>
        <source>seven.io&apos;s answer could not be understood: the message may have been sent. Check the phone and the seven.io journal before trying again.</source>
        <translation>Die Antwort von seven.io war nicht verständlich: Die Nachricht wurde möglicherweise gesendet. Prüfen Sie das Telefon und das seven.io-Journal, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="318"/>
        <source>seven.io&apos;s answer could not be understood. Check that %1 points to seven.io or a compatible gateway.</source>
        <translation>Die Antwort von seven.io war nicht verständlich. Prüfen Sie, ob %1 auf seven.io oder ein kompatibles Gateway zeigt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="398"/>
        <source>The seven.io API key is empty or contains spaces or control characters. Store the key again, copied exactly from the seven.io dashboard.</source>
        <translation>Der seven.io-API-Schlüssel ist leer oder enthält Leer- oder Steuerzeichen. Speichern Sie den Schlüssel erneut, genau aus dem seven.io-Dashboard kopiert.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="405"/>
        <source>The phone number must be in international E.164 format, e.g. +4917612345678.</source>
        <translation>Die Telefonnummer muss im internationalen E.164-Format sein, z. B. +4917612345678.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="412"/>
        <source>The message text is empty.</source>
        <translation>Der Nachrichtentext ist leer.</translation>
    </message>
    <message>
        <location filename="../portal_manager/providers/seven.py" line="414"/>
        <source>The message text has %1 characters; seven.io accepts at most %2. Shorten the message template.</source>
        <translation>Der Nachrichtentext hat %1 Zeichen; seven.io nimmt höchstens %2 an. Kürzen Sie die Nachrichtenvorlage.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/providers.py" line="24"/>
        <source>choose the messaging provider</source>
        <translation>den Nachrichtenanbieter wählen</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/providers.py" line="25"/>
        <location filename="../portal_manager/providers/registry.py" line="29"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/providers.py" line="66"/>
        <source>The portal&apos;s messaging provider is not installed on this computer. Install its plug-in, or choose one of the installed providers: %1.</source>
        <translation>Der Nachrichtenanbieter des Portals ist auf diesem Computer nicht installiert. Installieren Sie sein Plug-in, oder wählen Sie einen der installierten Anbieter: %1.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="160"/>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="163"/>
        <source>Choose your new password.</source>
        <translation>Wählen Sie Ihr neues Passwort.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="166"/>
        <source>Choose a new password for %1 and tell it to them. %1 gets new keys: if %1 is an administrator, the login information store is re-keyed.</source>
        <translation>Wählen Sie ein neues Passwort für %1 und teilen Sie es mit. %1 erhält neue Schlüssel: Ist %1 Administrator, wird der Anmeldeinformationsspeicher neu verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="173"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="44"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="47"/>
        <source>%1 activated</source>
        <translation>%1 aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="49"/>
        <source>Configure…</source>
        <translation>Konfigurieren…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="52"/>
        <source>Configure %1</source>
        <translation>%1 konfigurieren</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="76"/>
        <source>Multi-factor authentication: users confirm their login with a second factor. A service can be activated once its configuration is complete.</source>
        <translation>Mehr-Faktor-Authentifizierung: Benutzer bestätigen ihre Anmeldung mit einem zweiten Faktor. Ein Dienst kann aktiviert werden, sobald seine Konfiguration vollständig ist.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="82"/>
        <source>The installed messaging provider plug-in that sends the SMS and voice calls.</source>
        <translation>Das installierte Nachrichtenanbieter-Plug-in, das die SMS und Sprachanrufe sendet.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="85"/>
        <source>Messaging &amp;provider:</source>
        <translation>Nachrichten&amp;anbieter:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="146"/>
        <source>Can be activated once the configuration is complete: %1</source>
        <translation>Kann aktiviert werden, sobald die Konfiguration vollständig ist: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="149"/>
        <source>Only administrators can change this.</source>
        <translation>Nur Administratoren können dies ändern.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/security_page.py" line="164"/>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
</context>
<context>
    <name>SendTestDialog</name>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="59"/>
        <source>Send test SMS</source>
        <translation>Test-SMS senden</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="60"/>
        <source>Start test call</source>
        <translation>Testanruf starten</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="63"/>
        <source>e.g. +49 176 12345678</source>
        <translation>z. B. +49 176 12345678</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="75"/>
        <source>Waiting for the provider</source>
        <translation>Warten auf den Anbieter</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="81"/>
        <source>&amp;Phone number:</source>
        <translation>&amp;Telefonnummer:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="83"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="84"/>
        <source>&amp;Message as sent:</source>
        <translation>&amp;Nachricht wie gesendet:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="86"/>
        <source>&amp;Send</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="86"/>
        <source>&amp;Call</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="145"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="164"/>
        <source>Accepted by the provider: message id %1, %2 part(s), price %3, balance %4.</source>
        <translation>Vom Anbieter angenommen: Nachrichten-ID %1, %2 Teil(e), Preis %3, Guthaben %4.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="177"/>
        <source>Stopped waiting. If the request had already reached the provider, the message may have been sent: check the phone before trying again.</source>
        <translation>Warten abgebrochen. Falls die Anfrage den Anbieter schon erreicht hatte, wurde die Nachricht möglicherweise gesendet: Prüfen Sie das Telefon, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/send_test_dialog.py" line="189"/>
        <source>The API key works. Balance: %1 %2.</source>
        <translation>Der API-Schlüssel funktioniert. Guthaben: %1 %2.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../portal_manager/app/sending.py" line="25"/>
        <source>send test messages</source>
        <translation>Testnachrichten senden</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/sending.py" line="26"/>
        <source>check the provider&apos;s API key</source>
        <translation>den API-Schlüssel des Anbieters prüfen</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/sending.py" line="61"/>
        <source>That is not a valid phone number. Write it with its country code, e.g. +49 176 12345678.</source>
        <translation>Das ist keine gültige Telefonnummer. Schreiben Sie sie mit Ländervorwahl, z. B. +49 176 12345678.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/sending.py" line="84"/>
        <source>%1 has no API key: choose a login information entry in its configuration first.</source>
        <translation>%1 hat keinen API-Schlüssel: Wählen Sie zuerst in der Konfiguration einen Eintrag des Anmeldeinformationsspeichers.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/sending.py" line="113"/>
        <source>At most %1 test messages a minute may be sent from a portal, to protect the account&apos;s credit. Wait a minute and try again.</source>
        <translation>Von einem Portal dürfen höchstens %1 Testnachrichten pro Minute gesendet werden, um das Guthaben des Kontos zu schützen. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/sending.py" line="119"/>
        <source>The %1 message in this language has problems; correct them first: %2</source>
        <translation>Die %1-Nachricht in dieser Sprache hat Probleme; beheben Sie sie zuerst: %2</translation>
    </message>
</context>
<context>
    <name>ServiceTexts</name>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="18"/>
        <source>Authentication app (QR code)</source>
        <translation>Authentifizierungs-App (QR-Code)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="20"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="21"/>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="29"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="30"/>
        <source>Activated, but the configuration is incomplete</source>
        <translation>Aktiviert, aber die Konfiguration ist unvollständig</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="32"/>
        <source>Activated, but the configuration has errors</source>
        <translation>Aktiviert, aber die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="36"/>
        <source>Deactivated — ready to activate</source>
        <translation>Deaktiviert — bereit zur Aktivierung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="37"/>
        <source>Deactivated — the configuration is incomplete</source>
        <translation>Deaktiviert — die Konfiguration ist unvollständig</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="39"/>
        <source>Deactivated — the configuration has errors</source>
        <translation>Deaktiviert — die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/service_texts.py" line="59"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="34"/>
        <source>Authentication app (QR code)</source>
        <translation>Authentifizierungs-App (QR-Code)</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="35"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="36"/>
        <source>Voice call</source>
        <translation>Sprachanruf</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="115"/>
        <source>Activated</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="116"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="117"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="118"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="119"/>
        <source>Code length</source>
        <translation>Codelänge</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="120"/>
        <source>Code validity (minutes)</source>
        <translation>Gültigkeit des Codes (Minuten)</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="128"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="131"/>
        <source>Digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="134"/>
        <source>Period (seconds)</source>
        <translation>Intervall (Sekunden)</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="138"/>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/settings.py" line="155"/>
        <source>Sender name</source>
        <translation>Absendername</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="37"/>
        <source>Set up your portal</source>
        <translation>Portal einrichten</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="41"/>
        <source>Portal Manager keeps a portal&apos;s settings in a folder. Name the portal, choose the languages it offers and create its first administrator.</source>
        <translation>Portal Manager speichert die Einstellungen eines Portals in einem Ordner. Geben Sie dem Portal einen Namen, wählen Sie die angebotenen Sprachen und legen Sie den ersten Administrator an.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="47"/>
        <source>e.g. Acme Customer Portal</source>
        <translation>z. B. Acme Kundenportal</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="71"/>
        <source>Portal &amp;name:</source>
        <translation>Portal&amp;name:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="72"/>
        <source>Portal &amp;languages:</source>
        <translation>Portal&amp;sprachen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="73"/>
        <source>&amp;Default language:</source>
        <translation>S&amp;tandardsprache:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="74"/>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrator:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="75"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="76"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="81"/>
        <source>Create portal</source>
        <translation>Portal anlegen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="136"/>
        <source>Enter the portal name.</source>
        <translation>Geben Sie den Portalnamen ein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="138"/>
        <source>Choose at least one language.</source>
        <translation>Wählen Sie mindestens eine Sprache.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/setup_dialog.py" line="148"/>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="53"/>
        <source>Counted as the network counts them, with every placeholder at its real length. In GSM-7, € [ ] { } ~ ^ | \ count twice; in Unicode, an emoji counts twice.</source>
        <translation>Gezählt wie das Mobilfunknetz zählt, jeder Platzhalter mit seiner echten Länge. In GSM-7 zählen € [ ] { } ~ ^ | \ doppelt; in Unicode zählt ein Emoji doppelt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="59"/>
        <source>Show &amp;where</source>
        <translation>&amp;Stelle zeigen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="62"/>
        <source>Selects the next character in the message that needs Unicode (UCS-2).</source>
        <translation>Markiert das nächste Zeichen der Nachricht, das Unicode (UCS-2) erfordert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="171"/>
        <source>%1 / %2 characters · %3 · %n SMS</source>
        <translation>
            <numerusform>%1 / %2 Zeichen · %3 · %n SMS</numerusform>
            <numerusform>%1 / %2 Zeichen · %3 · %n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="175"/>
        <source>%1 / %2 characters · %3 · %n SMS of %4 characters each</source>
        <translation>
            <numerusform>%1 / %2 Zeichen · %3 · %n SMS zu je %4 Zeichen</numerusform>
            <numerusform>%1 / %2 Zeichen · %3 · %n SMS zu je %4 Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="179"/>
        <source>With the default language&apos;s text: %1</source>
        <translation>Mit dem Text der Standardsprache: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="184"/>
        <source>Unicode (UCS-2)</source>
        <translation>Unicode (UCS-2)</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="185"/>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="191"/>
        <source>Too long: %1 characters once the placeholders are filled in; an SMS message may have at most %2.</source>
        <translation>Zu lang: %1 Zeichen nach dem Einsetzen der Platzhalter; eine SMS-Nachricht darf höchstens %2 haben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="196"/>
        <source>Longer than one SMS: sent as %n parts, or cut short by some providers.</source>
        <translation>
            <numerusform>Länger als eine SMS: wird in %n Teil gesendet oder von manchen Anbietern gekürzt.</numerusform>
            <numerusform>Länger als eine SMS: wird in %n Teilen gesendet oder von manchen Anbietern gekürzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="228"/>
        <source>Sent as Unicode (UCS-2) because of %1 and %n more.</source>
        <translation>
            <numerusform>Wird als Unicode (UCS-2) gesendet wegen %1 und %n weiterem.</numerusform>
            <numerusform>Wird als Unicode (UCS-2) gesendet wegen %1 und %n weiteren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="231"/>
        <source>Sent as Unicode (UCS-2) because of %1.</source>
        <translation>Wird als Unicode (UCS-2) gesendet wegen %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/sms_counter.py" line="244"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>SmsDialog</name>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="368"/>
        <source>empty: the provider&apos;s phone number</source>
        <translation>leer: die Telefonnummer des Anbieters</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="371"/>
        <source>Sender name in every language…</source>
        <translation>Absendername in jeder Sprache…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="375"/>
        <source>&amp;Sender name:</source>
        <translation>Absende&amp;rname:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="405"/>
        <source>Sender name in every language</source>
        <translation>Absendername in jeder Sprache</translation>
    </message>
</context>
<context>
    <name>Ssml</name>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="31"/>
        <source>mismatched tag</source>
        <translation>nicht passendes Tag</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="32"/>
        <source>Every opening tag needs a matching closing tag, e.g. &lt;prosody&gt;…&lt;/prosody&gt;.</source>
        <translation>Jedes öffnende Tag braucht ein passendes schließendes Tag, z. B. &lt;prosody&gt;…&lt;/prosody&gt;.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="37"/>
        <source>the text ends before every element is closed</source>
        <translation>der Text endet, bevor alle Elemente geschlossen sind</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="38"/>
        <source>Close them, e.g. with &lt;/voice&gt;.</source>
        <translation>Schließen Sie sie, z. B. mit &lt;/voice&gt;.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="41"/>
        <source>unfinished tag</source>
        <translation>unvollständiges Tag</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="42"/>
        <source>Finish the tag with &quot;&gt;&quot;.</source>
        <translation>Schließen Sie das Tag mit „&gt;“ ab.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="45"/>
        <source>a character or markup that is not allowed here</source>
        <translation>ein Zeichen oder Markup, das hier nicht erlaubt ist</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="46"/>
        <source>Write &quot;&amp;lt;&quot; for a literal &quot;&lt;&quot; and &quot;&amp;amp;&quot; for a literal &quot;&amp;&quot;.</source>
        <translation>Schreiben Sie „&amp;lt;“ für ein wörtliches „&lt;“ und „&amp;amp;“ für ein wörtliches „&amp;“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="49"/>
        <source>unknown entity</source>
        <translation>unbekannte Entität</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="50"/>
        <source>Write &quot;&amp;amp;&quot; for a literal &quot;&amp;&quot;.</source>
        <translation>Schreiben Sie „&amp;amp;“ für ein wörtliches „&amp;“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="54"/>
        <source>an attribute given twice in one tag</source>
        <translation>ein Attribut, das in einem Tag zweimal vorkommt</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="55"/>
        <source>Keep only one of them.</source>
        <translation>Behalten Sie nur eines davon.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="58"/>
        <source>a character reference to a character XML does not allow</source>
        <translation>ein Zeichenverweis auf ein Zeichen, das XML nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="59"/>
        <source>Remove it.</source>
        <translation>Entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="62"/>
        <source>an XML declaration that is not at the very start</source>
        <translation>eine XML-Deklaration, die nicht ganz am Anfang steht</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="63"/>
        <location filename="../portal_manager/mfa/ssml.py" line="71"/>
        <source>Remove the &quot;&lt;?xml …?&gt;&quot; declaration.</source>
        <translation>Entfernen Sie die Deklaration „&lt;?xml …?&gt;“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="66"/>
        <source>a CDATA section that is not closed</source>
        <translation>ein CDATA-Abschnitt, der nicht geschlossen ist</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="67"/>
        <source>Close it with &quot;]]&gt;&quot;.</source>
        <translation>Schließen Sie ihn mit „]]&gt;“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="70"/>
        <source>a malformed XML declaration</source>
        <translation>eine fehlerhafte XML-Deklaration</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="89"/>
        <source>%1 at line %2, column %3. %4</source>
        <translation>%1 in Zeile %2, Spalte %3. %4</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="92"/>
        <source>%1 at line %2, column %3.</source>
        <translation>%1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="119"/>
        <source>SSML must be a single element, but more follows</source>
        <translation>SSML muss ein einziges Element sein, es folgt aber noch mehr</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="120"/>
        <source>Put everything inside one element, e.g. &lt;voice&gt;…&lt;/voice&gt;.</source>
        <translation>Setzen Sie alles in ein Element, z. B. &lt;voice&gt;…&lt;/voice&gt;.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="126"/>
        <source>SSML is not well-formed: %1</source>
        <translation>SSML ist nicht wohlgeformt: %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="176"/>
        <source>SSML must not contain a document type declaration</source>
        <translation>SSML darf keine Dokumenttyp-Deklaration enthalten</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/ssml.py" line="177"/>
        <source>Remove the &lt;!DOCTYPE …&gt; part; SSML needs none.</source>
        <translation>Entfernen Sie den Teil &lt;!DOCTYPE …&gt;; SSML braucht keinen.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../portal_manager/app/portal.py" line="397"/>
        <location filename="../portal_manager/app/store_management.py" line="23"/>
        <source>open the login information store</source>
        <translation>den Anmeldeinformationsspeicher öffnen</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_access.py" line="109"/>
        <source>The public key of %1 in users.json is not one the store vouches for (users.json was changed outside Portal Manager, or the store is an older copy), so the store is not sealed to %1. Reset %1&apos;s password to give them a new key pair.</source>
        <translation>Der öffentliche Schlüssel von %1 in users.json ist keiner, für den der Speicher bürgt (users.json wurde außerhalb von Portal Manager geändert, oder der Speicher ist eine ältere Kopie), daher wird der Speicher nicht für %1 versiegelt. Setzen Sie das Passwort von %1 zurück, damit ein neues Schlüsselpaar entsteht.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_access.py" line="116"/>
        <source>users.json was changed outside Portal Manager: the public key of %1 is not the one Portal Manager created for %1. The store stays sealed to the key Portal Manager created; %1 repairs users.json by setting their password again.</source>
        <translation>users.json wurde außerhalb von Portal Manager geändert: Der öffentliche Schlüssel von %1 ist nicht der, den Portal Manager für %1 erzeugt hat. Der Speicher bleibt für den von Portal Manager erzeugten Schlüssel versiegelt; %1 repariert users.json, indem das eigene Passwort neu gesetzt wird.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_access.py" line="123"/>
        <source>users.json lists %1 as a member of %2, but the store was not sealed to %1 by an administrator (users.json was changed outside Portal Manager, or a grant was interrupted). If %1 should be one, grant %2 again; otherwise revoke it.</source>
        <translation>users.json führt %1 als Mitglied von %2, aber der Speicher wurde nicht von einem Administrator für %1 versiegelt (users.json wurde außerhalb von Portal Manager geändert, oder eine Aufnahme wurde unterbrochen). Soll %1 Mitglied sein, nehmen Sie die Person erneut in %2 auf; andernfalls entziehen Sie die Mitgliedschaft.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_access.py" line="150"/>
        <source>it is older than the last key change this portal recorded (an older copy was put back?)</source>
        <translation>er ist älter als der letzte Schlüsselwechsel, den dieses Portal vermerkt hat (wurde eine ältere Kopie zurückgespielt?)</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_access.py" line="159"/>
        <source>it is sealed to keys that are not the current administrators&apos; (%1)</source>
        <translation>er ist für Schlüssel versiegelt, die nicht die der aktuellen Administratoren sind (%1)</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_access.py" line="203"/>
        <source>The login information store was re-keyed before saving, because %1.</source>
        <translation>Der Anmeldeinformationsspeicher wurde vor dem Speichern neu verschlüsselt, weil %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_management.py" line="24"/>
        <source>change the login information store</source>
        <translation>den Anmeldeinformationsspeicher ändern</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/store_management.py" line="79"/>
        <source>The entry &quot;%1&quot; is the API key of %2 and cannot be deleted. Choose another entry there first.</source>
        <translation>Der Eintrag „%1“ ist der API-Schlüssel von %2 und kann nicht gelöscht werden. Wählen Sie dort zuerst einen anderen Eintrag.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="71"/>
        <source>a key record is malformed</source>
        <translation>ein Schlüsseldatensatz ist fehlerhaft</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="112"/>
        <source>a key record</source>
        <translation>ein Schlüsseldatensatz</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="140"/>
        <source>the header</source>
        <translation>der Kopfteil</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="154"/>
        <source>the header holds a public key that is not usable.</source>
        <translation>der Kopfteil enthält einen öffentlichen Schlüssel, der nicht verwendbar ist.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="197"/>
        <source>has a damaged key record (failed authentication)</source>
        <translation>hat einen beschädigten Schlüsseldatensatz (Authentifizierung fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="220"/>
        <source>failed authentication: it was changed outside Portal Manager or damaged</source>
        <translation>Authentifizierung fehlgeschlagen: Sie wurde außerhalb von Portal Manager geändert oder beschädigt</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="235"/>
        <source>its decrypted content is not readable</source>
        <translation>ihr entschlüsselter Inhalt ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="250"/>
        <source>has a damaged header</source>
        <translation>hat einen beschädigten Kopfteil</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="257"/>
        <source>is empty or truncated</source>
        <translation>ist leer oder abgeschnitten</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="258"/>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="261"/>
        <source>is not a login information store file</source>
        <translation>ist keine Datei eines Anmeldeinformationsspeichers</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="263"/>
        <source>was written by a newer Portal Manager (format version %1; this version reads up to %2). Update Portal Manager to open it</source>
        <translation>wurde von einem neueren Portal Manager geschrieben (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie Portal Manager, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="268"/>
        <source>has an invalid format version %1</source>
        <translation>hat eine ungültige Formatversion %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/container.py" line="271"/>
        <source>is truncated</source>
        <translation>ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="93"/>
        <source>There is no entry %1 in the store.</source>
        <translation>Es gibt keinen Eintrag %1 im Speicher.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="96"/>
        <source>There is no entry with that name in the store.</source>
        <translation>Es gibt keinen Eintrag mit diesem Namen im Speicher.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="101"/>
        <source>That is not a valid entry name: start with a lowercase letter, then letters and digits only (e.g. sevenApiKey).</source>
        <translation>Das ist kein gültiger Name für einen Eintrag: Beginnen Sie mit einem Kleinbuchstaben, danach nur Buchstaben und Ziffern (z. B. sevenApiKey).</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="110"/>
        <source>The password (secret) of an entry must not be empty.</source>
        <translation>Das Passwort (Geheimnis) eines Eintrags darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="113"/>
        <source>The secret is longer than %1 characters.</source>
        <translation>Das Geheimnis ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="116"/>
        <source>The secret must be a single line.</source>
        <translation>Das Geheimnis muss eine einzige Zeile sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="119"/>
        <source>The secret must not contain control characters.</source>
        <translation>Das Geheimnis darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="121"/>
        <source>The description must be one line of text, without line breaks or control characters.</source>
        <translation>Die Beschreibung muss eine Textzeile sein, ohne Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="126"/>
        <source>The description is longer than %1 characters.</source>
        <translation>Die Beschreibung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="143"/>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="152"/>
        <source>is missing. Restore it from a backup; without it the stored credentials are lost.</source>
        <translation>fehlt. Stellen Sie die Datei aus einer Sicherung wieder her; ohne sie sind die gespeicherten Anmeldeinformationen verloren.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="164"/>
        <source>%1. Restore it from a backup.</source>
        <translation>%1. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="190"/>
        <source>The login information store is not sealed for %1. Only current members of Administrators can open it; if you are one, ask another administrator to run &apos;grant-admin&apos; for you again, which seals it to you.</source>
        <translation>Der Anmeldeinformationsspeicher ist nicht für %1 versiegelt. Nur aktuelle Mitglieder von Administrators können ihn öffnen; wenn Sie eines sind, bitten Sie einen anderen Administrator, „grant-admin“ erneut für Sie auszuführen, wodurch er für Sie versiegelt wird.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="201"/>
        <source>is damaged: %1 Restore it from a backup.</source>
        <translation>ist beschädigt: %1 Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="205"/>
        <source>is damaged: %1. Restore it from a backup.</source>
        <translation>ist beschädigt: %1. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="213"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="219"/>
        <source>an entry</source>
        <translation>ein Eintrag</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="222"/>
        <source>an entry&apos;s name is not valid.</source>
        <translation>der Name eines Eintrags ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="284"/>
        <source>There is already an entry %1; names are unique. Change that entry instead.</source>
        <translation>Es gibt bereits einen Eintrag %1; Namen sind eindeutig. Ändern Sie stattdessen diesen Eintrag.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="334"/>
        <source>The store must stay sealed to at least one administrator.</source>
        <translation>Der Speicher muss für mindestens einen Administrator versiegelt bleiben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/vault/store.py" line="356"/>
        <source>was changed on disk since it was opened. Nothing was saved; open it again.</source>
        <translation>wurde seit dem Öffnen auf dem Datenträger geändert. Es wurde nichts gespeichert; öffnen Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="201"/>
        <source>Login information store</source>
        <translation>Anmeldeinformationsspeicher</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="207"/>
        <source>Part of a name, description or service</source>
        <translation>Teil eines Namens, einer Beschreibung oder eines Dienstes</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="211"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="211"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="211"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="219"/>
        <source>&amp;Add login information…</source>
        <translation>Anmeldeinformation &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="221"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="222"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="263"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="265"/>
        <source>E&amp;ntries:</source>
        <translation>Ei&amp;nträge:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="384"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="395"/>
        <source>%1 was changed.</source>
        <translation>%1 wurde geändert.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="416"/>
        <source>Delete the entry %1?</source>
        <translation>Den Eintrag %1 löschen?</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="417"/>
        <source>Its password is removed from the store for good.</source>
        <translation>Sein Passwort wird endgültig aus dem Speicher entfernt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="417"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/store_dialog.py" line="419"/>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <location filename="../portal_manager/mfa/preview.py" line="72"/>
        <source>The code must be exactly %1 digits (the configured code length).</source>
        <translation>Der Code muss genau %1 Ziffern haben (die eingestellte Codelänge).</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/preview.py" line="92"/>
        <source>&quot;%1&quot; is not a portal language; use one of %2.</source>
        <translation>„%1“ ist keine Sprache des Portals; verwenden Sie eine dieser: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/preview.py" line="98"/>
        <source>The configured code length is not between %1 and %2 digits; correct the Security settings first.</source>
        <translation>Die eingestellte Codelänge liegt nicht zwischen %1 und %2 Ziffern; korrigieren Sie zuerst die Sicherheitseinstellungen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="60"/>
        <source>Placeholder &quot;%1&quot; at position %2 is not available in an SMS. Remove it.</source>
        <translation>Der Platzhalter „%1“ an Position %2 ist in einer SMS nicht verfügbar. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="63"/>
        <source>Placeholder &quot;%1&quot; at position %2 is not available in a voice message. Remove it.</source>
        <translation>Der Platzhalter „%1“ an Position %2 ist in einer Sprachnachricht nicht verfügbar. Entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="70"/>
        <source>The message is %1 characters long once the placeholders are filled in; an SMS may have at most %2. Remove 1 character.</source>
        <translation>Die Nachricht ist mit ausgefüllten Platzhaltern %1 Zeichen lang; eine SMS darf höchstens %2 haben. Entfernen Sie 1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="75"/>
        <source>The message is %1 characters long once the placeholders are filled in; a voice message may have at most %2. Remove 1 character.</source>
        <translation>Die Nachricht ist mit ausgefüllten Platzhaltern %1 Zeichen lang; eine Sprachnachricht darf höchstens %2 haben. Entfernen Sie 1 Zeichen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/templates.py" line="82"/>
        <source>The message is %1 characters long once the placeholders are filled in; an SMS may have at most %2. Remove %n characters.</source>
        <translation>
            <numerusform>Die Nachricht ist mit ausgefüllten Platzhaltern %1 Zeichen lang; eine SMS darf höchstens %2 haben. Entfernen Sie %n Zeichen.</numerusform>
            <numerusform>Die Nachricht ist mit ausgefüllten Platzhaltern %1 Zeichen lang; eine SMS darf höchstens %2 haben. Entfernen Sie %n Zeichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/templates.py" line="87"/>
        <source>The message is %1 characters long once the placeholders are filled in; a voice message may have at most %2. Remove %n characters.</source>
        <translation>
            <numerusform>Die Nachricht ist mit ausgefüllten Platzhaltern %1 Zeichen lang; eine Sprachnachricht darf höchstens %2 haben. Entfernen Sie %n Zeichen.</numerusform>
            <numerusform>Die Nachricht ist mit ausgefüllten Platzhaltern %1 Zeichen lang; eine Sprachnachricht darf höchstens %2 haben. Entfernen Sie %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="94"/>
        <source>%1 contains the control character U+%2 at position %3. Remove it; only line breaks are allowed.</source>
        <translation>%1 enthält an Position %3 das Steuerzeichen U+%2. Entfernen Sie es; nur Zeilenumbrüche sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="99"/>
        <source>%1 contains the control character U+%2 at position %3. Remove it.</source>
        <translation>%1 enthält an Position %3 das Steuerzeichen U+%2. Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="150"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="233"/>
        <source>The message</source>
        <translation>Die Nachricht</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="236"/>
        <source>The message is empty. Write the text to send, including %1.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie den zu sendenden Text einschließlich %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/templates.py" line="280"/>
        <source>%1 %n more control character(s) follow.</source>
        <translation>
            <numerusform>%1 Es folgt %n weiteres Steuerzeichen.</numerusform>
            <numerusform>%1 Es folgen %n weitere Steuerzeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="333"/>
        <source>Placeholder &quot;%1&quot; at position %2 asks for a digit the code does not have. A code of %3 digits has ${OTPDIGIT[0]} to ${OTPDIGIT[%4]}.</source>
        <translation>Der Platzhalter „%1“ an Position %2 verlangt eine Ziffer, die der Code nicht hat. Ein Code mit %3 Ziffern hat ${OTPDIGIT[0]} bis ${OTPDIGIT[%4]}.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="343"/>
        <source>Placeholder &quot;%1&quot; at position %2 is not closed. Add &quot;}&quot; after the name, or write &quot;$$&quot; for a literal &quot;$&quot;.</source>
        <translation>Der Platzhalter „%1“ an Position %2 ist nicht geschlossen. Fügen Sie „}“ nach dem Namen hinzu oder schreiben Sie „$$“ für ein wörtliches „$“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="352"/>
        <source>Malformed placeholder &quot;%1&quot; at position %2. Write ${OTPDIGIT[i]} with i a number from 0 to %3, without spaces or leading zeros.</source>
        <translation>Fehlerhafter Platzhalter „%1“ an Position %2. Schreiben Sie ${OTPDIGIT[i]} mit einer Zahl i von 0 bis %3, ohne Leerzeichen und führende Nullen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="362"/>
        <source>Empty placeholder &quot;%1&quot; at position %2. Write a name between the braces, e.g. %3, or write &quot;$$&quot; for a literal &quot;$&quot;.</source>
        <translation>Leerer Platzhalter „%1“ an Position %2. Schreiben Sie einen Namen zwischen die geschweiften Klammern, z. B. %3, oder schreiben Sie „$$“ für ein wörtliches „$“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="371"/>
        <source>Unknown placeholder &quot;%1&quot; at position %2. %3</source>
        <translation>Unbekannter Platzhalter „%1“ an Position %2. %3</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="380"/>
        <source>Did you mean &quot;%1&quot;? Placeholders are case-sensitive and have no spaces.</source>
        <translation>Meinten Sie „%1“? Bei Platzhaltern wird zwischen Groß- und Kleinschreibung unterschieden, und sie enthalten keine Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="384"/>
        <source>Use one of %1 or ${OTPDIGIT[i]}, or write &quot;$$&quot; for a literal &quot;$&quot;.</source>
        <translation>Verwenden Sie einen der Platzhalter %1 oder ${OTPDIGIT[i]} oder schreiben Sie „$$“ für ein wörtliches „$“.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="402"/>
        <source>The message does not contain the code. Add %1 (or %2).</source>
        <translation>Die Nachricht enthält den Code nicht. Fügen Sie %1 hinzu (oder %2).</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="406"/>
        <source>The message does not contain the whole code: %1 missing. Add them, or use %2 instead.</source>
        <translation>Die Nachricht enthält nicht den ganzen Code: %1 fehlt. Fügen Sie die fehlenden Platzhalter hinzu oder verwenden Sie stattdessen %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="491"/>
        <source>The code length must be %1 to %2 digits.</source>
        <translation>Die Codelänge muss %1 bis %2 Ziffern betragen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="502"/>
        <source>The verification code must be %1 to %2 digits 0–9.</source>
        <translation>Der Bestätigungscode muss aus %1 bis %2 Ziffern 0–9 bestehen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/templates.py" line="506"/>
        <source>The message timestamp must include its time zone (UTC).</source>
        <translation>Der Zeitstempel der Nachricht muss seine Zeitzone (UTC) enthalten.</translation>
    </message>
</context>
<context>
    <name>Totp</name>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="53"/>
        <source>The number of digits must be 6 or 8.</source>
        <translation>Die Anzahl der Ziffern muss 6 oder 8 sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="57"/>
        <source>The period must be 30 or 60 seconds.</source>
        <translation>Das Intervall muss 30 oder 60 Sekunden betragen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="63"/>
        <source>The algorithm must be SHA1, SHA256 or SHA512.</source>
        <translation>Der Algorithmus muss SHA1, SHA256 oder SHA512 sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="97"/>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="99"/>
        <source>The secret may contain only the letters A–Z and the digits 2–7 (base32).</source>
        <translation>Das Geheimnis darf nur die Buchstaben A–Z und die Ziffern 2–7 enthalten (Base32).</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="106"/>
        <source>The secret has the wrong number of characters; a character may be missing.</source>
        <translation>Das Geheimnis hat die falsche Anzahl an Zeichen; möglicherweise fehlt ein Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="110"/>
        <source>The secret is too short: it must have at least 16 characters (80 bits).</source>
        <translation>Das Geheimnis ist zu kurz: Es muss mindestens 16 Zeichen (80 Bit) haben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="142"/>
        <source>The account name must not be empty.</source>
        <translation>Der Kontoname darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="143"/>
        <source>The account name must not contain a colon (Key URI format); please remove it or use another character.</source>
        <translation>Der Kontoname darf keinen Doppelpunkt enthalten (Key-URI-Format); bitte entfernen Sie ihn oder verwenden Sie ein anderes Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="148"/>
        <source>The account name must not contain control or invisible characters such as tabs or line breaks (character %1 is one); please remove it.</source>
        <translation>Der Kontoname darf keine Steuerzeichen oder unsichtbaren Zeichen wie Tabulatoren oder Zeilenumbrüche enthalten (Zeichen %1 ist eines); bitte entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="155"/>
        <source>The issuer must not be empty.</source>
        <translation>Der Aussteller darf nicht leer sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="156"/>
        <source>The issuer must not contain a colon (Key URI format); please remove it or use another character.</source>
        <translation>Der Aussteller darf keinen Doppelpunkt enthalten (Key-URI-Format); bitte entfernen Sie ihn oder verwenden Sie ein anderes Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="161"/>
        <source>The issuer must not contain control or invisible characters such as tabs or line breaks (character %1 is one); please remove it.</source>
        <translation>Der Aussteller darf keine Steuerzeichen oder unsichtbaren Zeichen wie Tabulatoren oder Zeilenumbrüche enthalten (Zeichen %1 ist eines); bitte entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="191"/>
        <source>The account name has %1 characters; at most %2 are allowed. Please shorten it.</source>
        <translation>Der Kontoname hat %1 Zeichen; höchstens %2 sind erlaubt. Bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="201"/>
        <source>The text for the QR code is %1 bytes long, but a QR code holds at most %2. Please shorten the account name or the issuer.</source>
        <translation>Der Text für den QR-Code ist %1 Byte lang, ein QR-Code fasst aber höchstens %2. Bitte kürzen Sie den Kontonamen oder den Aussteller.</translation>
    </message>
    <message>
        <location filename="../portal_manager/mfa/totp.py" line="263"/>
        <source>The text for the QR code is too long for a QR code (at most %1 bytes).</source>
        <translation>Der Text für den QR-Code ist zu lang für einen QR-Code (höchstens %1 Byte).</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <location filename="../portal_manager/app/user_management.py" line="31"/>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/user_management.py" line="56"/>
        <source>You cannot remove yourself; ask another administrator.</source>
        <translation>Sie können sich nicht selbst entfernen; bitten Sie einen anderen Administrator.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/user_management.py" line="77"/>
        <source>The public key of %1 in users.json is not the one Portal Manager created for %1: users.json was changed outside Portal Manager (or the store is an older copy). Nothing was changed. Reset %1&apos;s password first, which gives %1 a new key pair, then grant again.</source>
        <translation>Der öffentliche Schlüssel von %1 in users.json ist nicht der, den Portal Manager für %1 erzeugt hat: users.json wurde außerhalb von Portal Manager geändert (oder der Speicher ist eine ältere Kopie). Es wurde nichts geändert. Setzen Sie zuerst das Passwort von %1 zurück, wodurch die Person ein neues Schlüsselpaar erhält, und nehmen Sie %1 dann erneut auf.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/user_management.py" line="83"/>
        <source>%1 is already a member of %2.</source>
        <translation>%1 ist bereits Mitglied von %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/user_management.py" line="97"/>
        <source>%1 is not a member of %2.</source>
        <translation>%1 ist kein Mitglied von %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/app/user_management.py" line="123"/>
        <source>change another user&apos;s password</source>
        <translation>das Passwort eines anderen Benutzers ändern</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="73"/>
        <source>the scrypt parameters must be positive whole numbers</source>
        <translation>die scrypt-Parameter müssen positive ganze Zahlen sein</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="77"/>
        <source>the scrypt parameter n must be a power of two</source>
        <translation>der scrypt-Parameter n muss eine Zweierpotenz sein</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="80"/>
        <source>the scrypt parameters are beyond what a login may cost (at most %1 MiB and %2× the production work)</source>
        <translation>die scrypt-Parameter übersteigen, was eine Anmeldung kosten darf (höchstens %1 MiB und das %2-Fache des Produktionsaufwands)</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="226"/>
        <source>%1: the key derivation must be &quot;scrypt&quot;.</source>
        <translation>%1: Die Schlüsselableitung muss „scrypt“ sein.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="235"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="245"/>
        <source>%1: &quot;public_key&quot; is not a usable X25519 key.</source>
        <translation>%1: „public_key“ ist kein verwendbarer X25519-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="261"/>
        <source>%1: &quot;%2&quot; is not base64.</source>
        <translation>%1: „%2“ ist kein Base64.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/credentials.py" line="264"/>
        <source>%1: &quot;%2&quot; has the wrong length.</source>
        <translation>%1: „%2“ hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="49"/>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="81"/>
        <source>That is not a valid user name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;@&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Das ist kein gültiger Benutzername: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, „.“, „_“, „@“ oder „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="90"/>
        <source>The password is too short: use at least %1 characters.</source>
        <translation>Das Passwort ist zu kurz: Verwenden Sie mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="94"/>
        <source>The password is too long: use at most %1 characters.</source>
        <translation>Das Passwort ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="99"/>
        <source>The password must not contain control characters.</source>
        <translation>Das Passwort darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="121"/>
        <source>is damaged: %1 Restore it from a backup.</source>
        <translation>ist beschädigt: %1 Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="125"/>
        <source>has no member of %1, which a portal always has. Restore it from a backup.</source>
        <translation>hat kein Mitglied von %1, das ein Portal immer hat. Stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="135"/>
        <source>user record %1</source>
        <translation>Benutzerdatensatz %1</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="140"/>
        <source>%1: the user name is not valid.</source>
        <translation>%1: Der Benutzername ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="142"/>
        <source>%1: the user %2 is listed twice.</source>
        <translation>%1: Der Benutzer %2 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="147"/>
        <source>%1: a group name is not valid.</source>
        <translation>%1: Ein Gruppenname ist nicht gültig.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="150"/>
        <source>user record %1 (%2)</source>
        <translation>Benutzerdatensatz %1 (%2)</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="163"/>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="166"/>
        <source>There is no user with that name.</source>
        <translation>Es gibt keinen Benutzer mit diesem Namen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="197"/>
        <source>%1 was changed outside Portal Manager: the public key stored for %2 does not belong to %2&apos;s key pair, so the login was refused and nothing was changed. %2 can repair it by setting their password again (&apos;portal-manager user passwd %2 --user %2&apos;), or an administrator can reset it.</source>
        <translation>%1 wurde außerhalb von Portal Manager geändert: Der für %2 gespeicherte öffentliche Schlüssel gehört nicht zum Schlüsselpaar von %2, daher wurde die Anmeldung abgelehnt und nichts geändert. %2 kann das reparieren, indem das eigene Passwort neu gesetzt wird („portal-manager user passwd %2 --user %2“), oder ein Administrator kann es zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="211"/>
        <source>Only members of %1 may %2. You are not logged in; log in as an administrator or ask one.</source>
        <translation>Nur Mitglieder von %1 dürfen %2. Sie sind nicht angemeldet; melden Sie sich als Administrator an oder bitten Sie einen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="215"/>
        <source>Only members of %1 may %2. %3 is not a member of %1; log in as an administrator or ask one.</source>
        <translation>Nur Mitglieder von %1 dürfen %2. %3 ist kein Mitglied von %1; melden Sie sich als Administrator an oder bitten Sie einen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="221"/>
        <source>You are not logged in as a user of this portal.</source>
        <translation>Sie sind nicht als Benutzer dieses Portals angemeldet.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="259"/>
        <source>There is already a user %1.</source>
        <translation>Es gibt bereits einen Benutzer %1.</translation>
    </message>
    <message>
        <location filename="../portal_manager/users/directory.py" line="304"/>
        <source>%1 is the last member of %2, and the group must never be empty. Make another user an administrator first.</source>
        <translation>%1 ist das letzte Mitglied von %2, und die Gruppe darf nie leer sein. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="221"/>
        <source>Users and groups</source>
        <translation>Benutzer und Gruppen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="229"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="229"/>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="229"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="232"/>
        <source>&amp;Users:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="235"/>
        <source>&amp;Add user…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="236"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="237"/>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="321"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="321"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="344"/>
        <source>Remove from Ad&amp;ministrators</source>
        <translation>Aus Ad&amp;ministrators entfernen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="346"/>
        <source>&amp;Make administrator</source>
        <translation>Zum Ad&amp;ministrator machen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="371"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="374"/>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="408"/>
        <source>Remove the user %1?</source>
        <translation>Den Benutzer %1 entfernen?</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="410"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="412"/>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="417"/>
        <source>%1 can no longer log in, and the login information store is re-keyed so that %1&apos;s keys no longer open it.</source>
        <translation>%1 kann sich nicht mehr anmelden, und der Anmeldeinformationsspeicher wird neu verschlüsselt, sodass die Schlüssel von %1 ihn nicht mehr öffnen.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="419"/>
        <source>%1 can no longer log in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="427"/>
        <source>%1 is now a member of Administrators.</source>
        <translation>%1 ist jetzt Mitglied von Administrators.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="435"/>
        <source>%1 was removed from Administrators.</source>
        <translation>%1 wurde aus Administrators entfernt.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="441"/>
        <source>Remove yourself from Administrators?</source>
        <translation>Sich selbst aus Administrators entfernen?</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="442"/>
        <source>You can then no longer manage users, change the Security settings or open the login information store. Only another administrator can give these rights back.</source>
        <translation>Sie können dann keine Benutzer mehr verwalten, die Sicherheitseinstellungen nicht mehr ändern und den Anmeldeinformationsspeicher nicht mehr öffnen. Nur ein anderer Administrator kann Ihnen diese Rechte zurückgeben.</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/users_dialog.py" line="445"/>
        <source>Remove &amp;me</source>
        <translation>&amp;Mich entfernen</translation>
    </message>
</context>
<context>
    <name>VoiceDialog</name>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="435"/>
        <source>Insert &amp;example</source>
        <translation>Beispi&amp;el einfügen</translation>
    </message>
    <message>
        <location filename="../portal_manager/ui/message_dialogs.py" line="438"/>
        <source>Puts the SSML best-practice example into the editor: the code read digit by digit, slowly, twice.</source>
        <translation>Fügt das SSML-Beispiel (Best Practice) in den Editor ein: der Code Ziffer für Ziffer, langsam, zweimal vorgelesen.</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../portal_manager/ui/worker.py" line="71"/>
        <source>The request failed unexpectedly (%1). Try again; if it keeps failing, report it.</source>
        <translation>Die Anfrage ist unerwartet fehlgeschlagen (%1). Versuchen Sie es erneut; wenn der Fehler bleibt, melden Sie ihn.</translation>
    </message>
</context>
</TS>
