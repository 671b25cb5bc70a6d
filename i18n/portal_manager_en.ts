<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AuthenticatorAppDialog</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="188"/>
        <source>%n digits</source>
        <translation>
            <numerusform>%n digit</numerusform>
            <numerusform>%n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/authenticator_dialog.py" line="190"/>
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolmentTestGroup</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/test_enrolment.py" line="276"/>
        <source>Enter the %n digits the app shows.</source>
        <translation>
            <numerusform>Enter the %n digit the app shows.</numerusform>
            <numerusform>Enter the %n digits the app shows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/test_enrolment.py" line="290"/>
        <source>Paused for %n s after five wrong codes</source>
        <translation>
            <numerusform>Paused for %n s after five wrong codes</numerusform>
            <numerusform>Paused for %n s after five wrong codes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/document.py" line="189"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/message_editor.py" line="334"/>
        <source>%n problem(s) in the message</source>
        <translation>
            <numerusform>%n problem in the message</numerusform>
            <numerusform>%n problems in the message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/outbox_dialog.py" line="97"/>
        <source>%n request(s) received.</source>
        <translation>
            <numerusform>%n request received.</numerusform>
            <numerusform>%n requests received.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/preview_pane.py" line="320"/>
        <location filename="../portal_manager/ui/preview_pane.py" line="338"/>
        <source>%n characters</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
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
    <message numerus="yes">
        <location filename="../portal_manager/ui/preview_pane.py" line="324"/>
        <source>%n units</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmsCounter</name>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="171"/>
        <source>%1 / %2 characters · %3 · %n SMS</source>
        <translation>
            <numerusform>%1 / %2 characters · %3 · %n SMS</numerusform>
            <numerusform>%1 / %2 characters · %3 · %n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="175"/>
        <source>%1 / %2 characters · %3 · %n SMS of %4 characters each</source>
        <translation>
            <numerusform>%1 / %2 characters · %3 · %n SMS of %4 characters</numerusform>
            <numerusform>%1 / %2 characters · %3 · %n SMS of %4 characters each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="196"/>
        <source>Longer than one SMS: sent as %n parts, or cut short by some providers.</source>
        <translation>
            <numerusform>Longer than one SMS: sent as %n part, or cut short by some providers.</numerusform>
            <numerusform>Longer than one SMS: sent as %n parts, or cut short by some providers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/ui/sms_counter.py" line="228"/>
        <source>Sent as Unicode (UCS-2) because of %1 and %n more.</source>
        <translation>
            <numerusform>Sent as Unicode (UCS-2) because of %1 and %n more.</numerusform>
            <numerusform>Sent as Unicode (UCS-2) because of %1 and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/templates.py" line="82"/>
        <source>The message is %1 characters long once the placeholders are filled in; an SMS may have at most %2. Remove %n characters.</source>
        <translation>
            <numerusform>The message is %1 characters long once the placeholders are filled in; an SMS may have at most %2. Remove %n character.</numerusform>
            <numerusform>The message is %1 characters long once the placeholders are filled in; an SMS may have at most %2. Remove %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/templates.py" line="87"/>
        <source>The message is %1 characters long once the placeholders are filled in; a voice message may have at most %2. Remove %n characters.</source>
        <translation>
            <numerusform>The message is %1 characters long once the placeholders are filled in; a voice message may have at most %2. Remove %n character.</numerusform>
            <numerusform>The message is %1 characters long once the placeholders are filled in; a voice message may have at most %2. Remove %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../portal_manager/mfa/templates.py" line="280"/>
        <source>%1 %n more control character(s) follow.</source>
        <translation>
            <numerusform>%1 %n more control character follows.</numerusform>
            <numerusform>%1 %n more control characters follow.</numerusform>
        </translation>
    </message>
</context>
</TS>
