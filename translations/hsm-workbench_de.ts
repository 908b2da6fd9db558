<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hsm</name>
    <message>
        <location filename="../backend/Module.cpp" line="61"/>
        <source>cannot load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="61"/>
        <source>unknown reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="62"/>
        <source>check that the file is a PKCS#11 module (a shared library) built for this machine&apos;s architecture and that its dependencies are installed (ldd shows missing ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="31"/>
        <source>The SO PIN is locked. Logging in is refused so nothing is sent to the token; the token must be re-initialised (all objects are lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="33"/>
        <source>The user PIN is locked. Logging in is refused so nothing is sent to the token; the security officer can unblock it by setting a new user PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="39"/>
        <source>Final try: one more wrong SO PIN locks the SO PIN for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="40"/>
        <source>Final try: one more wrong user PIN locks the user PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="45"/>
        <source>A wrong SO PIN was entered before; few tries are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="46"/>
        <source>A wrong user PIN was entered before; few tries are left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="48"/>
        <source>The SO PIN must be changed after login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="49"/>
        <source>The user PIN must be changed after login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="51"/>
        <source>The user PIN is not initialised; the security officer must set it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="62"/>
        <source>The PIN is now locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="64"/>
        <source>One try is left: the next wrong PIN locks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="66"/>
        <source>The token reports that few tries are left; it does not say how many.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="67"/>
        <source>The token does not report a low try count; check the PIN before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::AddModuleDialog</name>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="22"/>
        <source>Add PKCS#11 module</source>
        <translation>PKCS#11-Modul hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="23"/>
        <source>Add module</source>
        <translation>Modul hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="27"/>
        <source>Modules &amp;registered with p11-kit:</source>
        <translation>Bei p11-kit &amp;registrierte Module:</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="31"/>
        <source>Registered modules</source>
        <translation>Registrierte Module</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="32"/>
        <source>Modules p11-kit knows about; pick one or enter a path below</source>
        <translation>Module, die p11-kit kennt; eines auswählen oder unten einen Pfad eingeben</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="35"/>
        <source>Reading the p11-kit registry…</source>
        <translation>Lese die p11-kit-Registrierung …</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="39"/>
        <source>Module &amp;library:</source>
        <translation>Modul-&amp;Bibliothek:</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="44"/>
        <source>/path/to/pkcs11-module.so or a p11-kit module name</source>
        <translation>/pfad/zu/pkcs11-modul.so oder ein p11-kit-Modulname</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="45"/>
        <source>Module path</source>
        <translation>Modulpfad</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="49"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="51"/>
        <source>Choose the module&apos;s shared library file</source>
        <translation>Die Bibliotheksdatei des Moduls auswählen</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="52"/>
        <source>Browse for a module file</source>
        <translation>Nach einer Moduldatei suchen</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="57"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="103"/>
        <source>p11-kit has no registered modules.</source>
        <translation>Bei p11-kit sind keine Module registriert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/AddModuleDialog.cpp" line="104"/>
        <source>%n registered module(s).</source>
        <translation>
            <numerusform>%n registriertes Modul.</numerusform>
            <numerusform>%n registrierte Module.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="112"/>
        <source>Choose a PKCS#11 module</source>
        <translation>PKCS#11-Modul auswählen</translation>
    </message>
    <message>
        <location filename="../views/AddModuleDialog.cpp" line="113"/>
        <source>Shared libraries (*.so *.so.* *.dylib *.dll);;All files (*)</source>
        <translation>Programmbibliotheken (*.so *.so.* *.dylib *.dll);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hsm::AttributeModel</name>
    <message>
        <location filename="../models/AttributeModel.cpp" line="12"/>
        <source>sensitive</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../models/AttributeModel.cpp" line="14"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../models/AttributeModel.cpp" line="41"/>
        <source>The token does not reveal this value (CKR_ATTRIBUTE_SENSITIVE).</source>
        <translation>Das Token gibt diesen Wert nicht preis (CKR_ATTRIBUTE_SENSITIVE).</translation>
    </message>
    <message>
        <location filename="../models/AttributeModel.cpp" line="65"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../models/AttributeModel.cpp" line="67"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/AttributeModel.cpp" line="69"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>hsm::AttributeReader</name>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="33"/>
        <location filename="../backend/AttributeReader.cpp" line="39"/>
        <location filename="../backend/AttributeReader.cpp" line="53"/>
        <location filename="../backend/AttributeReader.cpp" line="74"/>
        <location filename="../backend/AttributeReader.cpp" line="131"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="45"/>
        <source>%1 (not UTF-8; hex %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="59"/>
        <source>invalid date (hex %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="68"/>
        <location filename="../backend/AttributeReader.cpp" line="152"/>
        <source>(none)</source>
        <translation type="unfinished">(keine)</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="114"/>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="116"/>
        <source>manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="117"/>
        <source>token user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="119"/>
        <source>operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="120"/>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="122"/>
        <source>third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="123"/>
        <source>other entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="133"/>
        <source>DER certificate, %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="338"/>
        <source>sensitive</source>
        <translation type="unfinished">vertraulich</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="342"/>
        <source>withheld (%1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="347"/>
        <source>unreadable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::CallTraceModel</name>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="67"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="69"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="71"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="73"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="75"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="77"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/CallTraceModel.cpp" line="79"/>
        <source>Duration (µs)</source>
        <translation>Dauer (µs)</translation>
    </message>
</context>
<context>
    <name>hsm::Error</name>
    <message>
        <location filename="../backend/Error.cpp" line="11"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished">%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../backend/Error.cpp" line="13"/>
        <source>Try: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::LogDock</name>
    <message>
        <location filename="../views/LogDock.cpp" line="36"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="38"/>
        <source>Log and call trace</source>
        <translation>Protokoll und Aufrufverlauf</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="47"/>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="50"/>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="51"/>
        <source>Show and record messages of this level and above</source>
        <translation>Meldungen dieser Stufe und darüber anzeigen und aufzeichnen</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="52"/>
        <source>Trace</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="52"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="52"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="53"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="53"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="53"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="65"/>
        <source>Log messages</source>
        <translation>Protokollmeldungen</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="68"/>
        <source>Lo&amp;g</source>
        <translation>Pro&amp;tokoll</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="75"/>
        <source>PKCS#11 call trace</source>
        <translation>PKCS#11-Aufrufverlauf</translation>
    </message>
    <message>
        <location filename="../views/LogDock.cpp" line="78"/>
        <source>&amp;Call trace</source>
        <translation>&amp;Aufrufverlauf</translation>
    </message>
</context>
<context>
    <name>hsm::LogModel</name>
    <message>
        <location filename="../models/LogModel.cpp" line="52"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../models/LogModel.cpp" line="54"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../models/LogModel.cpp" line="56"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../models/LogModel.cpp" line="58"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>hsm::LoginDialog</name>
    <message>
        <location filename="../views/LoginDialog.cpp" line="19"/>
        <source>Log in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="20"/>
        <location filename="../views/LoginDialog.cpp" line="66"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="24"/>
        <source>Token &lt;b&gt;%1&lt;/b&gt; (serial %2)</source>
        <translation>Token &lt;b&gt;%1&lt;/b&gt; (Seriennummer %2)</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="31"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="32"/>
        <source>Security officer (SO)</source>
        <translation>Sicherheitsbeauftragter (SO)</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="33"/>
        <source>Log in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="34"/>
        <source>Log in as the normal user or as the security officer</source>
        <translation>Als normaler Benutzer oder als Sicherheitsbeauftragter anmelden</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="35"/>
        <source>Log in &amp;as:</source>
        <translation>Anmelden &amp;als:</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="40"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="41"/>
        <source>The PIN is sent to the token only; it is never stored</source>
        <translation>Die PIN wird nur an das Token gesendet und nie gespeichert</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="44"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="47"/>
        <source>This token has a PIN pad: use the PIN pad to enter the PIN after pressing Log in.</source>
        <translation>Dieses Token hat ein PIN-Pad: Nach „Anmelden“ die PIN am PIN-Pad eingeben.</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="60"/>
        <source>I understand that a wrong PIN now locks the PIN</source>
        <translation>Mir ist bewusst, dass eine falsche PIN die PIN jetzt sperrt</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="62"/>
        <source>Confirm the final try</source>
        <translation>Letzten Versuch bestätigen</translation>
    </message>
</context>
<context>
    <name>hsm::MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="77"/>
        <location filename="../views/MainWindow.cpp" line="680"/>
        <source>HSM Workbench</source>
        <translation>HSM Workbench</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="100"/>
        <source>Listing progress</source>
        <translation>Fortschritt der Auflistung</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="123"/>
        <source>&amp;Add module…</source>
        <translation>Modul &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="124"/>
        <source>Load a PKCS#11 module</source>
        <translation>Ein PKCS#11-Modul laden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="126"/>
        <source>Add module</source>
        <translation>Modul hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="130"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="131"/>
        <source>Read slots, tokens and objects again</source>
        <translation>Slots, Tokens und Objekte neu einlesen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="132"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="135"/>
        <source>Log &amp;in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="136"/>
        <source>Log in to the selected token</source>
        <translation>Beim ausgewählten Token anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="138"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="141"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="143"/>
        <source>Log out of the selected token</source>
        <translation>Vom ausgewählten Token abmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="144"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="147"/>
        <source>&amp;Copy PKCS#11 URI</source>
        <translation>PKCS#11-URI &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="149"/>
        <source>Copy the PKCS#11 URI of the selected object or token</source>
        <translation>Die PKCS#11-URI des ausgewählten Objekts oder Tokens kopieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="151"/>
        <source>Copy PKCS#11 URI</source>
        <translation>PKCS#11-URI kopieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="154"/>
        <source>&amp;Find objects</source>
        <translation>Objekte &amp;suchen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="155"/>
        <source>Move to the object filter</source>
        <translation>Zum Objektfilter springen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="156"/>
        <source>Find objects</source>
        <translation>Objekte suchen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>Quit HSM Workbench</source>
        <translation>HSM Workbench beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="160"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="165"/>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="171"/>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="183"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="206"/>
        <source>Modules, slots and tokens</source>
        <translation>Module, Slots und Tokens</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="235"/>
        <source>Token contents</source>
        <translation>Token-Inhalt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="250"/>
        <source>Filter by label, ID or subject</source>
        <translation>Nach Bezeichnung, ID oder Subjekt filtern</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="252"/>
        <source>Object filter</source>
        <translation>Objektfilter</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="253"/>
        <source>Shows only objects whose label, ID (hex) or subject contains this text</source>
        <translation>Zeigt nur Objekte, deren Bezeichnung, ID (hex) oder Subjekt diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="257"/>
        <source>Object class filter</source>
        <translation>Filter nach Objektklasse</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="258"/>
        <source>Show only objects of one class</source>
        <translation>Nur Objekte einer Klasse anzeigen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="259"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="260"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="262"/>
        <source>Public keys</source>
        <translation>Öffentliche Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="264"/>
        <source>Private keys</source>
        <translation>Private Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="266"/>
        <source>Secret keys</source>
        <translation>Geheime Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="268"/>
        <source>Data objects</source>
        <translation>Datenobjekte</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="278"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="298"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objekte</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="317"/>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="328"/>
        <source>Mec&amp;hanisms</source>
        <translation>Mec&amp;hanismen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="332"/>
        <source>Token information</source>
        <translation>Token-Informationen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="333"/>
        <source>To&amp;ken</source>
        <translation>To&amp;ken</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="339"/>
        <location filename="../views/MainWindow.cpp" line="506"/>
        <location filename="../views/MainWindow.cpp" line="585"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="345"/>
        <source>Attributes of the selected object</source>
        <translation>Attribute des ausgewählten Objekts</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="385"/>
        <source>Loaded %1 (%2)</source>
        <translation>%1 geladen (%2)</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="394"/>
        <source>Could not load the module %1</source>
        <translation>Das Modul %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="402"/>
        <source>Token “%1” was removed. Its objects are no longer available.</source>
        <translation>Token „%1“ wurde entfernt. Seine Objekte sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="403"/>
        <source>Token “%1” was removed</source>
        <translation>Token „%1“ wurde entfernt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="407"/>
        <source>Token “%1” was inserted</source>
        <translation>Token „%1“ wurde eingesteckt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="424"/>
        <source>Opening the demo environment</source>
        <translation>Öffne die Demo-Umgebung</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="433"/>
        <source>Loading %1…</source>
        <translation>Lade %1 …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="479"/>
        <source>No token in slot %1</source>
        <translation>Kein Token in Slot %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="530"/>
        <source>Objects listed: %1</source>
        <translation>Aufgelistete Objekte: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="532"/>
        <source>Listing the objects failed</source>
        <translation>Auflisten der Objekte fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="549"/>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="552"/>
        <source>Logged in to %1</source>
        <translation>Bei %1 angemeldet</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="557"/>
        <source>Logout failed</source>
        <translation>Abmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="560"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="564"/>
        <source>Token error</source>
        <translation>Token-Fehler</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="592"/>
        <source>Attributes of %1 “%2”</source>
        <translation>Attribute von %1 „%2“</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="623"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="640"/>
        <source>object “%1”</source>
        <translation>Objekt „%1“</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="643"/>
        <source>token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="646"/>
        <source>Select a token or an object first</source>
        <translation>Zuerst ein Token oder ein Objekt auswählen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="650"/>
        <source>Copied the URI of %1: %2</source>
        <translation>URI von %1 kopiert: %2</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="671"/>
        <source>Listing objects… %1</source>
        <translation>Objekte werden aufgelistet … %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="686"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="688"/>
        <source>Return value: %1</source>
        <translation>Rückgabewert: %1</translation>
    </message>
</context>
<context>
    <name>hsm::MechanismModel</name>
    <message>
        <location filename="../models/MechanismModel.cpp" line="66"/>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <location filename="../models/MechanismModel.cpp" line="68"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../models/MechanismModel.cpp" line="70"/>
        <source>Min key size</source>
        <translation>Min. Schlüssellänge</translation>
    </message>
    <message>
        <location filename="../models/MechanismModel.cpp" line="72"/>
        <source>Max key size</source>
        <translation>Max. Schlüssellänge</translation>
    </message>
    <message>
        <location filename="../models/MechanismModel.cpp" line="74"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>hsm::Module</name>
    <message>
        <location filename="../backend/Module.cpp" line="90"/>
        <source>the module file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="91"/>
        <source>check the path, or choose a module registered with p11-kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="93"/>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="94"/>
        <source>choose the module&apos;s shared library (.so) itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="126"/>
        <source>%1 is a shared library but not a PKCS#11 module: it exports neither C_GetInterface nor C_GetFunctionList</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="129"/>
        <source>choose the vendor&apos;s PKCS#11 library; see the vendor documentation for its path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="138"/>
        <source>the module returned no function list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="139"/>
        <source>the module is broken; contact its vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="197"/>
        <source>the slot list kept changing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="204"/>
        <location filename="../backend/Module.cpp" line="212"/>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::ModuleManager</name>
    <message>
        <location filename="../backend/ModuleManager.cpp" line="197"/>
        <location filename="../backend/ModuleManager.cpp" line="219"/>
        <source>the module %1 is already loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleManager.cpp" line="198"/>
        <location filename="../backend/ModuleManager.cpp" line="220"/>
        <source>remove it first to load it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::ModuleRegistry</name>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="63"/>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="64"/>
        <source>Give the path of the module&apos;s shared library (.so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="82"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="88"/>
        <source>The module file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="90"/>
        <source>Check the path, or use a registered module name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="95"/>
        <source>No module file or registered module named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="98"/>
        <source>Registered p11-kit modules: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::ModuleTreeModel</name>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="117"/>
        <source>(no token)</source>
        <translation>(kein Token)</translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="123"/>
        <source>%1
%2 %3
Cryptoki %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="127"/>
        <source>%1
Flags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="131"/>
        <source>%1 %2, serial %3
Flags: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="135"/>
        <source>This slot holds no token.</source>
        <translation>In diesem Slot steckt kein Token.</translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="145"/>
        <source>Modules</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>hsm::ObjectLister</name>
    <message>
        <location filename="../backend/ObjectLister.cpp" line="115"/>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/ObjectLister.cpp" line="116"/>
        <source>%1 bytes</source>
        <translation type="unfinished">%1 Byte</translation>
    </message>
</context>
<context>
    <name>hsm::ObjectTableModel</name>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="99"/>
        <source>The label is not valid UTF-8; raw bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="130"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="132"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="134"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="136"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="138"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="140"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="142"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="144"/>
        <source>Modifiable</source>
        <translation>Änderbar</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="146"/>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="148"/>
        <source>Extractable</source>
        <translation>Exportierbar</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="150"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="152"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="154"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="156"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>hsm::Pkcs11Uri</name>
    <message>
        <location filename="../backend/Pkcs11Uri.cpp" line="124"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Uri.cpp" line="130"/>
        <source>&quot;%1&quot; is not a valid PKCS#11 URI: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Uri.cpp" line="132"/>
        <source>A PKCS#11 URI looks like pkcs11:token=My%20Token;serial=1234 (RFC 7512); special characters are percent-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::Session</name>
    <message>
        <location filename="../backend/Session.cpp" line="28"/>
        <source>slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="82"/>
        <source>re-initialise the token (this destroys its objects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="83"/>
        <source>log in as security officer and set a new user PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="86"/>
        <source>confirm that you want to use the final try, and double-check the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="90"/>
        <source>no PIN was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="91"/>
        <source>enter the PIN; this token has no PIN pad.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::StartupModules</name>
    <message>
        <location filename="../views/StartupModules.cpp" line="64"/>
        <source>No module is configured yet. Add one with Module &gt; Add module (Ctrl+O), or create the demo environment with scripts/demo-env.sh and start HSM Workbench again.</source>
        <translation>Noch ist kein Modul eingerichtet. Eines über Modul &gt; Modul hinzufügen (Strg+O) hinzufügen, oder die Demo-Umgebung mit scripts/demo-env.sh anlegen und HSM Workbench neu starten.</translation>
    </message>
</context>
<context>
    <name>hsm::TokenInfoWidget</name>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="16"/>
        <location filename="../views/TokenInfoWidget.cpp" line="24"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="18"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="25"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="37"/>
        <source>Select a token in the tree to see its information.</source>
        <translation>Ein Token im Baum auswählen, um seine Informationen zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="51"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="52"/>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="53"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="54"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="55"/>
        <source>User PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="56"/>
        <source>SO PIN</source>
        <translation>SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="57"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="58"/>
        <source>Sessions (open / max)</source>
        <translation>Sitzungen (offen / max.)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="59"/>
        <source>Read/write sessions (open / max)</source>
        <translation>Schreib-/Lesesitzungen (offen / max.)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="60"/>
        <source>PIN length (min – max)</source>
        <translation>PIN-Länge (min. – max.)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="61"/>
        <source>Public memory (free / total)</source>
        <translation>Öffentlicher Speicher (frei / gesamt)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="62"/>
        <source>Private memory (free / total)</source>
        <translation>Privater Speicher (frei / gesamt)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="63"/>
        <source>Hardware version</source>
        <translation>Hardware-Version</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="64"/>
        <source>Firmware version</source>
        <translation>Firmware-Version</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="65"/>
        <source>Clock (UTC)</source>
        <translation>Uhr (UTC)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="95"/>
        <source>not initialized</source>
        <translation>nicht initialisiert</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="98"/>
        <source>locked: no login is possible until it is unblocked</source>
        <translation>gesperrt: keine Anmeldung möglich, bis sie entsperrt wird</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="100"/>
        <source>final try: one more wrong PIN locks it</source>
        <translation>letzter Versuch: eine weitere falsche PIN sperrt sie</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="102"/>
        <source>a wrong PIN was entered since the last successful login</source>
        <translation>seit der letzten erfolgreichen Anmeldung wurde eine falsche PIN eingegeben</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="104"/>
        <source>must be changed</source>
        <translation>muss geändert werden</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="106"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="108"/>
        <source>entered on the PIN pad</source>
        <translation>wird am PIN-Pad eingegeben</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="131"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="132"/>
        <location filename="../views/TokenInfoWidget.cpp" line="134"/>
        <location filename="../views/TokenInfoWidget.cpp" line="137"/>
        <location filename="../views/TokenInfoWidget.cpp" line="139"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="135"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../views/TokenInfoWidget.cpp" line="143"/>
        <source>the token has no clock</source>
        <translation>das Token hat keine Uhr</translation>
    </message>
</context>
<context>
    <name>hsm::TokenSelector</name>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="20"/>
        <source>&quot;%1&quot; (serial %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="38"/>
        <source>No token was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="39"/>
        <source>Name a token by label, serial:SERIAL or a pkcs11: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="75"/>
        <source>No token matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="77"/>
        <source>The module has no token present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="78"/>
        <source>Available tokens: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="85"/>
        <source>Choose one with serial:SERIAL or its pkcs11: URI.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::TokenWorker</name>
    <message>
        <location filename="../backend/TokenWorker.cpp" line="26"/>
        <source>the listing was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::cli</name>
    <message>
        <location filename="../cli/CliArguments.cpp" line="37"/>
        <source>List the PKCS#11 modules registered with p11-kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="38"/>
        <location filename="../cli/CliArguments.cpp" line="43"/>
        <location filename="../cli/CliArguments.cpp" line="50"/>
        <location filename="../cli/CliArguments.cpp" line="65"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="41"/>
        <source>List a module&apos;s slots and the tokens in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="42"/>
        <location filename="../cli/CliArguments.cpp" line="47"/>
        <location filename="../cli/CliArguments.cpp" line="54"/>
        <source>Module path or p11-kit module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="46"/>
        <source>List the mechanisms a token supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="48"/>
        <location filename="../cli/CliArguments.cpp" line="55"/>
        <source>Token label, serial:SERIAL or pkcs11: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="53"/>
        <source>List a token&apos;s objects (public ones only without --pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="58"/>
        <source>Log in as user with the PIN read from env:NAME, file:PATH or - (stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="62"/>
        <source>Log in even when the token reports the PIN&apos;s final try (one more wrong PIN locks it); without it such a login is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="78"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="85"/>
        <location filename="../cli/CliArguments.cpp" line="227"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="105"/>
        <source>The PIN from %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="180"/>
        <source>Usage: hsmwb COMMAND [OPTIONS]
Inspect PKCS#11 modules, tokens and objects (HSM Workbench command line).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="186"/>
        <source>
MODULE is a module file or the name of a p11-kit registered module (see hsmwb modules).
TOKEN is a token label, serial:SERIAL or a pkcs11: URI.
SOURCE is env:NAME, file:PATH (first line) or - (one line from standard input);
a PIN is never accepted on the command line.

  --help      Show this help (hsmwb COMMAND --help for a command&apos;s options).
  --version   Show the version.

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="198"/>
        <source>No command given (modules, slots, mechanisms or objects; see hsmwb --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="217"/>
        <source>Unknown command &quot;%1&quot; (see hsmwb --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="233"/>
        <source>%1 (see hsmwb %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="243"/>
        <source>Unexpected argument after &quot;%1&quot; (see hsmwb %1 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="246"/>
        <source>hsmwb %1 needs --%2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="20"/>
        <source>yes</source>
        <translation type="unfinished">ja</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="20"/>
        <source>no</source>
        <translation type="unfinished">nein</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="108"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="108"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="130"/>
        <source>SLOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="130"/>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="130"/>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="130"/>
        <source>MODEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="130"/>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="133"/>
        <source>(not initialized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="140"/>
        <source>(no token)</source>
        <translation type="unfinished">(kein Token)</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="161"/>
        <source>MECHANISM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="161"/>
        <source>MIN KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="161"/>
        <source>MAX KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="161"/>
        <source>FLAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>ID</source>
        <translation type="unfinished">ID</translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>PRIVATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::cli::PinSource</name>
    <message>
        <location filename="../cli/CliArguments.cpp" line="134"/>
        <source>--pin takes where to read the PIN from, not the PIN: a PIN on the command line is visible to other users in the process list and stays in shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="136"/>
        <source>Use --pin env:NAME, --pin file:PATH or --pin - (one line from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="145"/>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="149"/>
        <source>The environment variable %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="155"/>
        <source>The PIN file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="158"/>
        <source>The PIN file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="164"/>
        <source>The first line of the PIN file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="170"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="172"/>
        <source>No PIN was read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="176"/>
        <source>Unknown PIN source.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hsm::format</name>
    <message>
        <location filename="../models/Formatting.cpp" line="23"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="23"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="29"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="31"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="33"/>
        <source>Public key</source>
        <translation>Öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="35"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="37"/>
        <source>Secret key</source>
        <translation>Geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="39"/>
        <source>Hardware feature</source>
        <translation>Hardware-Funktion</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="41"/>
        <source>Domain parameters</source>
        <translation>Domänenparameter</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="43"/>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="76"/>
        <source>trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="78"/>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="80"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="82"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="84"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="86"/>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="88"/>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="93"/>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="101"/>
        <source>(uninitialised token)</source>
        <translation>(nicht initialisierter Token)</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="105"/>
        <source>(no label)</source>
        <translation>(ohne Bezeichnung)</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="106"/>
        <source>(no label, serial %1)</source>
        <translation>(ohne Bezeichnung, Seriennummer %1)</translation>
    </message>
</context>
<context>
    <name>hsm::names</name>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="12"/>
        <source>The call succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="14"/>
        <source>The operation was cancelled by the application&apos;s callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="17"/>
        <source>The computer ran out of memory for the module. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="21"/>
        <source>The slot does not exist (any more). Refresh the slot list; slot numbers can change when tokens are added or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="26"/>
        <source>The module reported an unrecoverable error. Check the module&apos;s own log; restarting the application or the HSM service may be needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="31"/>
        <source>The module could not carry out the request. Check the module&apos;s log for the reason and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="36"/>
        <source>The module rejected the arguments of the call. This is usually a bug in the calling program or a module incompatibility; check the module&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="41"/>
        <source>No slot event happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="44"/>
        <source>The module cannot work with the locking the application asked for. Check the module&apos;s documentation for its threading requirements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="49"/>
        <source>An attribute in the template cannot be set or changed. Remove it from the template or create a new object instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="54"/>
        <source>The attribute is sensitive: the token does not reveal its value. This is expected for private and secret key material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="59"/>
        <source>The object does not have this attribute, or the token does not know it. Remove it from the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="64"/>
        <source>An attribute in the template has a value the token does not accept (wrong length, range or format). Check the template against the token&apos;s documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="69"/>
        <source>The token&apos;s policy forbids this action on the object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="72"/>
        <source>The input data is not valid for this mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="74"/>
        <source>The input data has the wrong length for this mechanism or key (for example too long for the RSA modulus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="79"/>
        <source>The token or HSM reported a hardware or communication error. Check the connection and the device&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="84"/>
        <source>The token has no room left. Delete objects you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="87"/>
        <source>The token was removed or the connection to the HSM was lost. Reconnect it and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="92"/>
        <source>The encrypted data is invalid or has the wrong length for this key and mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="96"/>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="98"/>
        <source>The module does not support parallel functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="100"/>
        <source>The module does not implement this function. Use another module or a different way to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="105"/>
        <source>The key no longer exists in this session. Refresh the object list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="108"/>
        <source>The key size is outside what the token supports for this mechanism. See the token&apos;s Mechanisms tab for the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="113"/>
        <source>The key&apos;s type does not fit this mechanism (for example an EC key with an RSA mechanism).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="117"/>
        <source>A key was supplied but this mechanism does not use one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="120"/>
        <source>The key changed since the saved state was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="122"/>
        <source>The saved state needs a key to be supplied again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="124"/>
        <source>This key cannot be digested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="126"/>
        <source>The key&apos;s attributes do not allow this use (for example CKA_SIGN is false). Use a key created for this purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="131"/>
        <source>The key cannot be wrapped (CKA_WRAP_WITH_TRUSTED or token policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="134"/>
        <source>The key is not extractable, so it cannot be exported or wrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="137"/>
        <source>The token does not support this mechanism for this operation. See the token&apos;s Mechanisms tab for what it supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="142"/>
        <source>The mechanism&apos;s parameters are not valid for this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="145"/>
        <source>The object no longer exists in this session (deleted, or the session was reopened). Refresh the object list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="150"/>
        <source>Another operation is still running in this session. Wait for it to finish or close the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="155"/>
        <source>The operation was not started in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="157"/>
        <source>The PIN was wrong. Check the token&apos;s PIN warnings before trying again: after too many wrong PINs the token locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="162"/>
        <source>The new PIN contains characters the token does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="165"/>
        <source>The PIN is too short or too long for this token. The token info shows the allowed length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="169"/>
        <source>The PIN has expired. Set a new PIN before using the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="172"/>
        <source>The PIN is locked after too many wrong attempts. The security officer must unlock it (initialise a new user PIN); do not try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="177"/>
        <source>The new PIN is too weak for the token&apos;s policy. Choose a longer or less predictable PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="182"/>
        <source>The session is no longer valid (closed, or the token was removed or reset). Refresh the token and log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="187"/>
        <source>The token has too many open sessions. Close other applications using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="190"/>
        <source>The module does not support parallel sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="192"/>
        <source>The session is read-only. Open a read-write session to change objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="195"/>
        <source>A session is still open on this token. Close all sessions first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="198"/>
        <source>The security officer cannot log in while read-only sessions are open. Close them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="202"/>
        <source>A security officer session is open, so a read-only session cannot be opened. Log the security officer out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="207"/>
        <source>The signature does not verify with this key and data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="210"/>
        <source>The signature has the wrong length for this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="212"/>
        <source>The template lacks an attribute the token requires for this object. Add the missing attributes (see the token&apos;s vendor profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="217"/>
        <source>The template has attributes that contradict each other or the token&apos;s policy. Check the template against the vendor profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="222"/>
        <source>There is no token in the slot. Insert the token (or start the HSM service) and refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="226"/>
        <source>The module does not recognise the token in the slot. Check that the right module is loaded for this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="231"/>
        <source>The token is write-protected (read-only). Objects on it cannot be created, changed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="238"/>
        <source>The unwrapping key is missing, has the wrong size or the wrong type for this mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="242"/>
        <source>The user is already logged in on this token; no new login is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="245"/>
        <source>This needs a login. Log in to the token with the user PIN and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="248"/>
        <source>The user PIN has not been set yet. The security officer must initialise it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="252"/>
        <source>The user type is not valid (use user or security officer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="255"/>
        <source>Another user type is logged in on this token. Log out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="258"/>
        <source>Too many different users are logged in to this token at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="262"/>
        <source>The wrapped key is invalid or has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="267"/>
        <source>The wrapping key is missing, has the wrong size or the wrong type for this mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="271"/>
        <source>The token does not accept seeding of its random generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="274"/>
        <source>The token has no random number generator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="276"/>
        <source>The domain parameters (for example the EC curve) are not valid or not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="279"/>
        <source>The token does not support this elliptic curve. Choose another curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="282"/>
        <source>The output buffer was too small; the program should ask for the length first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="286"/>
        <source>The operation state cannot be saved or restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="288"/>
        <source>The information is sensitive and the token will not reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="291"/>
        <source>The module has not been initialised (C_Initialize). Reload the module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="294"/>
        <source>The module was already initialised by this process; this is harmless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="298"/>
        <source>The module reported a locking error. This is a bug in the module or its threading set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="303"/>
        <source>The one-time-password token needs a new PIN or the next OTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="306"/>
        <source>The token gave up after too many iterations (for example while generating a key). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="311"/>
        <source>The token failed its FIPS self-test and refuses to work. Contact the device&apos;s vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="315"/>
        <source>The module could not load a library it depends on. Check its installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="318"/>
        <source>The public key is not valid (for example a point not on the curve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="321"/>
        <source>The user rejected the operation on the token (for example on its display or keypad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="328"/>
        <source>A vendor-specific error. The module&apos;s documentation or log explains it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="330"/>
        <source>An error code this application does not know. Check the module&apos;s documentation or log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
