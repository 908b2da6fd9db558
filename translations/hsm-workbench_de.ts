<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hsm</name>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="31"/>
        <source>The SO PIN is locked. Logging in is refused so nothing is sent to the token; the token must be re-initialised (all objects are lost).</source>
        <translation>Die SO-PIN ist gesperrt. Die Anmeldung wird verweigert, damit nichts an das Token gesendet wird; das Token muss neu initialisiert werden (alle Objekte gehen verloren).</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="33"/>
        <source>The user PIN is locked. Logging in is refused so nothing is sent to the token; the security officer can unblock it by setting a new user PIN.</source>
        <translation>Die Benutzer-PIN ist gesperrt. Die Anmeldung wird verweigert, damit nichts an das Token gesendet wird; der Sicherheitsbeauftragte kann sie entsperren, indem er eine neue Benutzer-PIN setzt.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="39"/>
        <source>Final try: one more wrong SO PIN locks the SO PIN for good.</source>
        <translation>Letzter Versuch: Eine weitere falsche SO-PIN sperrt die SO-PIN endgültig.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="40"/>
        <source>Final try: one more wrong user PIN locks the user PIN.</source>
        <translation>Letzter Versuch: Eine weitere falsche Benutzer-PIN sperrt die Benutzer-PIN.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="45"/>
        <source>A wrong SO PIN was entered before; few tries are left.</source>
        <translation>Zuvor wurde eine falsche SO-PIN eingegeben; es bleiben nur noch wenige Versuche.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="46"/>
        <source>A wrong user PIN was entered before; few tries are left.</source>
        <translation>Zuvor wurde eine falsche Benutzer-PIN eingegeben; es bleiben nur noch wenige Versuche.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="48"/>
        <source>The SO PIN must be changed after login.</source>
        <translation>Die SO-PIN muss nach der Anmeldung geändert werden.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="49"/>
        <source>The user PIN must be changed after login.</source>
        <translation>Die Benutzer-PIN muss nach der Anmeldung geändert werden.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="51"/>
        <source>The user PIN is not initialised; the security officer must set it first.</source>
        <translation>Die Benutzer-PIN ist nicht initialisiert; der Sicherheitsbeauftragte muss sie zuerst setzen.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="62"/>
        <source>The PIN is now locked.</source>
        <translation>Die PIN ist jetzt gesperrt.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="64"/>
        <source>One try is left: the next wrong PIN locks it.</source>
        <translation>Ein Versuch bleibt: Die nächste falsche PIN sperrt sie.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="66"/>
        <source>The token reports that few tries are left; it does not say how many.</source>
        <translation>Das Token meldet, dass nur noch wenige Versuche bleiben; wie viele, gibt es nicht an.</translation>
    </message>
    <message>
        <location filename="../backend/PinPolicy.cpp" line="67"/>
        <source>The token does not report a low try count; check the PIN before trying again.</source>
        <translation>Das Token meldet keine niedrige Zahl verbleibender Versuche; prüfen Sie die PIN, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardProvider.cpp" line="44"/>
        <source>SoftHSM2</source>
        <translation>SoftHSM2</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardProvider.cpp" line="46"/>
        <source>nShield Web Services</source>
        <translation>nShield Web Services</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardProvider.cpp" line="50"/>
        <source>Generic PKCS#11</source>
        <translation>Generisches PKCS#11</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="30"/>
        <source>%1 key pair “%2”</source>
        <translation>%1-Schlüsselpaar „%2“</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="31"/>
        <source>%1 key “%2”</source>
        <translation>%1-Schlüssel „%2“</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="45"/>
        <source>Generating the %1 failed</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="49"/>
        <source>Generated the %1</source>
        <translation>%1 erzeugt</translation>
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
    <message numerus="yes">
        <location filename="../backend/AttributeReader.cpp" line="22"/>
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n Attribut</numerusform>
            <numerusform>%n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="40"/>
        <location filename="../backend/AttributeReader.cpp" line="46"/>
        <location filename="../backend/AttributeReader.cpp" line="60"/>
        <location filename="../backend/AttributeReader.cpp" line="81"/>
        <location filename="../backend/AttributeReader.cpp" line="138"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="52"/>
        <source>%1 (not UTF-8; hex %2)</source>
        <translation>%1 (kein UTF-8; hex %2)</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="66"/>
        <source>invalid date (hex %1)</source>
        <translation>ungültiges Datum (hex %1)</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="75"/>
        <location filename="../backend/AttributeReader.cpp" line="159"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="121"/>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="123"/>
        <source>manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="124"/>
        <source>token user</source>
        <translation>Token-Benutzer</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="126"/>
        <source>operator</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="127"/>
        <source>authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="129"/>
        <source>third party</source>
        <translation>Dritter</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="130"/>
        <source>other entity</source>
        <translation>andere Stelle</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="140"/>
        <source>DER certificate, %1 bytes</source>
        <translation>DER-Zertifikat, %1 Byte</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="344"/>
        <source>sensitive</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="348"/>
        <source>withheld (%1 bytes)</source>
        <translation>zurückgehalten (%1 Byte)</translation>
    </message>
    <message>
        <location filename="../backend/AttributeReader.cpp" line="353"/>
        <source>unreadable (%1)</source>
        <translation>nicht lesbar (%1)</translation>
    </message>
</context>
<context>
    <name>hsm::BundleCheckController</name>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="21"/>
        <source>Check client certificate &amp;bundle…</source>
        <translation>Client-Zertifikatsbundle &amp;prüfen …</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="23"/>
        <source>Check a network HSM client&apos;s certificate, key, PEM file, CA bundle and PFX against the nShield Web Services rules</source>
        <translation>Zertifikat, Schlüssel, PEM-Datei, CA-Bundle und PFX eines Netzwerk-HSM-Clients anhand der Regeln von nShield Web Services prüfen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="25"/>
        <source>Check client certificate bundle</source>
        <translation>Client-Zertifikatsbundle prüfen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="37"/>
        <source>Write ordered PEM</source>
        <translation>Geordnete PEM-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="42"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="96"/>
        <source>Select the token holding the certificate first.</source>
        <translation>Wählen Sie zuerst das Token aus, das das Zertifikat enthält.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="101"/>
        <source>%1 on token “%2”</source>
        <translation>%1 auf Token „%2“</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="105"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="141"/>
        <source>Reading the certificate from the token failed: %1</source>
        <translation>Lesen des Zertifikats vom Token fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="167"/>
        <location filename="../views/BundleCheckController.cpp" line="185"/>
        <source>The ordered PEM was not written: %1</source>
        <translation>Die geordnete PEM-Datei wurde nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/BundleCheckController.cpp" line="182"/>
        <source>Wrote the ordered PEM (%n certificate(s), no root) to %1</source>
        <translation>
            <numerusform>Geordnete PEM-Datei (%n Zertifikat, ohne Stammzertifikat) nach %1 geschrieben</numerusform>
            <numerusform>Geordnete PEM-Datei (%n Zertifikate, ohne Stammzertifikat) nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/BundleCheckController.cpp" line="191"/>
        <source>Writing the ordered PEM failed</source>
        <translation>Schreiben der geordneten PEM-Datei fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hsm::BundleCheckDialog</name>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="44"/>
        <source>Check client certificate bundle</source>
        <translation>Client-Zertifikats-Bundle prüfen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="48"/>
        <source>Checks the files a network HSM client (nShield Web Services PKCS#11 library) uses: the client certificate with TLS client authentication, the PEM file with the client certificate followed by its intermediates and no root, the key, the PFX for Windows, and the chain to the CA bundle.</source>
        <translation>Prüft die Dateien, die ein Netzwerk-HSM-Client (PKCS#11-Bibliothek von nShield Web Services) verwendet: das Client-Zertifikat mit TLS-Client-Authentifizierung, die PEM-Datei mit dem Client-Zertifikat, gefolgt von seinen Zwischenzertifikaten und ohne Stammzertifikat, den Schlüssel, die PFX-Datei für Windows und die Kette zum CA-Bundle.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="56"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="59"/>
        <source>Client &amp;certificate:</source>
        <translation>Client-&amp;Zertifikat:</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="60"/>
        <source>The client (end-entity) certificate, PEM or DER. A PEM file holding its intermediates too is also checked as the client&apos;s PEM file.</source>
        <translation>Das Client-Zertifikat (End-Entity), PEM oder DER. Eine PEM-Datei, die auch seine Zwischenzertifikate enthält, wird zusätzlich als PEM-Datei des Clients geprüft.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="63"/>
        <location filename="../views/BundleCheckDialog.cpp" line="190"/>
        <source>Client certificate from the selected token object</source>
        <translation>Client-Zertifikat aus dem ausgewählten Token-Objekt</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="66"/>
        <source>Use the certificate selected in the object table instead of a file; its value is read from the token.</source>
        <translation>Das in der Objekttabelle ausgewählte Zertifikat statt einer Datei verwenden; sein Wert wird vom Token gelesen.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="70"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="71"/>
        <source>The client&apos;s private key file (PEM recommended). It is read only to compare its public key with the certificate&apos;s.</source>
        <translation>Die Datei mit dem privaten Schlüssel des Clients (PEM empfohlen). Sie wird nur gelesen, um ihren öffentlichen Schlüssel mit dem des Zertifikats zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="73"/>
        <source>Keys (*.pem *.key *.der);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="74"/>
        <source>The key is on the token (same ID as the certificate)</source>
        <translation>Der Schlüssel ist auf dem Token (gleiche ID wie das Zertifikat)</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="77"/>
        <source>Compare the certificate with the public key of the token&apos;s private key that has the certificate&apos;s CKA_ID.</source>
        <translation>Das Zertifikat mit dem öffentlichen Schlüssel des privaten Schlüssels auf dem Token vergleichen, der die CKA_ID des Zertifikats hat.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="80"/>
        <source>PEM &amp;file for the client:</source>
        <translation>PEM-&amp;Datei für den Client:</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="81"/>
        <source>The file the client will use: the client certificate first, then its intermediate CA certificates, without the root.</source>
        <translation>Die Datei, die der Client verwenden wird: zuerst das Client-Zertifikat, dann seine CA-Zwischenzertifikate, ohne Stammzertifikat.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="84"/>
        <source>C&amp;A bundle:</source>
        <translation>C&amp;A-Bundle:</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="85"/>
        <source>The root and intermediate CA certificates the server trusts.</source>
        <translation>Die Stamm- und CA-Zwischenzertifikate, denen der Server vertraut.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="86"/>
        <source>P&amp;FX for Windows:</source>
        <translation>P&amp;FX für Windows:</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="87"/>
        <source>The PKCS#12 file installed with certutil -importPFX (optional).</source>
        <translation>Die PKCS#12-Datei, die mit certutil -importPFX installiert wird (optional).</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="88"/>
        <source>PFX files (*.pfx *.p12);;All files (*)</source>
        <translation>PFX-Dateien (*.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="92"/>
        <source>PFX password</source>
        <translation>PFX-Passwort</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="93"/>
        <source>The password the PFX was exported with. It is not stored.</source>
        <translation>Das Passwort, mit dem die PFX-Datei exportiert wurde. Es wird nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="94"/>
        <source>PFX pass&amp;word:</source>
        <translation>PFX-Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="101"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="103"/>
        <source>Check bundle</source>
        <translation>Bundle prüfen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="104"/>
        <source>Check every rule with the files given</source>
        <translation>Jede Regel mit den angegebenen Dateien prüfen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="106"/>
        <source>&amp;Write ordered PEM…</source>
        <translation>&amp;Geordnete PEM-Datei schreiben …</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="108"/>
        <source>Write ordered PEM</source>
        <translation>Geordnete PEM-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="110"/>
        <source>Save the client certificate followed by its intermediates, leaf to root, without the root: the file the client should use</source>
        <translation>Das Client-Zertifikat, gefolgt von seinen Zwischenzertifikaten, vom Endzertifikat zum Stammzertifikat, ohne Stammzertifikat speichern: die Datei, die der Client verwenden sollte</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="125"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="127"/>
        <source>Rule and findings</source>
        <translation>Regel und Befunde</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="163"/>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="165"/>
        <source>Browse for %1</source>
        <translation>Nach %1 suchen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="166"/>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="172"/>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="187"/>
        <source>Client certificate from the selected token object (%1)</source>
        <translation>Client-Zertifikat aus dem ausgewählten Token-Objekt (%1)</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="229"/>
        <source>No client certificate was chosen.</source>
        <translation>Es wurde kein Client-Zertifikat ausgewählt.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="230"/>
        <source>Choose the client certificate file, or select a certificate in the object table and tick “Client certificate from the selected token object”.</source>
        <translation>Wählen Sie die Client-Zertifikatsdatei aus oder wählen Sie ein Zertifikat in der Objekttabelle aus und aktivieren Sie „Client-Zertifikat aus dem ausgewählten Token-Objekt“.</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="275"/>
        <source>What to do: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <location filename="../views/BundleCheckDialog.cpp" line="283"/>
        <source>%1 error(s), %2 warning(s). Chain: %3</source>
        <translation>%1 Fehler, %2 Warnung(en). Kette: %3</translation>
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
    <name>hsm::CertificateController</name>
    <message>
        <location filename="../views/CertificateController.cpp" line="39"/>
        <source>&amp;Enroll (create CSR)…</source>
        <translation>&amp;Beantragen (CSR erstellen) …</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="40"/>
        <source>Create a certificate signing request with a key pair on the selected token</source>
        <translation>Eine Zertifikatsanforderung (CSR) mit einem Schlüsselpaar auf dem ausgewählten Token erstellen</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="41"/>
        <source>Enroll (create CSR)</source>
        <translation>Beantragen (CSR erstellen)</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="42"/>
        <source>&amp;Issue certificate from CSR…</source>
        <translation>Zertifikat aus CSR &amp;ausstellen …</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="43"/>
        <source>Sign a certificate request with a CA key on the selected token</source>
        <translation>Eine Zertifikatsanforderung mit einem CA-Schlüssel auf dem ausgewählten Token signieren</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="44"/>
        <source>Issue certificate from CSR</source>
        <translation>Zertifikat aus CSR ausstellen</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="46"/>
        <source>&amp;Self-signed CA certificate…</source>
        <translation>&amp;Selbstsigniertes CA-Zertifikat …</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="47"/>
        <source>Make a self-signed (root CA) certificate for a key pair on the selected token</source>
        <translation>Ein selbstsigniertes Zertifikat (Root-CA) für ein Schlüsselpaar auf dem ausgewählten Token erstellen</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="48"/>
        <source>Self-signed CA certificate</source>
        <translation>Selbstsigniertes CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="95"/>
        <source>Log in first: signing with a key on the token needs the user login</source>
        <translation>Melden Sie sich zuerst an: Das Signieren mit einem Schlüssel auf dem Token erfordert die Benutzeranmeldung</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="97"/>
        <source>Select a token and log in first</source>
        <translation>Zuerst ein Token auswählen und anmelden</translation>
    </message>
</context>
<context>
    <name>hsm::CertificateJobPanel</name>
    <message>
        <location filename="../views/CertificateJobPanel.cpp" line="99"/>
        <source>Still signing on the token: this window closes by itself when the certificate is finished, so it cannot be lost.</source>
        <translation>Das Token signiert noch: Dieses Fenster schließt sich von selbst, sobald das Zertifikat fertig ist, damit es nicht verloren gehen kann.</translation>
    </message>
    <message>
        <location filename="../views/CertificateJobPanel.cpp" line="116"/>
        <source>The token went away while signing: look on the token for the certificate before signing again.</source>
        <translation>Das Token ist während des Signierens verschwunden: Suchen Sie auf dem Token nach dem Zertifikat, bevor Sie erneut signieren.</translation>
    </message>
    <message>
        <location filename="../views/CertificateJobPanel.cpp" line="136"/>
        <source>Writing the certificate failed</source>
        <translation>Schreiben des Zertifikats fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hsm::CertificateOptionsBox</name>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="34"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="38"/>
        <source>Validity in days</source>
        <translation>Gültigkeit in Tagen</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="41"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="42"/>
        <source>&amp;Valid for:</source>
        <translation>Gültig &amp;für:</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="43"/>
        <source>Set the &amp;dates instead (UTC)</source>
        <translation>Stattdessen &amp;Zeitraum festlegen (UTC)</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="48"/>
        <source>Not &amp;before:</source>
        <translation>Gültig &amp;ab:</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="50"/>
        <source>Not a&amp;fter:</source>
        <translation>Gültig &amp;bis:</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="51"/>
        <source>This is a &amp;CA certificate</source>
        <translation>Dies ist ein &amp;CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="56"/>
        <source>Path length</source>
        <translation>Pfadlänge</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="59"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="61"/>
        <source>&amp;Path length:</source>
        <translation>&amp;Pfadlänge:</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="64"/>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="65"/>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="109"/>
        <source>basicConstraints CA:TRUE (critical); ticking it also selects certificate and CRL signing</source>
        <translation>basicConstraints CA:TRUE (kritisch); das Ankreuzen wählt auch das Signieren von Zertifikaten und CRLs aus</translation>
    </message>
    <message>
        <location filename="../views/CertificateOptionsBox.cpp" line="130"/>
        <source>“Not after” must be later than “not before”.</source>
        <translation>„Gültig bis“ muss nach „Gültig ab“ liegen.</translation>
    </message>
</context>
<context>
    <name>hsm::CertificateOutputBox</name>
    <message>
        <location filename="../views/CertificateOutputBox.cpp" line="12"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../views/CertificateOutputBox.cpp" line="15"/>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/CertificateOutputBox.cpp" line="43"/>
        <source>Choose an output file, or store the certificate on the token.</source>
        <translation>Wählen Sie eine Ausgabedatei, oder speichern Sie das Zertifikat auf dem Token.</translation>
    </message>
</context>
<context>
    <name>hsm::ChainController</name>
    <message>
        <location filename="../views/ChainController.cpp" line="41"/>
        <source>Show &amp;chain…</source>
        <translation>&amp;Kette anzeigen …</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="42"/>
        <source>Show the selected certificate&apos;s chain up to its root, built from the certificates of every open token, added files and the system trust store</source>
        <translation>Die Kette des ausgewählten Zertifikats bis zu seinem Stammzertifikat anzeigen, gebildet aus den Zertifikaten aller geöffneten Tokens, hinzugefügten Dateien und dem Vertrauensspeicher des Systems</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="44"/>
        <source>Show certificate chain</source>
        <translation>Zertifikatskette anzeigen</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="45"/>
        <source>E&amp;xpiring certificates…</source>
        <translation>Ab&amp;laufende Zertifikate …</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="46"/>
        <source>List the certificates of all open tokens that expire soon or have expired</source>
        <translation>Die Zertifikate aller geöffneten Tokens auflisten, die bald ablaufen oder abgelaufen sind</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="47"/>
        <source>Expiring certificates</source>
        <translation>Ablaufende Zertifikate</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="85"/>
        <source>Select one X.509 certificate first</source>
        <translation>Zuerst ein X.509-Zertifikat auswählen</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="101"/>
        <source>Reading the certificate failed</source>
        <translation>Das Lesen des Zertifikats ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/ChainController.cpp" line="106"/>
        <source>The certificate “%1” has no value to build a chain from</source>
        <translation>Das Zertifikat „%1“ hat keinen Wert, aus dem eine Kette gebildet werden kann</translation>
    </message>
</context>
<context>
    <name>hsm::ChainView</name>
    <message>
        <location filename="../views/ChainView.cpp" line="36"/>
        <source>Add certificates to the chain</source>
        <translation>Zertifikate zur Kette hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="37"/>
        <source>Certificates (*.pem *.crt *.cer *.der *.p7b *.p7c);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der *.p7b *.p7c);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="47"/>
        <source>Certificate chain of %1</source>
        <translation>Zertifikatskette von %1</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="60"/>
        <source>Certificate chain, leaf to root</source>
        <translation>Zertifikatskette, vom Endzertifikat bis zum Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="62"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="62"/>
        <location filename="../views/ChainView.cpp" line="195"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="62"/>
        <location filename="../views/ChainView.cpp" line="199"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="62"/>
        <location filename="../views/ChainView.cpp" line="199"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="62"/>
        <location filename="../views/ChainView.cpp" line="199"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="63"/>
        <location filename="../views/ChainView.cpp" line="199"/>
        <source>Path length</source>
        <translation>Pfadlänge</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="63"/>
        <location filename="../views/ChainView.cpp" line="200"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="71"/>
        <source>Details of the selected certificate</source>
        <translation>Details des ausgewählten Zertifikats</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="73"/>
        <source>Add &amp;file…</source>
        <translation>&amp;Datei hinzufügen …</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="75"/>
        <source>Add issuer certificates from PEM, DER or PKCS#7 files</source>
        <translation>Ausstellerzertifikate aus PEM-, DER- oder PKCS#7-Dateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="76"/>
        <source>Add certificate file</source>
        <translation>Zertifikatsdatei hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="111"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="139"/>
        <source>(unreadable certificate)</source>
        <translation>(nicht lesbares Zertifikat)</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="141"/>
        <source>%1 — not found</source>
        <translation>%1 — nicht gefunden</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="143"/>
        <source> (trust anchor)</source>
        <translation> (Vertrauensanker)</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="147"/>
        <location filename="../views/ChainView.cpp" line="194"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="192"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="193"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="194"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="197"/>
        <source>Root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="197"/>
        <source>Self-signed; a trust anchor of the system trust store</source>
        <translation>Selbstsigniert; ein Vertrauensanker des System-Vertrauensspeichers</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="198"/>
        <source>Self-signed; not in the system trust store</source>
        <translation>Selbstsigniert; nicht im System-Vertrauensspeicher</translation>
    </message>
    <message>
        <location filename="../views/ChainView.cpp" line="208"/>
        <source>Why this link is not valid:</source>
        <translation>Warum dieses Kettenglied nicht gültig ist:</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ChainView.cpp" line="219"/>
        <source>Gathering certificates… (%n source(s) still reading)</source>
        <translation>
            <numerusform>Zertifikate werden gesammelt … (%n Quelle wird noch gelesen)</numerusform>
            <numerusform>Zertifikate werden gesammelt … (%n Quellen werden noch gelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ChainView.cpp" line="221"/>
        <source>Built from %n candidate certificate(s).</source>
        <translation>
            <numerusform>Aus %n infrage kommenden Zertifikat gebildet.</numerusform>
            <numerusform>Aus %n infrage kommenden Zertifikaten gebildet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::DataObjectDialog</name>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="36"/>
        <source>New data object</source>
        <translation>Neues Datenobjekt</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="44"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="45"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="48"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="49"/>
        <source>CKA_APPLICATION: the application the data belongs to (free text).</source>
        <translation>CKA_APPLICATION: die Anwendung, zu der die Daten gehören (freier Text).</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="50"/>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="53"/>
        <source>Object identifier</source>
        <translation>Objektkennung</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="54"/>
        <source>optional, e.g. 1.3.6.1.4.1.99999.1</source>
        <translation>optional, z. B. 1.3.6.1.4.1.99999.1</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="55"/>
        <source>CKA_OBJECT_ID: a dotted OID naming the data&apos;s type; stored DER-encoded.</source>
        <translation>CKA_OBJECT_ID: eine OID in Punktschreibweise, die den Typ der Daten benennt; wird DER-kodiert gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="56"/>
        <source>Object &amp;ID (OID):</source>
        <translation>Objekt-&amp;ID (OID):</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="59"/>
        <source>&amp;Private (readable only after login)</source>
        <translation>&amp;Privat (nur nach Anmeldung lesbar)</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="65"/>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="68"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="74"/>
        <source>Value from:</source>
        <translation>Wert aus:</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="82"/>
        <source>Value as text</source>
        <translation>Wert als Text</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="88"/>
        <source>File to store</source>
        <translation>Zu speichernde Datei</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="89"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="91"/>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="104"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="119"/>
        <source>Store which file?</source>
        <translation>Welche Datei speichern?</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="135"/>
        <location filename="../views/DataObjectDialog.cpp" line="138"/>
        <location filename="../views/DataObjectDialog.cpp" line="140"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="135"/>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="138"/>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="140"/>
        <source>“%1” is %2; data objects are limited to %3.</source>
        <translation>„%1“ ist %2 groß; Datenobjekte sind auf %3 begrenzt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/DataObjectDialog.cpp" line="163"/>
        <source>Size: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Größe: %1 (%n Byte)</numerusform>
            <numerusform>Größe: %1 (%n Byte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="170"/>
        <source>The text is longer than the %1 a data object may hold here.</source>
        <translation>Der Text ist länger als die %1, die ein Datenobjekt hier aufnehmen kann.</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="173"/>
        <source>Not logged in: log in first to create a private data object, or untick Private.</source>
        <translation>Nicht angemeldet: Melden Sie sich zuerst an, um ein privates Datenobjekt zu erstellen, oder deaktivieren Sie „Privat“.</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="198"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/DataObjectDialog.cpp" line="205"/>
        <source>“%1” is larger than %2.</source>
        <translation>„%1“ ist größer als %2.</translation>
    </message>
</context>
<context>
    <name>hsm::DeleteObjectsDialog</name>
    <message>
        <location filename="../views/DeleteObjectsDialog.cpp" line="38"/>
        <source>Delete objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/DeleteObjectsDialog.cpp" line="41"/>
        <source>Delete %n object(s) from token “%1”? This cannot be undone.</source>
        <translation>
            <numerusform>%n Objekt vom Token „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Objekte vom Token „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/DeleteObjectsDialog.cpp" line="51"/>
        <source>Objects to delete</source>
        <translation>Zu löschende Objekte</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/DeleteObjectsDialog.cpp" line="58"/>
        <source>Also delete the %n public key(s) and certificate(s) with the same ID:</source>
        <translation>
            <numerusform>Auch %n zugehöriges Objekt (öffentlicher Schlüssel oder Zertifikat) mit derselben ID löschen:</numerusform>
            <numerusform>Auch %n zugehörige Objekte (öffentliche Schlüssel und Zertifikate) mit derselben ID löschen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/DeleteObjectsDialog.cpp" line="62"/>
        <source>They belong to a private key you are deleting; without it they are of little use, but a certificate may still be needed elsewhere.</source>
        <translation>Sie gehören zu einem privaten Schlüssel, den Sie löschen; ohne ihn sind sie wenig nützlich, ein Zertifikat kann aber anderswo noch gebraucht werden.</translation>
    </message>
    <message>
        <location filename="../views/DeleteObjectsDialog.cpp" line="68"/>
        <source>Related objects</source>
        <translation>Zugehörige Objekte</translation>
    </message>
    <message>
        <location filename="../views/DeleteObjectsDialog.cpp" line="76"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../views/DeleteObjectsDialog.cpp" line="78"/>
        <source>Delete the listed objects</source>
        <translation>Die aufgeführten Objekte löschen</translation>
    </message>
</context>
<context>
    <name>hsm::EditObjectDialog</name>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="20"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="30"/>
        <source>This object cannot be changed: its CKA_MODIFIABLE attribute is false. It was set when the object was created.</source>
        <translation>Dieses Objekt kann nicht geändert werden: Sein Attribut CKA_MODIFIABLE ist false. Es wurde beim Erstellen des Objekts festgelegt.</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="33"/>
        <source>Not logged in: log in to change this private object.</source>
        <translation>Nicht angemeldet: Melden Sie sich an, um dieses private Objekt zu ändern.</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="41"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="42"/>
        <source>CKA_LABEL, stored as UTF-8</source>
        <translation>CKA_LABEL, gespeichert als UTF-8</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="44"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="47"/>
        <source>ID in hex</source>
        <translation>ID in Hex</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="49"/>
        <source>CKA_ID as hex bytes (01a2ff or 01:a2:ff). Keys and certificates that belong together share their ID.</source>
        <translation>CKA_ID als Hex-Bytes (01a2ff oder 01:a2:ff). Zusammengehörige Schlüssel und Zertifikate haben dieselbe ID.</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="52"/>
        <source>&amp;ID (hex):</source>
        <translation>&amp;ID (hex):</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="62"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="73"/>
        <source>%1 can be changed either way.</source>
        <translation>%1 kann in beide Richtungen geändert werden.</translation>
    </message>
    <message>
        <location filename="../views/EditObjectDialog.cpp" line="86"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>hsm::EnrollExtensionsPage</name>
    <message>
        <location filename="../views/EnrollPages.cpp" line="218"/>
        <source>Names, usages and signature</source>
        <translation>Namen, Verwendungen und Signatur</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="219"/>
        <source>Alternative names, what the key may be used for, and how the request is signed.</source>
        <translation>Alternative Namen, wofür der Schlüssel verwendet werden darf und wie die Anforderung signiert wird.</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="222"/>
        <source>Subject alternative names:</source>
        <translation>Alternative Subjektnamen:</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="225"/>
        <source>Subject alternative names</source>
        <translation>Alternative Subjektnamen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="226"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="226"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="236"/>
        <source>Alternative name type</source>
        <translation>Typ des alternativen Namens</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="243"/>
        <source>Alternative name</source>
        <translation>Alternativer Name</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="244"/>
        <source>host.example.com, 10.0.0.1, user@example.com, https://…</source>
        <translation>host.example.com, 10.0.0.1, user@example.com, https://…</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="246"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="248"/>
        <source>Add the alternative name typed on the left</source>
        <translation>Den links eingegebenen alternativen Namen hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="249"/>
        <source>Add alternative name</source>
        <translation>Alternativen Namen hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="251"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="253"/>
        <source>Remove the selected alternative name</source>
        <translation>Den ausgewählten alternativen Namen entfernen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="254"/>
        <source>Remove alternative name</source>
        <translation>Alternativen Namen entfernen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="267"/>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="268"/>
        <source>Signature &amp;algorithm:</source>
        <translation>Signatur&amp;algorithmus:</translation>
    </message>
</context>
<context>
    <name>hsm::EnrollKeyPage</name>
    <message>
        <location filename="../views/EnrollPages.cpp" line="57"/>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="58"/>
        <source>The request is signed on the token with this key pair&apos;s private key, which never leaves the token.</source>
        <translation>Die Anforderung wird auf dem Token mit dem privaten Schlüssel dieses Schlüsselpaars signiert, der das Token nie verlässt.</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="63"/>
        <source>Key pairs on the token</source>
        <translation>Schlüsselpaare auf dem Token</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="64"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="64"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="64"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="70"/>
        <source>&amp;Generate a new key pair…</source>
        <translation>Neues Schlüsselpaar &amp;erzeugen …</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="72"/>
        <source>Open the key generation wizard; the new key pair is chosen here afterwards</source>
        <translation>Den Assistenten zur Schlüsselerzeugung öffnen; das neue Schlüsselpaar wird danach hier ausgewählt</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="73"/>
        <source>Generate a new key pair</source>
        <translation>Neues Schlüsselpaar erzeugen</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="158"/>
        <source>No key pair that can sign is listed on “%1”. Generate a new one.</source>
        <translation>Auf „%1“ ist kein Schlüsselpaar aufgeführt, das signieren kann. Erzeugen Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="160"/>
        <source>Choose a key pair, or generate a new one.</source>
        <translation>Wählen Sie ein Schlüsselpaar aus oder erzeugen Sie ein neues.</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="163"/>
        <source>Reading the key “%1” failed: %2</source>
        <translation>Das Lesen des Schlüssels „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="166"/>
        <source>Reading what “%1” can sign with on this token…</source>
        <translation>Es wird gelesen, womit „%1“ auf diesem Token signieren kann …</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="169"/>
        <source>The key “%1” is not allowed to sign (CKA_SIGN is false). Choose another key pair.</source>
        <translation>Der Schlüssel „%1“ darf nicht signieren (CKA_SIGN ist false). Wählen Sie ein anderes Schlüsselpaar aus.</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="174"/>
        <source>The token offers no signature mechanism for the key “%1” (%2).</source>
        <translation>Das Token bietet keinen Signaturmechanismus für den Schlüssel „%1“ (%2).</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="182"/>
        <source>“%1” (%2) can sign with: %3</source>
        <translation>„%1“ (%2) kann signieren mit: %3</translation>
    </message>
</context>
<context>
    <name>hsm::EnrollOutputPage</name>
    <message>
        <location filename="../views/EnrollPages.cpp" line="364"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="365"/>
        <source>Finish signs the request on the token and checks its signature before anything is written.</source>
        <translation>„Abschließen“ signiert die Anforderung auf dem Token und prüft ihre Signatur, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="369"/>
        <source>certificate request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="371"/>
        <source>Copy the PEM to the &amp;clipboard</source>
        <translation>PEM in die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="376"/>
        <source>Review of the request</source>
        <translation>Übersicht der Anforderung</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="382"/>
        <source>Signing on the token</source>
        <translation>Signieren auf dem Token</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="400"/>
        <source>Token:      %1</source>
        <translation>Token:          %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="402"/>
        <source>Key pair:   %1 (%2, ID %3)</source>
        <translation>Schlüsselpaar:  %1 (%2, ID %3)</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="404"/>
        <source>Subject:    %1</source>
        <translation>Subjekt:        %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="405"/>
        <source>Alt. names: %1</source>
        <translation>Alt. Namen:     %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="406"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="408"/>
        <source>Usages:     %1</source>
        <translation>Verwendungen:   %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="409"/>
        <source>Signature:  %1</source>
        <translation>Signatur:       %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="410"/>
        <source>Output:     %1 %2</source>
        <translation>Ausgabe:        %1 %2</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="412"/>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="413"/>
        <source>Clipboard:  %1</source>
        <translation>Zwischenablage: %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="413"/>
        <source>PEM copied</source>
        <translation>PEM kopiert</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="413"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="440"/>
        <source>Signing the request on “%1”…</source>
        <translation>Die Anforderung wird auf „%1“ signiert …</translation>
    </message>
</context>
<context>
    <name>hsm::EnrollSubjectPage</name>
    <message>
        <location filename="../views/EnrollPages.cpp" line="197"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../views/EnrollPages.cpp" line="198"/>
        <source>Who the certificate is for. Values are kept exactly as typed (UTF-8); empty fields are left out.</source>
        <translation>Für wen das Zertifikat ist. Werte werden genau wie eingegeben übernommen (UTF-8); leere Felder werden weggelassen.</translation>
    </message>
</context>
<context>
    <name>hsm::EnrollWizard</name>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="27"/>
        <source>Enroll: certificate request on “%1”</source>
        <translation>Beantragen: Zertifikatsanforderung auf „%1“</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="28"/>
        <source>Enrollment wizard</source>
        <translation>Assistent zur Zertifikatsbeantragung</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="87"/>
        <source>Select the token “%1” in the window to generate a key pair on it.</source>
        <translation>Wählen Sie das Token „%1“ im Hauptfenster aus, um darauf ein Schlüsselpaar zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="122"/>
        <source>The token “%1” is no longer available.</source>
        <translation>Das Token „%1“ ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="131"/>
        <source>the folder of “%1” does not exist</source>
        <translation>der Ordner von „%1“ existiert nicht</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="132"/>
        <source>Choose a file in an existing folder.</source>
        <translation>Wählen Sie eine Datei in einem vorhandenen Ordner aus.</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="134"/>
        <source>Nothing was written</source>
        <translation>Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="155"/>
        <source>creating a certificate request for %1 with key “%2” on token “%3”</source>
        <translation>Erstellen einer Zertifikatsanforderung für %1 mit dem Schlüssel „%2“ auf dem Token „%3“</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="190"/>
        <source>Creating the certificate request failed; nothing was written</source>
        <translation>Das Erstellen der Zertifikatsanforderung ist fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="195"/>
        <source>The request&apos;s signature does not verify; nothing was written</source>
        <translation>Die Signatur der Anforderung ist ungültig; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="202"/>
        <source>Writing the certificate request failed</source>
        <translation>Das Schreiben der Zertifikatsanforderung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="211"/>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="211"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="212"/>
        <source>Algorithm: %1</source>
        <translation>Algorithmus: %1</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="212"/>
        <source>Self-signature: signature verified</source>
        <translation>Selbstsignatur: Signatur geprüft</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="214"/>
        <source>Written to %1 (%2)</source>
        <translation>Geschrieben nach %1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="216"/>
        <source>The PEM is on the clipboard.</source>
        <translation>Die PEM-Daten sind in der Zwischenablage.</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="219"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="223"/>
        <source>Certificate request for %1 copied to the clipboard</source>
        <translation>Zertifikatsanforderung für %1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location filename="../views/EnrollWizard.cpp" line="224"/>
        <source>Certificate request for %1 written to %2</source>
        <translation>Zertifikatsanforderung für %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>hsm::Error</name>
    <message>
        <location filename="../backend/Error.cpp" line="11"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../backend/Error.cpp" line="13"/>
        <source>Try: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
</context>
<context>
    <name>hsm::ExpiringCertificatesModel</name>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="59"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ExpiringCertificatesModel.cpp" line="59"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="64"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ExpiringCertificatesModel.cpp" line="65"/>
        <source>Expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>Läuft am %1 ab, in %n Tag</numerusform>
            <numerusform>Läuft am %1 ab, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="86"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="88"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="90"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="92"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location filename="../models/ExpiringCertificatesModel.cpp" line="94"/>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
</context>
<context>
    <name>hsm::ExpiryView</name>
    <message>
        <location filename="../views/ExpiryView.cpp" line="18"/>
        <source>Expiring certificates</source>
        <translation>Ablaufende Zertifikate</translation>
    </message>
    <message>
        <location filename="../views/ExpiryView.cpp" line="25"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../views/ExpiryView.cpp" line="26"/>
        <source>Show certificates expiring within this many days</source>
        <translation>Zertifikate anzeigen, die innerhalb so vieler Tage ablaufen</translation>
    </message>
    <message>
        <location filename="../views/ExpiryView.cpp" line="27"/>
        <source>Certificates expiring within this many days are listed; expired ones always are</source>
        <translation>Zertifikate, die innerhalb so vieler Tage ablaufen, werden aufgeführt; abgelaufene immer</translation>
    </message>
    <message>
        <location filename="../views/ExpiryView.cpp" line="32"/>
        <source>Expiring certificates of all open tokens</source>
        <translation>Ablaufende Zertifikate aller geöffneten Tokens</translation>
    </message>
    <message>
        <location filename="../views/ExpiryView.cpp" line="43"/>
        <source>Expiring &amp;within:</source>
        <translation>Ablauf &amp;innerhalb:</translation>
    </message>
    <message>
        <location filename="../views/ExpiryView.cpp" line="79"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ExpiryView.cpp" line="86"/>
        <source>Reading certificates… (%n token(s) still reading)</source>
        <translation>
            <numerusform>Zertifikate werden gelesen … (%n Token liest noch)</numerusform>
            <numerusform>Zertifikate werden gelesen … (%n Tokens lesen noch)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ExpiryView.cpp" line="88"/>
        <source>%n certificate(s) expire within the period or have expired.</source>
        <translation>
            <numerusform>%n Zertifikat läuft innerhalb des Zeitraums ab oder ist abgelaufen.</numerusform>
            <numerusform>%n Zertifikate laufen innerhalb des Zeitraums ab oder sind abgelaufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::GenericSoftcardProvider</name>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="24"/>
        <source>user PIN not set</source>
        <translation>Benutzer-PIN nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="26"/>
        <source>user PIN locked</source>
        <translation>Benutzer-PIN gesperrt</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="28"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="36"/>
        <source>Module %1 (%2)</source>
        <translation>Modul %1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="37"/>
        <source>No module</source>
        <translation>Kein Modul</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="43"/>
        <source>no module is selected</source>
        <translation>es ist kein Modul ausgewählt</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="44"/>
        <source>select or load the module the softcards live in.</source>
        <translation>Wählen oder laden Sie das Modul, in dem die Softcards liegen.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="67"/>
        <source>a token softcard needs an SO PIN and a user PIN</source>
        <translation>eine Token-Softcard braucht eine SO-PIN und eine Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="67"/>
        <source>enter both PINs.</source>
        <translation>Geben Sie beide PINs ein.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="80"/>
        <source>the module %1 has no uninitialised slot</source>
        <translation>das Modul %1 hat keinen nicht initialisierten Slot</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="81"/>
        <source>a module offers a new free slot on its own terms (SoftHSM2: when it is loaded again); re-initialise an existing token from the Token menu instead.</source>
        <translation>Ein Modul bietet einen neuen freien Slot nach eigenen Regeln an (SoftHSM2: wenn es neu geladen wird); initialisieren Sie stattdessen ein vorhandenes Token über das Menü „Token“ neu.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="86"/>
        <source>SO PIN</source>
        <translation>SO-PIN</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="88"/>
        <source>user PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="101"/>
        <source>the new token in slot %1 could not be read</source>
        <translation>das neue Token in Slot %1 konnte nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="107"/>
        <source>PKCS#11 has no call to delete the token “%1”</source>
        <translation>PKCS#11 kennt keinen Aufruf zum Löschen des Tokens „%1“</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardGenericProvider.cpp" line="108"/>
        <source>re-initialise the token from the Token menu to empty it, or use the vendor&apos;s tool to remove it.</source>
        <translation>Initialisieren Sie das Token über das Menü „Token“ neu, um es zu leeren, oder entfernen Sie es mit dem Werkzeug des Herstellers.</translation>
    </message>
</context>
<context>
    <name>hsm::ImportController</name>
    <message>
        <location filename="../views/ImportController.cpp" line="20"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location filename="../views/ImportController.cpp" line="21"/>
        <source>Import certificates (PEM, DER, PKCS#7) or a PKCS#12 certificate and key onto the selected token, paired with the matching key</source>
        <translation>Zertifikate (PEM, DER, PKCS#7) oder ein PKCS#12-Zertifikat mit Schlüssel auf das ausgewählte Token importieren, zugeordnet zum passenden Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/ImportController.cpp" line="23"/>
        <source>Import certificates</source>
        <translation>Zertifikate importieren</translation>
    </message>
    <message>
        <location filename="../views/ImportController.cpp" line="72"/>
        <source>Reading “%1”…</source>
        <translation>„%1“ wird gelesen …</translation>
    </message>
    <message>
        <location filename="../views/ImportController.cpp" line="109"/>
        <source>Importing…</source>
        <translation>Importieren …</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ImportController.cpp" line="133"/>
        <source>Import finished: %n object(s) created.</source>
        <translation>
            <numerusform>Import abgeschlossen: %n Objekt erstellt.</numerusform>
            <numerusform>Import abgeschlossen: %n Objekte erstellt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/ImportController.cpp" line="137"/>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>hsm::ImportDialog</name>
    <message>
        <location filename="../views/ImportDialog.cpp" line="19"/>
        <source>Import certificates to “%1”</source>
        <translation>Zertifikate in „%1“ importieren</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="23"/>
        <location filename="../views/ImportDialog.cpp" line="156"/>
        <source>Certificate file</source>
        <translation>Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="24"/>
        <source>PEM, DER, PKCS#7 (.p7b) or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM, DER, PKCS#7 (.p7b) oder PKCS#12 (.p12, .pfx)</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="25"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="27"/>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="28"/>
        <source>Browse for the certificate file</source>
        <translation>Nach der Zertifikatsdatei suchen</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="36"/>
        <source>PKCS#12 password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="37"/>
        <source>PKCS#12 &amp;password:</source>
        <translation>PKCS#12-&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="42"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="43"/>
        <source>From the file, the matching key or the subject CN</source>
        <translation>Aus der Datei, dem passenden Schlüssel oder dem CN des Subjekts</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="47"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="51"/>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Bezeichnung (optional):</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="53"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="55"/>
        <source>Show what the file holds and which keys on the token it pairs with</source>
        <translation>Anzeigen, was die Datei enthält und zu welchen Schlüsseln auf dem Token sie passt</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="56"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="60"/>
        <source>What the file holds</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="62"/>
        <source>Choose a file to see what it holds.</source>
        <translation>Wählen Sie eine Datei aus, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="63"/>
        <source>Choose a file to see what it holds. Log in to see private keys and to import a PKCS#12 key.</source>
        <translation>Wählen Sie eine Datei aus, um ihren Inhalt zu sehen. Melden Sie sich an, um private Schlüssel zu sehen und einen PKCS#12-Schlüssel zu importieren.</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="69"/>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="72"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="74"/>
        <source>Store the certificates (and a PKCS#12 key) on the token</source>
        <translation>Die Zertifikate (und einen PKCS#12-Schlüssel) auf dem Token speichern</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="75"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="78"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="161"/>
        <source>Certificate files (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx)</source>
        <translation>Zertifikatsdateien (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../views/ImportDialog.cpp" line="161"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hsm::InitTokenDialog</name>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="21"/>
        <location filename="../views/InitTokenDialog.cpp" line="22"/>
        <source>Initialise token</source>
        <translation>Token initialisieren</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="24"/>
        <source>INITIALISE</source>
        <translation>INITIALISIEREN</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="32"/>
        <source>The number of objects on it is not known yet.</source>
        <translation>Die Zahl der Objekte darauf ist noch nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="34"/>
        <source>1 object is listed in the Objects tab; objects the current login cannot see are destroyed too.</source>
        <translation>1 Objekt wird im Reiter „Objekte“ angezeigt; Objekte, die die aktuelle Anmeldung nicht sieht, werden ebenfalls vernichtet.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="36"/>
        <source>%1 objects are listed in the Objects tab; objects the current login cannot see are destroyed too.</source>
        <translation>%1 Objekte werden im Reiter „Objekte“ angezeigt; Objekte, die die aktuelle Anmeldung nicht sieht, werden ebenfalls vernichtet.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="39"/>
        <source>&lt;b&gt;Everything on token “%1” (serial %2, slot %3) will be destroyed&lt;/b&gt;: all keys, certificates and data objects, and its user PIN. %4 This cannot be undone.</source>
        <translation>&lt;b&gt;Alles auf dem Token „%1“ (Seriennummer %2, Slot %3) wird vernichtet&lt;/b&gt;: alle Schlüssel, Zertifikate und Datenobjekte sowie seine Benutzer-PIN. %4 Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="46"/>
        <source>The token in slot %1 (%2) is not initialised yet: it holds nothing. Initialising it sets its label and SO PIN.</source>
        <translation>Das Token in Slot %1 (%2) ist noch nicht initialisiert: Es enthält nichts. Beim Initialisieren werden seine Bezeichnung und seine SO-PIN festgelegt.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="59"/>
        <source>New token label</source>
        <translation>Neue Token-Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="60"/>
        <source>At most 32 bytes in UTF-8 (characters outside ASCII take 2 to 4 bytes)</source>
        <translation>Höchstens 32 Byte in UTF-8 (Zeichen außerhalb von ASCII belegen 2 bis 4 Byte)</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="62"/>
        <source>New &amp;label:</source>
        <translation>Neue &amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="63"/>
        <location filename="../views/InitTokenDialog.cpp" line="147"/>
        <source>SO PIN</source>
        <translation>SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="64"/>
        <source>Repeat SO PIN</source>
        <translation>SO-PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="65"/>
        <source>Current or new SO &amp;PIN:</source>
        <translation>Aktuelle oder neue SO-&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="65"/>
        <source>New SO &amp;PIN:</source>
        <translation>Neue SO-&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="67"/>
        <source>Repeat SO PIN:</source>
        <translation>SO-PIN wiederholen:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="71"/>
        <source>Most tokens (SoftHSM2 too) check the current SO PIN to re-initialise and keep it; some set the PIN given here as the new SO PIN.</source>
        <translation>Die meisten Tokens (auch SoftHSM2) prüfen beim Neuinitialisieren die aktuelle SO-PIN und behalten sie bei; manche setzen die hier angegebene PIN als neue SO-PIN.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="78"/>
        <source>Also set the &amp;user PIN</source>
        <translation>Auch die Ben&amp;utzer-PIN setzen</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="80"/>
        <source>Also set the user PIN</source>
        <translation>Auch die Benutzer-PIN setzen</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="81"/>
        <source>Logs in as security officer after initialising and sets the user PIN</source>
        <translation>Meldet sich nach dem Initialisieren als Sicherheitsbeauftragter an und setzt die Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="84"/>
        <source>User PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="86"/>
        <source>Repeat user PIN</source>
        <translation>Benutzer-PIN wiederholen</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="87"/>
        <source>User PIN:</source>
        <translation>Benutzer-PIN:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="88"/>
        <source>Repeat user PIN:</source>
        <translation>Benutzer-PIN wiederholen:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="93"/>
        <source>This token has a PIN pad. Use the token&apos;s PIN pad when it asks for the SO PIN. Set the user PIN afterwards with Token ▸ PINs ▸ Initialise user PIN.</source>
        <translation>Dieses Token hat ein PIN-Pad. Geben Sie die SO-PIN am PIN-Pad des Tokens ein, wenn es danach fragt. Setzen Sie die Benutzer-PIN anschließend über Token ▸ PINs ▸ Benutzer-PIN initialisieren.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="95"/>
        <source>I understand that a wrong SO PIN now locks it</source>
        <translation>Mir ist bewusst, dass eine falsche SO-PIN sie jetzt sperrt</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="99"/>
        <source>To confirm, type the token&apos;s current label, &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die aktuelle Bezeichnung des Tokens ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="100"/>
        <source>This token has no label yet, so type the word &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Dieses Token hat noch keine Bezeichnung; geben Sie zur Bestätigung das Wort &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="107"/>
        <source>Type the token&apos;s label to confirm</source>
        <translation>Zur Bestätigung die Bezeichnung des Tokens eingeben</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="112"/>
        <source>Destroy and initialise</source>
        <translation>Vernichten und initialisieren</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="112"/>
        <source>Initialise</source>
        <translation>Initialisieren</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="140"/>
        <source>The token is write-protected: it cannot be initialised.</source>
        <translation>Das Token ist schreibgeschützt: Es kann nicht initialisiert werden.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="143"/>
        <source>The SO PIN is locked; the token refuses to be initialised with it.</source>
        <translation>Die SO-PIN ist gesperrt; das Token lässt sich damit nicht initialisieren.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="150"/>
        <source>The repeated SO PIN does not match.</source>
        <translation>Die wiederholte SO-PIN stimmt nicht überein.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="152"/>
        <source>user PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="155"/>
        <source>The repeated user PIN does not match.</source>
        <translation>Die wiederholte Benutzer-PIN stimmt nicht überein.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="159"/>
        <source>Tick the box to confirm the final try.</source>
        <translation>Setzen Sie das Häkchen, um den letzten Versuch zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../views/InitTokenDialog.cpp" line="161"/>
        <source>Type %1 in the confirmation field.</source>
        <translation>Geben Sie %1 in das Bestätigungsfeld ein.</translation>
    </message>
</context>
<context>
    <name>hsm::IssueCertificateDialog</name>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="60"/>
        <source>Issue a certificate with a CA on “%1”</source>
        <translation>Zertifikat mit einer CA auf „%1“ ausstellen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="61"/>
        <source>Issue certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="72"/>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="76"/>
        <source>CA key and certificate</source>
        <translation>CA-Schlüssel und -Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="77"/>
        <source>Private keys of this token that have a certificate with the same ID</source>
        <translation>Private Schlüssel dieses Tokens, zu denen ein Zertifikat mit derselben ID gehört</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="81"/>
        <source>Issue &amp;anyway (accept the warnings above)</source>
        <translation>&amp;Trotzdem ausstellen (obige Warnungen akzeptieren)</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="88"/>
        <source>Certificate request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="93"/>
        <source>Certificate request file</source>
        <translation>Datei der Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="94"/>
        <source>CSR file (PEM or DER)</source>
        <translation>CSR-Datei (PEM oder DER)</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="96"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="98"/>
        <source>Choose the certificate request file</source>
        <translation>Datei der Zertifikatsanforderung auswählen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="100"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="102"/>
        <source>Read the request and check its signature</source>
        <translation>Die Anforderung lesen und ihre Signatur prüfen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="103"/>
        <source>Load the certificate request</source>
        <translation>Zertifikatsanforderung laden</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="108"/>
        <source>Requested extensions to copy:</source>
        <translation>Zu übernehmende angeforderte Erweiterungen:</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="111"/>
        <source>Requested extensions to copy</source>
        <translation>Zu übernehmende angeforderte Erweiterungen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="121"/>
        <source>&amp;Store on this token</source>
        <translation>Auf diesem Token &amp;speichern</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="122"/>
        <source>Also create the certificate object on “%1” (paired with its key when the key is there)</source>
        <translation>Das Zertifikatsobjekt auch auf „%1“ anlegen (mit seinem Schlüssel gepaart, wenn der Schlüssel dort vorhanden ist)</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="129"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="129"/>
        <source>Issue the certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="130"/>
        <source>Sign the certificate with the CA key on the token</source>
        <translation>Das Zertifikat mit dem CA-Schlüssel auf dem Token signieren</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="130"/>
        <source>Nothing was issued: %1</source>
        <translation>Es wurde nichts ausgestellt: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="131"/>
        <source>Issuing the certificate failed; nothing was written</source>
        <translation>Ausstellen des Zertifikats fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="132"/>
        <source>The certificate was issued but not stored on the token</source>
        <translation>Das Zertifikat wurde ausgestellt, aber nicht auf dem Token gespeichert</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="142"/>
        <source>Open a certificate request</source>
        <translation>Zertifikatsanforderung öffnen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="145"/>
        <source>Certificate requests (*.csr *.pem *.der *.req)</source>
        <translation>Zertifikatsanforderungen (*.csr *.pem *.der *.req)</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="145"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="189"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="235"/>
        <source>No CA on “%1”: a CA is a private key with a certificate of the same ID. Make one with Certificates ▸ Self-signed CA certificate…</source>
        <translation>Keine CA auf „%1“: Eine CA ist ein privater Schlüssel mit einem Zertifikat derselben ID. Erstellen Sie eine über Zertifikate ▸ Selbstsigniertes CA-Zertifikat …</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="240"/>
        <source>Reading the CA failed: %1</source>
        <translation>Lesen der CA fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="243"/>
        <source>Checking the CA “%1”…</source>
        <translation>Die CA „%1“ wird geprüft …</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="247"/>
        <source>This CA cannot issue:
%1</source>
        <translation>Diese CA kann nicht ausstellen:
%1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="250"/>
        <source>Warnings:
%1</source>
        <translation>Warnungen:
%1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="254"/>
        <source>Checked: this CA&apos;s certificate matches its key and may sign certificates.</source>
        <translation>Geprüft: Das Zertifikat dieser CA passt zu ihrem Schlüssel und darf Zertifikate signieren.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="266"/>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="266"/>
        <source>Type or browse a CSR file.</source>
        <translation>Geben Sie eine CSR-Datei ein oder wählen Sie sie über „Durchsuchen“ aus.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="269"/>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="274"/>
        <source>“%1” has %2 bytes; a certificate request is at most 1 MiB</source>
        <translation>„%1“ ist %2 Byte groß; eine Zertifikatsanforderung darf höchstens 1 MiB groß sein</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="275"/>
        <source>Choose the CSR file (PEM or DER).</source>
        <translation>Wählen Sie die CSR-Datei (PEM oder DER).</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="299"/>
        <source>Set by the issuer with the choices on the right, not copied</source>
        <translation>Vom Aussteller über die Optionen rechts festgelegt, nicht übernommen</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="336"/>
        <source>Cannot use this request: %1</source>
        <translation>Diese Anforderung kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="340"/>
        <source>No request loaded.</source>
        <translation>Keine Anforderung geladen.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="344"/>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="344"/>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="345"/>
        <source>Signed with: %1</source>
        <translation>Signiert mit: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="347"/>
        <source>Signature: verified</source>
        <translation>Signatur: verifiziert</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="349"/>
        <source>Signature: does not verify (%1)</source>
        <translation>Signatur: lässt sich nicht verifizieren (%1)</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="358"/>
        <source>Issuing…</source>
        <translation>Zertifikat wird ausgestellt …</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="360"/>
        <source>The token “%1” is no longer available.</source>
        <translation>Das Token „%1“ ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="362"/>
        <source>Choose a CA: a private key with a certificate of the same ID on this token.</source>
        <translation>Wählen Sie eine CA: einen privaten Schlüssel mit einem Zertifikat derselben ID auf diesem Token.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="364"/>
        <source>The CA could not be read: %1</source>
        <translation>Die CA konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="366"/>
        <source>Checking the CA…</source>
        <translation>Die CA wird geprüft …</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="368"/>
        <source>The CA cannot issue: %1</source>
        <translation>Die CA kann nicht ausstellen: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="370"/>
        <source>Tick “Issue anyway” to accept the CA&apos;s warnings.</source>
        <translation>Setzen Sie das Häkchen bei „Trotzdem ausstellen“, um die Warnungen der CA zu akzeptieren.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="372"/>
        <source>The token offers no signature mechanism for the CA key.</source>
        <translation>Das Token bietet keinen Signaturmechanismus für den CA-Schlüssel an.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="374"/>
        <source>The request cannot be used: %1</source>
        <translation>Die Anforderung kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="376"/>
        <source>Load the certificate request to sign.</source>
        <translation>Laden Sie die zu signierende Zertifikatsanforderung.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="378"/>
        <source>The request&apos;s signature does not verify (%1): it was altered or was not made with its key, so nothing can be issued from it.</source>
        <translation>Die Signatur der Anforderung lässt sich nicht verifizieren (%1): Die Anforderung wurde verändert oder nicht mit ihrem Schlüssel erstellt, daher kann daraus nichts ausgestellt werden.</translation>
    </message>
    <message>
        <location filename="../views/IssueCertificateDialog.cpp" line="409"/>
        <source>Signing with the CA key “%1” on “%2”…</source>
        <translation>Es wird mit dem CA-Schlüssel „%1“ auf „%2“ signiert …</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenAttributesPage</name>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="297"/>
        <source>Label, ID and attributes</source>
        <translation>Bezeichnung, ID und Attribute</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="298"/>
        <source>What the key is called and what it may be used for.</source>
        <translation>Wie der Schlüssel heißt und wofür er verwendet werden darf.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="317"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="318"/>
        <source>CKA_LABEL: the name applications find the key by</source>
        <translation>CKA_LABEL: der Name, unter dem Anwendungen den Schlüssel finden</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="320"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="323"/>
        <source>Key ID in hex</source>
        <translation>Schlüssel-ID in Hex</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="324"/>
        <source>CKA_ID in hex, e.g. 01a2 or 01:A2</source>
        <translation>CKA_ID in Hex, z. B. 01a2 oder 01:A2</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="326"/>
        <source>&amp;ID (hex):</source>
        <translation>&amp;ID (hex):</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="329"/>
        <source>Storage and protection</source>
        <translation>Speicherung und Schutz</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="331"/>
        <source>&amp;Token object (kept on the token)</source>
        <translation>&amp;Token-Objekt (bleibt auf dem Token)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="331"/>
        <source>CKA_TOKEN</source>
        <translation>CKA_TOKEN</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="332"/>
        <source>&amp;Private (needs a login to be seen)</source>
        <translation>&amp;Privat (nur nach Anmeldung sichtbar)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="332"/>
        <source>CKA_PRIVATE</source>
        <translation>CKA_PRIVATE</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="334"/>
        <source>S&amp;ensitive (value never leaves in clear)</source>
        <translation>&amp;Vertraulich (Wert verlässt das Token nie im Klartext)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="334"/>
        <source>CKA_SENSITIVE</source>
        <translation>CKA_SENSITIVE</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="336"/>
        <source>E&amp;xtractable (may be wrapped out)</source>
        <translation>E&amp;xportierbar (darf per Wrapping exportiert werden)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="336"/>
        <source>CKA_EXTRACTABLE</source>
        <translation>CKA_EXTRACTABLE</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="343"/>
        <source>Usage</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="345"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signieren</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="345"/>
        <source>CKA_SIGN</source>
        <translation>CKA_SIGN</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="346"/>
        <source>&amp;Verify</source>
        <translation>Veri&amp;fizieren</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="346"/>
        <source>CKA_VERIFY</source>
        <translation>CKA_VERIFY</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="347"/>
        <source>E&amp;ncrypt</source>
        <translation>Versch&amp;lüsseln</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="347"/>
        <source>CKA_ENCRYPT</source>
        <translation>CKA_ENCRYPT</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="348"/>
        <source>&amp;Decrypt</source>
        <translation>&amp;Entschlüsseln</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="348"/>
        <source>CKA_DECRYPT</source>
        <translation>CKA_DECRYPT</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="349"/>
        <source>&amp;Wrap</source>
        <translation>&amp;Wrappen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="349"/>
        <source>CKA_WRAP</source>
        <translation>CKA_WRAP</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="350"/>
        <source>&amp;Unwrap</source>
        <translation>&amp;Unwrappen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="350"/>
        <source>CKA_UNWRAP</source>
        <translation>CKA_UNWRAP</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="351"/>
        <source>De&amp;rive</source>
        <translation>&amp;Ableiten</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="351"/>
        <source>CKA_DERIVE</source>
        <translation>CKA_DERIVE</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="356"/>
        <source>For a key pair, sign, decrypt, unwrap and derive go to the private key; verify, encrypt and wrap to the public key.</source>
        <translation>Bei einem Schlüsselpaar gelten Signieren, Entschlüsseln, Unwrappen und Ableiten für den privaten Schlüssel, Verifizieren, Verschlüsseln und Wrappen für den öffentlichen.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="396"/>
        <source>empty: the SHA-1 of the public key (pairs certificates with it later)</source>
        <translation>leer: SHA-1 des öffentlichen Schlüssels (ordnet später Zertifikate zu)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="397"/>
        <source>empty: no ID</source>
        <translation>leer: keine ID</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="412"/>
        <source>Another object on the token already has this label. Allowed, but applications that look keys up by label may pick the wrong one.</source>
        <translation>Ein anderes Objekt auf dem Token hat bereits diese Bezeichnung. Das ist erlaubt, aber Anwendungen, die Schlüssel über die Bezeichnung suchen, wählen womöglich den falschen.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="415"/>
        <source>%1 objects on the token already have this label. Allowed, but applications that look keys up by label may pick the wrong one.</source>
        <translation>%1 Objekte auf dem Token haben bereits diese Bezeichnung. Das ist erlaubt, aber Anwendungen, die Schlüssel über die Bezeichnung suchen, wählen womöglich den falschen.</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenController</name>
    <message>
        <location filename="../views/KeyGenController.cpp" line="15"/>
        <source>&amp;Generate key…</source>
        <translation>Schlüssel &amp;erzeugen …</translation>
    </message>
    <message>
        <location filename="../views/KeyGenController.cpp" line="16"/>
        <source>Generate a key or key pair on the selected token</source>
        <translation>Einen Schlüssel oder ein Schlüsselpaar auf dem ausgewählten Token erzeugen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenController.cpp" line="17"/>
        <source>Generate key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenKindPage</name>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="108"/>
        <location filename="../views/KeyGenPages.cpp" line="125"/>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="109"/>
        <source>Only the key types and sizes the token “%1” can generate are offered (from its mechanism list).</source>
        <translation>Angeboten werden nur die Schlüsseltypen und -längen, die das Token „%1“ erzeugen kann (laut seiner Mechanismenliste).</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="114"/>
        <source>Reading the token&apos;s mechanisms…</source>
        <translation>Lese die Mechanismen des Tokens …</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="126"/>
        <source>The kind of key to generate; only those the token supports are listed</source>
        <translation>Die Art des zu erzeugenden Schlüssels; nur die vom Token unterstützten werden aufgeführt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="127"/>
        <source>Key &amp;type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="130"/>
        <source>Key size</source>
        <translation>Schlüssellänge</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="131"/>
        <source>Suggested sizes within the mechanism&apos;s range</source>
        <translation>Vorgeschlagene Längen im Bereich des Mechanismus</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="132"/>
        <source>Key &amp;size:</source>
        <translation>Schlüssel&amp;länge:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="135"/>
        <source>Other key size</source>
        <translation>Andere Schlüssellänge</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="136"/>
        <source>Any size the mechanism accepts</source>
        <translation>Jede Länge, die der Mechanismus akzeptiert</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="137"/>
        <source>&amp;Other size:</source>
        <translation>&amp;Andere Länge:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="140"/>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="141"/>
        <source>Named curves the token supports</source>
        <translation>Benannte Kurven, die das Token unterstützt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="142"/>
        <source>&amp;Curve:</source>
        <translation>&amp;Kurve:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="168"/>
        <source>Reading the mechanisms failed: %1</source>
        <translation>Lesen der Mechanismen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="171"/>
        <source>The token “%1” lists no mechanism for the key types HSM Workbench generates.</source>
        <translation>Das Token „%1“ führt keinen Mechanismus für die Schlüsseltypen auf, die HSM Workbench erzeugt.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="175"/>
        <source>Key types this token can generate: %1.</source>
        <translation>Schlüsseltypen, die dieses Token erzeugen kann: %1.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="208"/>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="208"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="214"/>
        <source>Other size…</source>
        <translation>Andere Länge …</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="231"/>
        <source>%1: Ed25519 keys have a fixed size.</source>
        <translation>%1: Ed25519-Schlüssel haben eine feste Länge.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="233"/>
        <source>%1: curves of %2 to %3 bits.</source>
        <translation>%1: Kurven mit %2 bis %3 Bit.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="238"/>
        <source>%1: at least %2 %3.</source>
        <translation>%1: mindestens %2 %3.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="240"/>
        <source>%1: %2 to %3 %4.</source>
        <translation>%1: %2 bis %3 %4.</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenLoginNotice</name>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="84"/>
        <source>&amp;Log in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="86"/>
        <source>Log in to the token (the window asks for the PIN)</source>
        <translation>Beim Token anmelden (das Fenster fragt nach der PIN)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenPages.cpp" line="87"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenPreviewPage</name>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="85"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="86"/>
        <source>The exact templates that will be sent, checked against the profile&apos;s rules.</source>
        <translation>Die genauen Templates, die gesendet werden, geprüft anhand der Regeln des Profils.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="88"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="93"/>
        <source>Templates to be sent</source>
        <translation>Zu sendende Templates</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="104"/>
        <source>Rule violations</source>
        <translation>Regelverstöße</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="108"/>
        <source>&amp;Accept the warnings and generate anyway</source>
        <translation>Warnungen &amp;akzeptieren und trotzdem erzeugen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="110"/>
        <source>Accept the warnings</source>
        <translation>Warnungen akzeptieren</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="131"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="131"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="135"/>
        <source>Hint: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="144"/>
        <source>“%1” forbids this (%2): nothing can be generated until it is fixed (go Back) or another profile is chosen.</source>
        <translation>„%1“ verbietet dies (%2): Es kann nichts erzeugt werden, bis das behoben ist (über „Zurück“) oder ein anderes Profil gewählt wird.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="146"/>
        <source>1 rule broken</source>
        <translation>1 Regel verletzt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="146"/>
        <source>%1 rules broken</source>
        <translation>%1 Regeln verletzt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="150"/>
        <source>“%1” warns (%2); accept the warnings to generate.</source>
        <translation>„%1“ warnt (%2); akzeptieren Sie die Warnungen, um zu erzeugen.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="151"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="151"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="154"/>
        <source>“%1” has no objection to these templates.</source>
        <translation>„%1“ hat gegen diese Templates keine Einwände.</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenProfilePage</name>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="23"/>
        <location filename="../views/KeyGenReviewPages.cpp" line="31"/>
        <source>Vendor profile</source>
        <translation>Herstellerprofil</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="24"/>
        <source>The templates are checked against the rules of the module&apos;s family before anything is sent to the token.</source>
        <translation>Die Templates werden anhand der Regeln der Modulfamilie geprüft, bevor etwas an das Token gesendet wird.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="32"/>
        <source>The module family whose rules the key must follow</source>
        <translation>Die Modulfamilie, deren Regeln der Schlüssel einhalten muss</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="35"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="39"/>
        <source>Chosen automatically for this token (manufacturer “%1”, model “%2”, module “%3”): %4.</source>
        <translation>Für dieses Token automatisch gewählt (Hersteller „%1“, Modell „%2“, Modul „%3“): %4.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="52"/>
        <source>The next page shows the exact templates and every rule of the profile they break. Errors (red) block the generation and say what to change; warnings (amber) can be accepted.</source>
        <translation>Die nächste Seite zeigt die genauen Templates und jede Regel des Profils, gegen die sie verstoßen. Fehler (rot) verhindern die Erzeugung und sagen, was zu ändern ist; Warnungen (gelb) können akzeptiert werden.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="65"/>
        <source>Its defaults were applied to the key&apos;s attributes. Choosing another profile applies that profile&apos;s defaults.</source>
        <translation>Seine Vorgaben wurden auf die Attribute des Schlüssels angewendet. Die Wahl eines anderen Profils wendet dessen Vorgaben an.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="76"/>
        <source>The defaults of “%1” needed no change to the key&apos;s attributes.</source>
        <translation>Die Vorgaben von „%1“ erforderten keine Änderung an den Attributen des Schlüssels.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenReviewPages.cpp" line="77"/>
        <source>The defaults of “%1” were applied: %2. Go back to change them.</source>
        <translation>Die Vorgaben von „%1“ wurden angewendet: %2. Gehen Sie zurück, um sie zu ändern.</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenRunPage</name>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="60"/>
        <source>Generating</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="61"/>
        <source>The token generates the key. The main window stays usable meanwhile.</source>
        <translation>Das Token erzeugt den Schlüssel. Das Hauptfenster bleibt währenddessen benutzbar.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="73"/>
        <source>Generation progress</source>
        <translation>Fortschritt der Erzeugung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="77"/>
        <source>A&amp;bandon</source>
        <translation>A&amp;bbrechen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="79"/>
        <source>Abandon the generation</source>
        <translation>Die Erzeugung abbrechen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="80"/>
        <source>Stop waiting. The module finishes what it started; a key pair is kept complete or removed, and you are told which.</source>
        <translation>Nicht länger warten. Das Modul beendet, was es begonnen hat; ein Schlüsselpaar wird vollständig behalten oder entfernt, und Sie erfahren, was davon geschah.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="86"/>
        <source>Generation result</source>
        <translation>Ergebnis der Erzeugung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="122"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="124"/>
        <source>Abandoned (%1). The module cannot be interrupted: waiting for it so that no half key pair is left behind. You can close this wizard; the window reports the outcome.</source>
        <translation>Abgebrochen (%1). Das Modul kann nicht unterbrochen werden: Es wird abgewartet, damit kein halbes Schlüsselpaar zurückbleibt. Sie können diesen Assistenten schließen; das Hauptfenster meldet das Ergebnis.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="130"/>
        <source>Generating the %1 on “%2”… %3</source>
        <translation>Erzeuge %1 auf „%2“ … %3</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="136"/>
        <source>the token is no longer available</source>
        <translation>das Token ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="137"/>
        <source>Select the token again and repeat the generation.</source>
        <translation>Wählen Sie das Token erneut aus und wiederholen Sie die Erzeugung.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="156"/>
        <source>abandoned before the module started; nothing was generated</source>
        <translation>abgebrochen, bevor das Modul begann; es wurde nichts erzeugt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="162"/>
        <source>the session is not logged in</source>
        <translation>die Sitzung ist nicht angemeldet</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="163"/>
        <source>Log in to the token (Token ▸ Log in) and generate again.</source>
        <translation>Melden Sie sich beim Token an (Token ▸ Anmelden) und erzeugen Sie erneut.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="209"/>
        <source>Generated the %1 in %2 s.</source>
        <translation>%1 in %2 s erzeugt.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="211"/>
        <source>Abandoned while the module was generating: %1</source>
        <translation>Abgebrochen, während das Modul erzeugte: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="213"/>
        <source>Left out so that the module accepted the template: %1. The key does not have it.</source>
        <translation>Weggelassen, damit das Modul das Template akzeptiert: %1. Der Schlüssel hat dieses Attribut nicht.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="216"/>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="217"/>
        <source>Objects created:</source>
        <translation>Erstellte Objekte:</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="222"/>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="226"/>
        <source>Done: the %1 is on the token.</source>
        <translation>Fertig: %1 ist jetzt auf dem Token.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="227"/>
        <source>Abandoned: %1</source>
        <translation>Abgebrochen: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="229"/>
        <source>(without %1)</source>
        <translation>(ohne %1)</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="233"/>
        <source>Generated the %1</source>
        <translation>%1 erzeugt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="245"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="247"/>
        <source>Return value: %1</source>
        <translation>Rückgabewert: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="251"/>
        <source>The generation was abandoned; nothing was left on the token.</source>
        <translation>Die Erzeugung wurde abgebrochen; auf dem Token ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="253"/>
        <source>The %1 was not generated.</source>
        <translation>%1 wurde nicht erzeugt.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="255"/>
        <source>Generating the %1 failed</source>
        <translation>Erzeugung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="260"/>
        <source>The module rejected the template (%1).</source>
        <translation>Das Modul hat das Template abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="264"/>
        <source>Template rejected</source>
        <translation>Template abgelehnt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenRunPage.cpp" line="265"/>
        <source>The module rejected the template: %1

Retry, leaving out one optional attribute at a time until the module accepts it? The key is then made without that attribute, and you are told which one it was.</source>
        <translation>Das Modul hat das Template abgelehnt: %1

Erneut versuchen und dabei nacheinander je ein optionales Attribut weglassen, bis das Modul es akzeptiert? Der Schlüssel wird dann ohne dieses Attribut erzeugt, und Sie erfahren, welches es war.</translation>
    </message>
</context>
<context>
    <name>hsm::KeyGenWizard</name>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="19"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="20"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="31"/>
        <source>token</source>
        <translation>Token-Objekt</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="32"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="33"/>
        <source>sensitive</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="34"/>
        <source>extractable</source>
        <translation>exportierbar</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="35"/>
        <source>sign</source>
        <translation>signieren</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="36"/>
        <source>verify</source>
        <translation>verifizieren</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="37"/>
        <source>encrypt</source>
        <translation>verschlüsseln</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="38"/>
        <source>decrypt</source>
        <translation>entschlüsseln</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="39"/>
        <source>wrap</source>
        <translation>wrappen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="40"/>
        <source>unwrap</source>
        <translation>unwrappen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="41"/>
        <source>derive</source>
        <translation>ableiten</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="43"/>
        <source>label: “%1”</source>
        <translation>Bezeichnung: „%1“</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="53"/>
        <source>Generate key on “%1”</source>
        <translation>Schlüssel auf „%1“ erzeugen</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="54"/>
        <source>Key generation wizard</source>
        <translation>Assistent zur Schlüsselerzeugung</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="122"/>
        <source>The token “%1” is no longer available.</source>
        <translation>Das Token „%1“ ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="124"/>
        <source>The token “%1” is not initialised: initialise it before generating keys on it.</source>
        <translation>Das Token „%1“ ist nicht initialisiert: Initialisieren Sie es, bevor Sie darauf Schlüssel erzeugen.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="127"/>
        <source>The token “%1” is write-protected: no key can be generated on it.</source>
        <translation>Das Token „%1“ ist schreibgeschützt: Darauf kann kein Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="129"/>
        <source>Generating a key needs a logged-in session: log in to “%1” first.</source>
        <translation>Zum Erzeugen eines Schlüssels ist eine angemeldete Sitzung nötig: Melden Sie sich zuerst bei „%1“ an.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="141"/>
        <source>Select the token “%1” in the window to log in to it.</source>
        <translation>Wählen Sie das Token „%1“ im Hauptfenster aus, um sich dort anzumelden.</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="159"/>
        <source>the token is no longer available</source>
        <translation>das Token ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../views/KeyGenWizard.cpp" line="172"/>
        <source>Reading the token&apos;s mechanisms failed</source>
        <translation>Lesen der Mechanismen des Tokens fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>hsm::Libp11Bridge</name>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="40"/>
        <source>libp11 could not allocate a context.</source>
        <translation>libp11 konnte keinen Kontext anlegen.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="48"/>
        <source>libp11 could not load %1: %2</source>
        <translation>libp11 konnte %1 nicht laden: %2</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="49"/>
        <source>Signing on the token needs libp11 (package libp11-3). Check that the module loads with pkcs11-tool --module %1 -L.</source>
        <translation>Das Signieren auf dem Token benötigt libp11 (Paket libp11-3). Prüfen Sie mit pkcs11-tool --module %1 -L, ob das Modul geladen wird.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="57"/>
        <source>libp11 could not list the slots of %1: %2</source>
        <translation>libp11 konnte die Slots von %1 nicht auflisten: %2</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="104"/>
        <location filename="../backend/Libp11Bridge.cpp" line="134"/>
        <source>libp11 does not see a token in slot %1.</source>
        <translation>libp11 sieht kein Token in Slot %1.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="109"/>
        <source>libp11 could not prepare slot %1: %2</source>
        <translation>libp11 konnte Slot %1 nicht vorbereiten: %2</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="135"/>
        <source>Refresh the module and try again.</source>
        <translation>Aktualisieren Sie das Modul und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="138"/>
        <source>libp11 has no session on slot %1: the token was opened before libp11 was ready.</source>
        <translation>libp11 hat keine Sitzung auf Slot %1: Das Token wurde geöffnet, bevor libp11 bereit war.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="141"/>
        <source>Log out, refresh the module and log in again.</source>
        <translation>Melden Sie sich ab, aktualisieren Sie das Modul und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="147"/>
        <source>libp11 could not list the keys: %1</source>
        <translation>libp11 konnte die Schlüssel nicht auflisten: %1</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="148"/>
        <source>Check that you are logged in to the token.</source>
        <translation>Prüfen Sie, ob Sie beim Token angemeldet sind.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="162"/>
        <source>libp11 finds no private key with ID %1 on the token.</source>
        <translation>libp11 findet auf dem Token keinen privaten Schlüssel mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="163"/>
        <source>Log in as user: private keys are only visible after login.</source>
        <translation>Melden Sie sich als Benutzer an: Private Schlüssel sind erst nach der Anmeldung sichtbar.</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="169"/>
        <source>libp11 could not use the private key: %1</source>
        <translation>libp11 konnte den privaten Schlüssel nicht verwenden: %1</translation>
    </message>
    <message>
        <location filename="../backend/Libp11Bridge.cpp" line="170"/>
        <source>libp11 0.4.12 signs with RSA and EC keys only.</source>
        <translation>libp11 0.4.12 signiert nur mit RSA- und EC-Schlüsseln.</translation>
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
        <location filename="../views/LoginDialog.cpp" line="55"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="26"/>
        <source>Token &lt;b&gt;%1&lt;/b&gt; (serial %2)</source>
        <translation>Token &lt;b&gt;%1&lt;/b&gt; (Seriennummer %2)</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="33"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="34"/>
        <source>Security officer (SO)</source>
        <translation>Sicherheitsbeauftragter (SO)</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="35"/>
        <source>Log in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="36"/>
        <source>Log in as the normal user or as the security officer</source>
        <translation>Als normaler Benutzer oder als Sicherheitsbeauftragter anmelden</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="37"/>
        <source>Log in &amp;as:</source>
        <translation>Anmelden &amp;als:</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="42"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="43"/>
        <source>The PIN is sent to the token only; it is never stored</source>
        <translation>Die PIN wird nur an das Token gesendet und nie gespeichert</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="46"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="50"/>
        <source>This token has a PIN pad: use the PIN pad to enter the PIN after pressing Log in.</source>
        <translation>Dieses Token hat ein PIN-Pad: Nach „Anmelden“ die PIN am PIN-Pad eingeben.</translation>
    </message>
    <message>
        <location filename="../views/LoginDialog.cpp" line="52"/>
        <source>I understand that a wrong PIN now locks the PIN</source>
        <translation>Mir ist bewusst, dass eine falsche PIN die PIN jetzt sperrt</translation>
    </message>
</context>
<context>
    <name>hsm::MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="139"/>
        <location filename="../views/MainWindow.cpp" line="801"/>
        <source>HSM Workbench</source>
        <translation>HSM Workbench</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="166"/>
        <source>Listing progress</source>
        <translation>Fortschritt der Auflistung</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="189"/>
        <source>&amp;Add module…</source>
        <translation>Modul &amp;hinzufügen …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="190"/>
        <source>Load a PKCS#11 module</source>
        <translation>Ein PKCS#11-Modul laden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="191"/>
        <source>Add module</source>
        <translation>Modul hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="195"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="196"/>
        <source>Read slots, tokens and objects again</source>
        <translation>Slots, Tokens und Objekte neu einlesen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="197"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="201"/>
        <source>Log &amp;in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="202"/>
        <source>Log in to the selected token</source>
        <translation>Beim ausgewählten Token anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="203"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="208"/>
        <source>Log &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="209"/>
        <source>Log out of the selected token</source>
        <translation>Vom ausgewählten Token abmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="210"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="214"/>
        <source>&amp;Copy PKCS#11 URI</source>
        <translation>PKCS#11-URI &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="216"/>
        <source>Copy the PKCS#11 URI of the selected object or token</source>
        <translation>Die PKCS#11-URI des ausgewählten Objekts oder Tokens kopieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="217"/>
        <source>Copy PKCS#11 URI</source>
        <translation>PKCS#11-URI kopieren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="222"/>
        <source>&amp;Find objects</source>
        <translation>Objekte &amp;suchen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="222"/>
        <source>Move to the object filter</source>
        <translation>Zum Objektfilter springen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="223"/>
        <source>Find objects</source>
        <translation>Objekte suchen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="225"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="225"/>
        <source>Quit HSM Workbench</source>
        <translation>HSM Workbench beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="226"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="232"/>
        <source>&amp;Module</source>
        <translation>&amp;Modul</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="239"/>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="247"/>
        <source>&amp;Object</source>
        <translation>&amp;Objekt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="250"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="253"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="259"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="281"/>
        <source>Modules, slots and tokens</source>
        <translation>Module, Slots und Tokens</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="310"/>
        <source>Token contents</source>
        <translation>Token-Inhalt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="325"/>
        <source>Filter by label, ID or subject</source>
        <translation>Nach Bezeichnung, ID oder Subjekt filtern</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="327"/>
        <source>Object filter</source>
        <translation>Objektfilter</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="328"/>
        <source>Shows only objects whose label, ID (hex) or subject contains this text</source>
        <translation>Zeigt nur Objekte, deren Bezeichnung, ID (hex) oder Subjekt diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="332"/>
        <source>Object class filter</source>
        <translation>Filter nach Objektklasse</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="333"/>
        <source>Show only objects of one class</source>
        <translation>Nur Objekte einer Klasse anzeigen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="334"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="335"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="337"/>
        <source>Public keys</source>
        <translation>Öffentliche Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="339"/>
        <source>Private keys</source>
        <translation>Private Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="341"/>
        <source>Secret keys</source>
        <translation>Geheime Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="343"/>
        <source>Data objects</source>
        <translation>Datenobjekte</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="353"/>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="374"/>
        <source>&amp;Objects</source>
        <translation>&amp;Objekte</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="393"/>
        <source>Mechanisms</source>
        <translation>Mechanismen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="404"/>
        <source>Mec&amp;hanisms</source>
        <translation>Mec&amp;hanismen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="408"/>
        <source>Token information</source>
        <translation>Token-Informationen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="409"/>
        <source>To&amp;ken</source>
        <translation>To&amp;ken</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="415"/>
        <location filename="../views/MainWindow.cpp" line="592"/>
        <location filename="../views/MainWindow.cpp" line="689"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="421"/>
        <source>Attributes of the selected object</source>
        <translation>Attribute des ausgewählten Objekts</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="461"/>
        <source>Loaded %1 (%2)</source>
        <translation>%1 geladen (%2)</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="470"/>
        <source>Could not load the module %1</source>
        <translation>Das Modul %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="478"/>
        <source>Token “%1” was removed. Its objects are no longer available.</source>
        <translation>Token „%1“ wurde entfernt. Seine Objekte sind nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="479"/>
        <source>Token “%1” was removed</source>
        <translation>Token „%1“ wurde entfernt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="484"/>
        <source>An uninitialised token appeared</source>
        <translation>Ein nicht initialisiertes Token ist erschienen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="485"/>
        <source>Token “%1” was inserted</source>
        <translation>Token „%1“ wurde eingesteckt</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="503"/>
        <source>Opening the demo environment</source>
        <translation>Öffne die Demo-Umgebung</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="512"/>
        <source>Loading %1…</source>
        <translation>Lade %1 …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="558"/>
        <source>No token in slot %1</source>
        <translation>Kein Token in Slot %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="575"/>
        <source>This token is not initialised: it has no label, PINs or objects yet. Use Token ▸ Initialise token… to set it up, or the Softcards tab to create a softcard.</source>
        <translation>Dieses Token ist nicht initialisiert: Es hat noch keine Bezeichnung, PINs oder Objekte. Richten Sie es über Token ▸ Token initialisieren … ein, oder legen Sie im Reiter „Softcards“ eine Softcard an.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="617"/>
        <source>Objects listed: %1</source>
        <translation>Aufgelistete Objekte: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="619"/>
        <source>Listing the objects failed</source>
        <translation>Auflisten der Objekte fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="636"/>
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="639"/>
        <source>Logged in to %1</source>
        <translation>Bei %1 angemeldet</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="645"/>
        <source>Logout failed</source>
        <translation>Abmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="648"/>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="653"/>
        <source>Token error</source>
        <translation>Token-Fehler</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="696"/>
        <source>Attributes of %1 “%2”</source>
        <translation>Attribute von %1 „%2“</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="727"/>
        <source>Logging in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="744"/>
        <source>object “%1”</source>
        <translation>Objekt „%1“</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="747"/>
        <source>token “%1”</source>
        <translation>Token „%1“</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="750"/>
        <source>Select a token or an object first</source>
        <translation>Zuerst ein Token oder ein Objekt auswählen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="754"/>
        <source>Copied the URI of %1: %2</source>
        <translation>URI von %1 kopiert: %2</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="792"/>
        <source>Listing objects… %1</source>
        <translation>Objekte werden aufgelistet … %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="807"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="809"/>
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
        <location filename="../backend/Module.cpp" line="62"/>
        <source>cannot load %1: %2</source>
        <translation>%1 kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="64"/>
        <source>unknown reason</source>
        <translation>unbekannter Grund</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="65"/>
        <source>check that the file is a PKCS#11 module (a shared library) built for this machine&apos;s architecture and that its dependencies are installed (ldd shows missing ones).</source>
        <translation>Prüfen Sie, ob die Datei ein PKCS#11-Modul (eine Programmbibliothek) für die Architektur dieses Rechners ist und ob seine Abhängigkeiten installiert sind (ldd zeigt fehlende an).</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="95"/>
        <source>the module file %1 does not exist</source>
        <translation>die Moduldatei %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="96"/>
        <source>check the path, or choose a module registered with p11-kit.</source>
        <translation>Prüfen Sie den Pfad oder wählen Sie ein bei p11-kit registriertes Modul.</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="98"/>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="99"/>
        <source>choose the module&apos;s shared library (.so) itself.</source>
        <translation>Wählen Sie die Bibliotheksdatei (.so) des Moduls selbst.</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="131"/>
        <source>%1 is a shared library but not a PKCS#11 module: it exports neither C_GetInterface nor C_GetFunctionList</source>
        <translation>%1 ist eine Programmbibliothek, aber kein PKCS#11-Modul: Sie exportiert weder C_GetInterface noch C_GetFunctionList</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="134"/>
        <source>choose the vendor&apos;s PKCS#11 library; see the vendor documentation for its path.</source>
        <translation>Wählen Sie die PKCS#11-Bibliothek des Herstellers; ihren Pfad nennt die Herstellerdokumentation.</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="143"/>
        <source>the module returned no function list</source>
        <translation>das Modul hat keine Funktionsliste geliefert</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="144"/>
        <source>the module is broken; contact its vendor.</source>
        <translation>Das Modul ist defekt; wenden Sie sich an den Hersteller.</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="236"/>
        <source>the slot list kept changing</source>
        <translation>die Slot-Liste änderte sich ständig</translation>
    </message>
    <message>
        <location filename="../backend/Module.cpp" line="243"/>
        <location filename="../backend/Module.cpp" line="251"/>
        <source>slot %1</source>
        <translation>Slot %1</translation>
    </message>
</context>
<context>
    <name>hsm::ModuleManager</name>
    <message>
        <location filename="../backend/ModuleManager.cpp" line="204"/>
        <location filename="../backend/ModuleManager.cpp" line="226"/>
        <source>the module %1 is already loaded</source>
        <translation>das Modul %1 ist bereits geladen</translation>
    </message>
    <message>
        <location filename="../backend/ModuleManager.cpp" line="205"/>
        <location filename="../backend/ModuleManager.cpp" line="227"/>
        <source>remove it first to load it again.</source>
        <translation>Entfernen Sie es zuerst, um es erneut zu laden.</translation>
    </message>
</context>
<context>
    <name>hsm::ModuleRegistry</name>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="63"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="64"/>
        <source>Give the path of the module&apos;s shared library (.so).</source>
        <translation>Geben Sie den Pfad der Bibliotheksdatei (.so) des Moduls an.</translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="82"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="88"/>
        <source>The module file %1 does not exist.</source>
        <translation>Die Moduldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="90"/>
        <source>Check the path, or use a registered module name (%1).</source>
        <translation>Prüfen Sie den Pfad oder verwenden Sie den Namen eines registrierten Moduls (%1).</translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="95"/>
        <source>No module file or registered module named &quot;%1&quot;.</source>
        <translation>Keine Moduldatei und kein registriertes Modul namens „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/ModuleRegistry.cpp" line="98"/>
        <source>Registered p11-kit modules: %1.</source>
        <translation>Registrierte p11-kit-Module: %1.</translation>
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
        <translation>%1
%2 %3
Cryptoki %4</translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="127"/>
        <source>%1
Flags: %2</source>
        <translation>%1
Flags: %2</translation>
    </message>
    <message>
        <location filename="../models/ModuleTreeModel.cpp" line="131"/>
        <source>%1 %2, serial %3
Flags: %4</source>
        <translation>%1 %2, Seriennummer %3
Flags: %4</translation>
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
    <name>hsm::NShieldSoftcardProvider</name>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="31"/>
        <source>softcardtool %1 (uses pkcs11webservices.cfg)</source>
        <translation>softcardtool %1 (verwendet pkcs11webservices.cfg)</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="37"/>
        <source>the softcard needs a name</source>
        <translation>die Softcard braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="39"/>
        <source>the softcard name is longer than %1 characters</source>
        <translation>der Softcard-Name ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="42"/>
        <source>the softcard name contains “%1”: softcardtool does not support special characters (allowed: letters, digits, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>der Softcard-Name enthält „%1“: softcardtool unterstützt keine Sonderzeichen (erlaubt: Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="44"/>
        <source>a space</source>
        <translation>ein Leerzeichen</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="52"/>
        <source>the passphrase must have %1 to %2 characters</source>
        <translation>die Passphrase muss %1 bis %2 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="58"/>
        <source>the passphrase contains a character softcardtool does not support (allowed: letters, digits, &apos;-&apos; and &apos;_&apos;)</source>
        <translation>die Passphrase enthält ein Zeichen, das softcardtool nicht unterstützt (erlaubt: Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;)</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="66"/>
        <source>no softcard ID was given</source>
        <translation>es wurde keine Softcard-ID angegeben</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="69"/>
        <source>“%1” is not a softcard ID (letters and digits only)</source>
        <translation>„%1“ ist keine Softcard-ID (nur Buchstaben und Ziffern)</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="79"/>
        <source>softcardtool not found: %1</source>
        <translation>softcardtool nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="83"/>
        <source>softcardtool could not be started: %1</source>
        <translation>softcardtool konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="88"/>
        <source>softcardtool did not finish within %1 s and was stopped%2</source>
        <translation>softcardtool war nach %1 s nicht fertig und wurde beendet%2</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="94"/>
        <source>softcardtool crashed: %1</source>
        <translation>softcardtool ist abgestürzt: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="105"/>
        <source>softcardtool failed (exit code %1): %2</source>
        <translation>softcardtool fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="107"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="125"/>
        <source>no passphrase was given</source>
        <translation>es wurde keine Passphrase angegeben</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="137"/>
        <source>a softcard named “%1” exists already (ID %2)</source>
        <translation>eine Softcard namens „%1“ existiert bereits (ID %2)</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="138"/>
        <source>choose another name.</source>
        <translation>Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="149"/>
        <source>softcardtool ended without asking for the passphrase: %1</source>
        <translation>softcardtool endete, ohne nach der Passphrase zu fragen: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="162"/>
        <source>softcardtool reported success, but “%1” is not in its list: %2</source>
        <translation>softcardtool meldete Erfolg, aber „%1“ steht nicht in seiner Liste: %2</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="176"/>
        <source>the softcard “%1” still has keys; its keys must be removed first. %2</source>
        <translation>die Softcard „%1“ enthält noch Schlüssel; diese müssen zuerst entfernt werden. %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="192"/>
        <source>Connected; %n softcard(s) on the server.</source>
        <translation>
            <numerusform>Verbunden; %n Softcard auf dem Server.</numerusform>
            <numerusform>Verbunden; %n Softcards auf dem Server.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="196"/>
        <source>softcardtool -v1 succeeded.</source>
        <translation>softcardtool -v1 war erfolgreich.</translation>
    </message>
</context>
<context>
    <name>hsm::ObjectActions</name>
    <message>
        <location filename="../views/ObjectActions.cpp" line="30"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="31"/>
        <source>Delete the selected objects from the token (asks first)</source>
        <translation>Die ausgewählten Objekte vom Token löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="32"/>
        <source>Delete objects</source>
        <translation>Objekte löschen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="33"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="34"/>
        <source>Change the label, ID or attributes of the selected object</source>
        <translation>Bezeichnung, ID oder Attribute des ausgewählten Objekts ändern</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="35"/>
        <source>Edit object</source>
        <translation>Objekt bearbeiten</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="36"/>
        <source>New &amp;data object…</source>
        <translation>Neues &amp;Datenobjekt …</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="37"/>
        <source>Store text or a file as a data object on the token</source>
        <translation>Text oder eine Datei als Datenobjekt auf dem Token speichern</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="38"/>
        <source>New data object</source>
        <translation>Neues Datenobjekt</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="39"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="41"/>
        <source>Save the selected certificate, public key or data object&apos;s value to a file</source>
        <translation>Das ausgewählte Zertifikat, den öffentlichen Schlüssel oder den Wert des Datenobjekts in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="42"/>
        <source>Export object</source>
        <translation>Objekt exportieren</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="79"/>
        <source>Select a token first</source>
        <translation>Zuerst ein Token auswählen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="83"/>
        <source>Another object operation is still open</source>
        <translation>Eine andere Objektoperation ist noch offen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="110"/>
        <source>Looking for the keys and certificates that belong to the selection failed</source>
        <translation>Suche nach den zur Auswahl gehörenden Schlüsseln und Zertifikaten fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="128"/>
        <source>The token changed; nothing was deleted</source>
        <translation>Das Token hat sich geändert; es wurde nichts gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="138"/>
        <source>Deleting %n object(s)…</source>
        <translation>
            <numerusform>Lösche %n Objekt …</numerusform>
            <numerusform>Lösche %n Objekte …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="142"/>
        <source>Deleting objects</source>
        <translation>Objekte werden gelöscht</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="155"/>
        <source>Nothing was deleted</source>
        <translation>Es wurde nichts gelöscht</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="161"/>
        <source>Deleted %n object(s)</source>
        <translation>
            <numerusform>%n Objekt gelöscht</numerusform>
            <numerusform>%n Objekte gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="163"/>
        <source>Deleted %1 of %2 objects</source>
        <translation>%1 von %2 Objekten gelöscht</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="191"/>
        <source>Reading the object&apos;s attributes failed</source>
        <translation>Lesen der Objektattribute fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="202"/>
        <source>The token changed; nothing was saved</source>
        <translation>Das Token hat sich geändert; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="217"/>
        <source>The object was not changed</source>
        <translation>Das Objekt wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="221"/>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="222"/>
        <source>Changed %n attribute(s)</source>
        <translation>
            <numerusform>%n Attribut geändert</numerusform>
            <numerusform>%n Attribute geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="242"/>
        <source>The token changed; nothing was created</source>
        <translation>Das Token hat sich geändert; es wurde nichts erstellt</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="257"/>
        <source>The data object was not created</source>
        <translation>Das Datenobjekt wurde nicht erstellt</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="261"/>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="289"/>
        <source>Exporting %1 failed</source>
        <translation>Export von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="303"/>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM-Zertifikat (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="303"/>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="308"/>
        <source>PEM public key (*.pem)</source>
        <translation>Öffentlicher Schlüssel, PEM (*.pem)</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="308"/>
        <source>DER public key (*.der)</source>
        <translation>Öffentlicher Schlüssel, DER (*.der)</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="313"/>
        <source>Raw bytes (*)</source>
        <translation>Rohdaten (*)</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="321"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="345"/>
        <location filename="../views/ObjectActions.cpp" line="351"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="353"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../views/ObjectActions.cpp" line="354"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="358"/>
        <source>Exported to %1 (%n byte(s))</source>
        <translation>
            <numerusform>Nach %1 exportiert (%n Byte)</numerusform>
            <numerusform>Nach %1 exportiert (%n Byte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ObjectAdmin</name>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="35"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="43"/>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="46"/>
        <source>public key</source>
        <translation>öffentlicher Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="49"/>
        <source>secret key</source>
        <translation>geheimer Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="52"/>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="55"/>
        <source>data object</source>
        <translation>Datenobjekt</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="60"/>
        <source>%1 “%2” (ID %3)</source>
        <translation>%1 „%2“ (ID %3)</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="72"/>
        <location filename="../backend/ObjectAdmin.cpp" line="82"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="73"/>
        <source>“%1” is not hexadecimal: “%2” is not a hex digit.</source>
        <translation>„%1“ ist nicht hexadezimal: „%2“ ist keine Hex-Ziffer.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="76"/>
        <source>Type the ID as hex bytes, e.g. 01a2ff or 01:a2:ff.</source>
        <translation>Geben Sie die ID als Hex-Bytes ein, z. B. 01a2ff oder 01:a2:ff.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="83"/>
        <source>“%1” has an odd number of hex digits.</source>
        <translation>„%1“ hat eine ungerade Anzahl von Hex-Ziffern.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="85"/>
        <source>Each byte takes two hex digits, e.g. 0a instead of a.</source>
        <translation>Jedes Byte braucht zwei Hex-Ziffern, z. B. 0a statt a.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="138"/>
        <source>The token “%1” is write-protected (CKF_WRITE_PROTECTED).</source>
        <translation>Das Token „%1“ ist schreibgeschützt (CKF_WRITE_PROTECTED).</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="141"/>
        <source>Nothing was changed. Remove the write protection (a switch, a policy or the HSM&apos;s configuration) and try again.</source>
        <translation>Es wurde nichts geändert. Heben Sie den Schreibschutz auf (Schalter, Richtlinie oder Konfiguration des HSM) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="151"/>
        <source>The session on “%1” is read-only.</source>
        <translation>Die Sitzung auf „%1“ ist schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="153"/>
        <source>Nothing was changed. Open the token read-write and try again.</source>
        <translation>Es wurde nichts geändert. Öffnen Sie das Token mit Schreibzugriff und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="171"/>
        <source>Not logged in: private objects can only be changed after logging in.</source>
        <translation>Nicht angemeldet: Private Objekte können erst nach der Anmeldung geändert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="173"/>
        <source>Log in as user and try again.</source>
        <translation>Melden Sie sich als Benutzer an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="233"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ObjectAdmin.cpp" line="238"/>
        <source>%n object(s) could not be deleted: %1.</source>
        <translation>
            <numerusform>%n Objekt konnte nicht gelöscht werden: %1.</numerusform>
            <numerusform>%n Objekte konnten nicht gelöscht werden: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="243"/>
        <source>Nothing was deleted.</source>
        <translation>Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="244"/>
        <source>Deleted: %1.</source>
        <translation>Gelöscht: %1.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="275"/>
        <source>The object changed since it was listed; it was not deleted.</source>
        <translation>Das Objekt hat sich seit dem Auflisten geändert; es wurde nicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="277"/>
        <source>Refresh the object list and select it again.</source>
        <translation>Aktualisieren Sie die Objektliste und wählen Sie es erneut aus.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="324"/>
        <source>Can be set but never cleared: once a key is sensitive its value must not leave the token in plain text.</source>
        <translation>Kann gesetzt, aber nie zurückgenommen werden: Ist ein Schlüssel einmal vertraulich, darf sein Wert das Token nicht im Klartext verlassen.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="329"/>
        <source>Can be set but never cleared: once set, the key may only be wrapped with trusted keys.</source>
        <translation>Kann gesetzt, aber nie zurückgenommen werden: Danach darf der Schlüssel nur noch mit vertrauenswürdigen Schlüsseln gewrappt werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="333"/>
        <source>Can be cleared but never set again: a key that was not extractable cannot become extractable.</source>
        <translation>Kann zurückgenommen, aber nie wieder gesetzt werden: Ein Schlüssel, der nicht exportierbar war, kann nicht exportierbar werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="338"/>
        <source>Can be cleared but never set again: once copying is forbidden it stays forbidden.</source>
        <translation>Kann zurückgenommen, aber nie wieder gesetzt werden: Ist das Kopieren einmal verboten, bleibt es verboten.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="343"/>
        <source>Read-only: what the object is cannot change.</source>
        <translation>Nur lesbar: Die Art des Objekts kann sich nicht ändern.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="346"/>
        <source>Read-only: a session object becomes a token object (or back) only by copying it.</source>
        <translation>Nur lesbar: Ein Sitzungsobjekt wird nur durch Kopieren zum Token-Objekt (oder umgekehrt).</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="352"/>
        <source>Read-only: set when the object is created; it changes only in a copy.</source>
        <translation>Nur lesbar: Wird beim Erstellen des Objekts festgelegt und ändert sich nur in einer Kopie.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="355"/>
        <source>Read-only: set by the token, true when the key was generated on the token.</source>
        <translation>Nur lesbar: Vom Token gesetzt; true, wenn der Schlüssel auf dem Token erzeugt wurde.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="358"/>
        <source>Read-only: set by the token, true when the key has always been sensitive.</source>
        <translation>Nur lesbar: Vom Token gesetzt; true, wenn der Schlüssel immer vertraulich war.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="361"/>
        <source>Read-only: set by the token, true when the key has never been extractable.</source>
        <translation>Nur lesbar: Vom Token gesetzt; true, wenn der Schlüssel nie exportierbar war.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="364"/>
        <source>Read-only here: only the Security Officer may mark an object as trusted.</source>
        <translation>Hier nur lesbar: Nur der Sicherheitsbeauftragte darf ein Objekt als vertrauenswürdig markieren.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="462"/>
        <source>%1 has no %2.</source>
        <translation>%1 hat kein Attribut %2.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="464"/>
        <location filename="../backend/ObjectAdmin.cpp" line="475"/>
        <location filename="../backend/ObjectAdmin.cpp" line="550"/>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="469"/>
        <source>%1 cannot be changed from %2 to %3 on %4. %5</source>
        <translation>%1 kann auf %4 nicht von %2 auf %3 geändert werden. %5</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="481"/>
        <source>%1 cannot be changed: its CKA_MODIFIABLE is false.</source>
        <translation>%1 kann nicht geändert werden: Sein CKA_MODIFIABLE ist false.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="484"/>
        <source>Nothing was changed. CKA_MODIFIABLE is set when an object is created; make a modifiable copy or create the object again.</source>
        <translation>Es wurde nichts geändert. CKA_MODIFIABLE wird beim Erstellen eines Objekts festgelegt; erstellen Sie eine änderbare Kopie oder das Objekt neu.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="500"/>
        <source>Changing attributes</source>
        <translation>Ändern der Attribute</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="535"/>
        <source>the module refused one of %1</source>
        <translation>das Modul hat eines der Attribute %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="551"/>
        <source>The module changed %1 before it failed.</source>
        <translation>Das Modul hat %1 geändert, bevor der Fehler auftrat.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="557"/>
        <source>Change one attribute at a time to find the one the module refuses.</source>
        <translation>Ändern Sie jeweils nur ein Attribut, um das vom Modul abgelehnte zu finden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="568"/>
        <source>Write the OID in dotted form, e.g. 1.2.840.113549.1.7.1.</source>
        <translation>Schreiben Sie die OID in Punktschreibweise, z. B. 1.2.840.113549.1.7.1.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="572"/>
        <location filename="../backend/ObjectAdmin.cpp" line="582"/>
        <location filename="../backend/ObjectAdmin.cpp" line="588"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="573"/>
        <source>“%1” is not a dotted OID (numbers separated by dots, at least two).</source>
        <translation>„%1“ ist keine OID in Punktschreibweise (durch Punkte getrennte Zahlen, mindestens zwei).</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="583"/>
        <source>“%1”: the first number must be 0, 1 or 2.</source>
        <translation>„%1“: Die erste Zahl muss 0, 1 oder 2 sein.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="589"/>
        <source>“%1”: after 0 or 1 the second number must be below 40.</source>
        <translation>„%1“: Nach 0 oder 1 muss die zweite Zahl kleiner als 40 sein.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="598"/>
        <source>“%1” is not a valid OID.</source>
        <translation>„%1“ ist keine gültige OID.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="607"/>
        <source>“%1” could not be encoded.</source>
        <translation>„%1“ konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="623"/>
        <source>Creating a data object</source>
        <translation>Erstellen eines Datenobjekts</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="627"/>
        <source>The value is %1 bytes; data objects are limited to %2 bytes here.</source>
        <translation>Der Wert hat %1 Byte; Datenobjekte sind hier auf %2 Byte begrenzt.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectAdmin.cpp" line="631"/>
        <source>Store large files elsewhere; a token has little memory.</source>
        <translation>Speichern Sie große Dateien anderswo; ein Token hat wenig Speicher.</translation>
    </message>
</context>
<context>
    <name>hsm::ObjectExport</name>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="56"/>
        <source>The public key of %1 could not be encoded.</source>
        <translation>Der öffentliche Schlüssel von %1 konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="72"/>
        <source>The public key attributes of %1 do not form a valid %2 key.</source>
        <translation>Die Attribute des öffentlichen Schlüssels von %1 ergeben keinen gültigen %2-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="86"/>
        <location filename="../backend/ObjectExport.cpp" line="154"/>
        <source>Out of memory.</source>
        <translation>Nicht genügend Speicher.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="137"/>
        <source>CKA_EC_POINT of %1 is not a valid %2 public key.</source>
        <translation>CKA_EC_POINT von %1 ist kein gültiger öffentlicher %2-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="144"/>
        <source>The curve of %1 is not a named curve OpenSSL knows.</source>
        <translation>Die Kurve von %1 ist keine benannte Kurve, die OpenSSL kennt.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="147"/>
        <source>Only keys on named curves can be exported here.</source>
        <translation>Hier können nur Schlüssel auf benannten Kurven exportiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="165"/>
        <source>%1 does not hold a readable X.509 certificate.</source>
        <translation>%1 enthält kein lesbares X.509-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="287"/>
        <source>%1 has no %2, so its public key cannot be built.</source>
        <translation>%1 hat kein Attribut %2, daher kann der zugehörige öffentliche Schlüssel nicht gebildet werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="293"/>
        <source>%1 has no %2, and no CKA_ID to find its public key or certificate by.</source>
        <translation>%1 hat kein Attribut %2 und keine CKA_ID, über die sich der zugehörige öffentliche Schlüssel oder das Zertifikat finden ließe.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="296"/>
        <source>Export the public key from where the key was generated.</source>
        <translation>Exportieren Sie den öffentlichen Schlüssel dort, wo der Schlüssel erzeugt wurde.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="312"/>
        <source>the public key object with ID %1 (%2)</source>
        <translation>das Objekt des öffentlichen Schlüssels mit ID %1 (%2)</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="336"/>
        <source>the certificate with ID %1</source>
        <translation>das Zertifikat mit ID %1</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="342"/>
        <source>%1 has no %2, and the token holds no public key or certificate with ID %3.</source>
        <translation>%1 hat kein Attribut %2, und das Token enthält keinen öffentlichen Schlüssel und kein Zertifikat mit ID %3.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="345"/>
        <source>Import its public key or certificate with the same CKA_ID, or export the public key from where the key was generated.</source>
        <translation>Importieren Sie den zugehörigen öffentlichen Schlüssel oder das Zertifikat mit derselben CKA_ID, oder exportieren Sie den öffentlichen Schlüssel dort, wo der Schlüssel erzeugt wurde.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="365"/>
        <source>%1 has no readable CKA_VALUE.</source>
        <translation>%1 hat kein lesbares CKA_VALUE.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="367"/>
        <source>Log in and try again.</source>
        <translation>Melden Sie sich an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="377"/>
        <source>The CKA_VALUE of %1 is not a DER X.509 certificate.</source>
        <translation>Das CKA_VALUE von %1 ist kein DER-kodiertes X.509-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="394"/>
        <location filename="../backend/ObjectExport.cpp" line="426"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="395"/>
        <source>%1 has nothing to export: secret key material never leaves the token.</source>
        <translation>%1 hat nichts zu exportieren: Geheimes Schlüsselmaterial verlässt das Token nie.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="427"/>
        <source>This object cannot be exported in that format.</source>
        <translation>Dieses Objekt kann nicht in diesem Format exportiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/ObjectExport.cpp" line="428"/>
        <source>Certificates and public keys export as PEM or DER, data objects as raw bytes.</source>
        <translation>Zertifikate und öffentliche Schlüssel werden als PEM oder DER exportiert, Datenobjekte als Rohdaten.</translation>
    </message>
</context>
<context>
    <name>hsm::ObjectLister</name>
    <message>
        <location filename="../backend/ObjectLister.cpp" line="115"/>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <location filename="../backend/ObjectLister.cpp" line="116"/>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
</context>
<context>
    <name>hsm::ObjectTableModel</name>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="119"/>
        <source>The label is not valid UTF-8; raw bytes: %1</source>
        <translation>Die Bezeichnung ist kein gültiges UTF-8; Rohbytes: %1</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="127"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ObjectTableModel.cpp" line="129"/>
        <source>Expires within %n day(s), on %1</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab, am %1</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab, am %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="133"/>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="179"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="181"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="183"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="185"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="187"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="189"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="191"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="193"/>
        <source>Modifiable</source>
        <translation>Änderbar</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="195"/>
        <source>Sensitive</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="197"/>
        <source>Extractable</source>
        <translation>Exportierbar</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="199"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="201"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="203"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../models/ObjectTableModel.cpp" line="205"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>hsm::OutputFileBox</name>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="278"/>
        <source>&amp;PEM (text)</source>
        <translation>&amp;PEM (Text)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="281"/>
        <source>&amp;DER (binary)</source>
        <translation>&amp;DER (binär)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="290"/>
        <source>Output file of the %1</source>
        <translation>Ausgabedatei (%1)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="291"/>
        <source>file to write the %1 to</source>
        <translation>Zieldatei (%1)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="293"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="295"/>
        <source>Choose the file to write</source>
        <translation>Zieldatei auswählen</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="312"/>
        <source>Save the %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="316"/>
        <source>PEM files (*.pem *.csr *.crt)</source>
        <translation>PEM-Dateien (*.pem *.csr *.crt)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="316"/>
        <source>DER files (*.der *.cer)</source>
        <translation>DER-Dateien (*.der *.cer)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="316"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>hsm::PinChangeDialog</name>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="25"/>
        <source>Change user PIN of %1</source>
        <translation>Benutzer-PIN von %1 ändern</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="26"/>
        <source>&amp;Current user PIN:</source>
        <translation>&amp;Aktuelle Benutzer-PIN:</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="18"/>
        <source>&amp;New user PIN:</source>
        <translation>&amp;Neue Benutzer-PIN:</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="27"/>
        <source>Changes the user PIN. The current PIN is checked by the token.</source>
        <translation>Ändert die Benutzer-PIN. Die aktuelle PIN wird vom Token geprüft.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="28"/>
        <source>This token has a PIN pad. Use the token&apos;s PIN pad when it asks: first the current user PIN, then the new one (twice).</source>
        <translation>Dieses Token hat ein PIN-Pad. Verwenden Sie das PIN-Pad des Tokens, wenn es danach fragt: zuerst die aktuelle Benutzer-PIN, dann die neue (zweimal).</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="32"/>
        <source>Change SO PIN of %1</source>
        <translation>SO-PIN von %1 ändern</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="33"/>
        <source>&amp;Current SO PIN:</source>
        <translation>&amp;Aktuelle SO-PIN:</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="34"/>
        <source>&amp;New SO PIN:</source>
        <translation>&amp;Neue SO-PIN:</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="35"/>
        <source>Logs in as security officer with the current SO PIN, changes it, and logs out again.</source>
        <translation>Meldet sich mit der aktuellen SO-PIN als Sicherheitsbeauftragter an, ändert sie und meldet sich wieder ab.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="36"/>
        <source>This token has a PIN pad. Use the token&apos;s PIN pad when it asks: the current SO PIN to log in, then the current and the new SO PIN.</source>
        <translation>Dieses Token hat ein PIN-Pad. Verwenden Sie das PIN-Pad des Tokens, wenn es danach fragt: die aktuelle SO-PIN zur Anmeldung, dann die aktuelle und die neue SO-PIN.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="40"/>
        <source>Initialise user PIN of %1</source>
        <translation>Benutzer-PIN von %1 initialisieren</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="17"/>
        <source>&amp;SO PIN:</source>
        <translation>&amp;SO-PIN:</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="42"/>
        <source>Logs in as security officer and sets the user PIN. The token already has a user PIN: it is replaced.</source>
        <translation>Meldet sich als Sicherheitsbeauftragter an und setzt die Benutzer-PIN. Das Token hat bereits eine Benutzer-PIN: Sie wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="44"/>
        <source>Logs in as security officer and sets the user PIN, so the user can log in.</source>
        <translation>Meldet sich als Sicherheitsbeauftragter an und setzt die Benutzer-PIN, damit sich der Benutzer anmelden kann.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="20"/>
        <source>This token has a PIN pad. Use the token&apos;s PIN pad when it asks: the SO PIN, then the new user PIN.</source>
        <translation>Dieses Token hat ein PIN-Pad. Verwenden Sie das PIN-Pad des Tokens, wenn es danach fragt: die SO-PIN, dann die neue Benutzer-PIN.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="47"/>
        <source>Unblock user PIN of %1</source>
        <translation>Benutzer-PIN von %1 entsperren</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="48"/>
        <source>Logs in as security officer and sets a new user PIN, which also unlocks a locked user PIN. The old user PIN is not needed.</source>
        <translation>Meldet sich als Sicherheitsbeauftragter an und setzt eine neue Benutzer-PIN; damit wird auch eine gesperrte Benutzer-PIN entsperrt. Die alte Benutzer-PIN wird nicht benötigt.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="59"/>
        <source>Token &lt;b&gt;%1&lt;/b&gt; (serial %2)</source>
        <translation>Token &lt;b&gt;%1&lt;/b&gt; (Seriennummer %2)</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="68"/>
        <source>You are logged in as user. A token allows one kind of login at a time, so the user is logged out first; log in again afterwards.</source>
        <translation>Sie sind als Benutzer angemeldet. Ein Token erlaubt nur eine Art der Anmeldung zugleich, daher wird der Benutzer zuerst abgemeldet; melden Sie sich danach wieder an.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="77"/>
        <location filename="../views/PinChangeDialog.cpp" line="81"/>
        <location filename="../views/PinChangeDialog.cpp" line="133"/>
        <source>SO PIN</source>
        <translation>SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="77"/>
        <source>user PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="79"/>
        <source>Current user PIN</source>
        <translation>Aktuelle Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="80"/>
        <source>Current SO PIN</source>
        <translation>Aktuelle SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="83"/>
        <source>New %1</source>
        <translation>Neue %1</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="85"/>
        <source>Repeat new %1</source>
        <translation>Neue %1 wiederholen</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="88"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="92"/>
        <source>I understand that a wrong PIN now locks the PIN</source>
        <translation>Mir ist bewusst, dass eine falsche PIN die PIN jetzt sperrt</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="94"/>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="95"/>
        <source>Set PIN</source>
        <translation>PIN setzen</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="96"/>
        <source>Change PIN</source>
        <translation>PIN ändern</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="122"/>
        <source>The user PIN is locked: unblock it as security officer (Token ▸ PINs ▸ Unblock user PIN).</source>
        <translation>Die Benutzer-PIN ist gesperrt: Entsperren Sie sie als Sicherheitsbeauftragter (Token ▸ PINs ▸ Benutzer-PIN entsperren).</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="124"/>
        <source>The SO PIN is locked; nothing can be sent.</source>
        <translation>Die SO-PIN ist gesperrt; es kann nichts gesendet werden.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="126"/>
        <source>Tick the box to confirm the final try.</source>
        <translation>Setzen Sie das Häkchen, um den letzten Versuch zu bestätigen.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="128"/>
        <source>The token is write-protected: its PINs cannot be changed.</source>
        <translation>Das Token ist schreibgeschützt: Seine PINs können nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="131"/>
        <source>current user PIN</source>
        <translation>aktuelle Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="132"/>
        <source>current SO PIN</source>
        <translation>aktuelle SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="134"/>
        <source>new SO PIN</source>
        <translation>neue SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="134"/>
        <source>new user PIN</source>
        <translation>neue Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/PinChangeDialog.cpp" line="140"/>
        <source>The repeated PIN does not match the new PIN.</source>
        <translation>Die wiederholte PIN stimmt nicht mit der neuen PIN überein.</translation>
    </message>
</context>
<context>
    <name>hsm::Pkcs11Uri</name>
    <message>
        <location filename="../backend/Pkcs11Uri.cpp" line="124"/>
        <source>Out of memory.</source>
        <translation>Nicht genügend Speicher.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Uri.cpp" line="130"/>
        <source>&quot;%1&quot; is not a valid PKCS#11 URI: %2</source>
        <translation>„%1“ ist keine gültige PKCS#11-URI: %2</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Uri.cpp" line="132"/>
        <source>A PKCS#11 URI looks like pkcs11:token=My%20Token;serial=1234 (RFC 7512); special characters are percent-encoded.</source>
        <translation>Eine PKCS#11-URI sieht so aus: pkcs11:token=My%20Token;serial=1234 (RFC 7512); Sonderzeichen werden prozentkodiert.</translation>
    </message>
</context>
<context>
    <name>hsm::SelfSignDialog</name>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="26"/>
        <source>Self-signed CA certificate on “%1”</source>
        <translation>Selbstsigniertes CA-Zertifikat auf „%1“</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="27"/>
        <source>Self-signed certificate</source>
        <translation>Selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="33"/>
        <source>Key pair and subject</source>
        <translation>Schlüsselpaar und Subjekt</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="37"/>
        <source>Key pair</source>
        <translation>Schlüsselpaar</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="53"/>
        <source>&amp;Store on this token beside the key</source>
        <translation>Auf diesem Token neben dem Schlüssel &amp;speichern</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="54"/>
        <source>The certificate gets the key&apos;s ID, so the pair can issue certificates</source>
        <translation>Das Zertifikat erhält die ID des Schlüssels, damit das Paar Zertifikate ausstellen kann</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="61"/>
        <source>C&amp;reate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="62"/>
        <source>Create the self-signed certificate</source>
        <translation>Das selbstsignierte Zertifikat erstellen</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="62"/>
        <source>Sign the certificate with the key on the token</source>
        <translation>Das Zertifikat mit dem Schlüssel auf dem Token signieren</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="63"/>
        <source>Nothing was made: %1</source>
        <translation>Es wurde nichts erstellt: %1</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="63"/>
        <source>Making the self-signed certificate failed; nothing was written</source>
        <translation>Erstellen des selbstsignierten Zertifikats fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="64"/>
        <source>The certificate was made but not stored on the token</source>
        <translation>Das Zertifikat wurde erstellt, aber nicht auf dem Token gespeichert</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="101"/>
        <source>%1 (%2, ID %3)</source>
        <translation>%1 (%2, ID %3)</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="141"/>
        <source>Signing…</source>
        <translation>Wird signiert …</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="143"/>
        <source>The token “%1” is no longer available.</source>
        <translation>Das Token „%1“ ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="145"/>
        <source>No key pair that can sign is listed on “%1”.</source>
        <translation>Auf „%1“ ist kein Schlüsselpaar aufgeführt, das signieren kann.</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="147"/>
        <source>Reading the key failed: %1</source>
        <translation>Lesen des Schlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="149"/>
        <source>Reading what the key can sign with…</source>
        <translation>Die Signaturmechanismen des Schlüssels werden gelesen …</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="151"/>
        <source>The key “%1” is not allowed to sign (CKA_SIGN is false).</source>
        <translation>Der Schlüssel „%1“ darf nicht signieren (CKA_SIGN ist false).</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="153"/>
        <source>The token offers no signature mechanism for this key.</source>
        <translation>Das Token bietet keinen Signaturmechanismus für diesen Schlüssel an.</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="155"/>
        <source>Correct the subject first.</source>
        <translation>Korrigieren Sie zuerst das Subjekt.</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="163"/>
        <source>Signs with: %1</source>
        <translation>Signiert mit: %1</translation>
    </message>
    <message>
        <location filename="../views/SelfSignDialog.cpp" line="173"/>
        <source>Signing with “%1” on “%2”…</source>
        <translation>Es wird mit „%1“ auf „%2“ signiert …</translation>
    </message>
</context>
<context>
    <name>hsm::Session</name>
    <message>
        <location filename="../backend/Session.cpp" line="33"/>
        <source>slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="89"/>
        <source>re-initialise the token (this destroys its objects).</source>
        <translation>Initialisieren Sie das Token neu (dies vernichtet seine Objekte).</translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="90"/>
        <source>log in as security officer and set a new user PIN.</source>
        <translation>Melden Sie sich als Sicherheitsbeauftragter an und setzen Sie eine neue Benutzer-PIN.</translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="93"/>
        <source>confirm that you want to use the final try, and double-check the PIN.</source>
        <translation>Bestätigen Sie, dass Sie den letzten Versuch nutzen wollen, und prüfen Sie die PIN genau.</translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="97"/>
        <source>no PIN was given</source>
        <translation>es wurde keine PIN angegeben</translation>
    </message>
    <message>
        <location filename="../backend/Session.cpp" line="98"/>
        <source>enter the PIN; this token has no PIN pad.</source>
        <translation>Geben Sie die PIN ein; dieses Token hat kein PIN-Pad.</translation>
    </message>
</context>
<context>
    <name>hsm::SoftHsm2SoftcardProvider</name>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="27"/>
        <source>SoftHSM2&apos;s configuration not writable: %1</source>
        <translation>Konfiguration von SoftHSM2 nicht beschreibbar: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="30"/>
        <source>run HSM Workbench as a user who may write SoftHSM2&apos;s token folder, or point SOFTHSM2_CONF at a configuration whose directories.tokendir is writable. Nothing was changed.</source>
        <translation>Starten Sie HSM Workbench als Benutzer, der in den Token-Ordner von SoftHSM2 schreiben darf, oder lassen Sie SOFTHSM2_CONF auf eine Konfiguration zeigen, deren directories.tokendir beschreibbar ist. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="44"/>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="51"/>
        <source>user configuration</source>
        <translation>Benutzerkonfiguration</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="54"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="59"/>
        <source>cannot read %1 (%2): %3</source>
        <translation>%1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="80"/>
        <source>%1 sets no directories.tokendir</source>
        <translation>%1 setzt kein directories.tokendir</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="84"/>
        <source>the token folder %1 (from %2) does not exist</source>
        <translation>der Token-Ordner %1 (aus %2) existiert nicht</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="88"/>
        <source>the token folder %1 (from %2) is not a folder</source>
        <translation>der Token-Ordner %1 (aus %2) ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="94"/>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="101"/>
        <source>the token folder %1 (from %2) cannot be written: %3</source>
        <translation>in den Token-Ordner %1 (aus %2) kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="117"/>
        <source>SoftHSM2 configuration %1 (%2), token folder %3</source>
        <translation>SoftHSM2-Konfiguration %1 (%2), Token-Ordner %3</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="118"/>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="144"/>
        <source>“%1” is not a SoftHSM2 token serial</source>
        <translation>„%1“ ist keine Seriennummer eines SoftHSM2-Tokens</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="145"/>
        <source>choose a token from the list.</source>
        <translation>Wählen Sie ein Token aus der Liste.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="159"/>
        <source>softhsm2-util could not be started: %1</source>
        <translation>softhsm2-util konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="160"/>
        <source>install SoftHSM2&apos;s tools (package softhsm2).</source>
        <translation>Installieren Sie die Werkzeuge von SoftHSM2 (Paket softhsm2).</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="164"/>
        <source>softhsm2-util did not finish in %1 s and was stopped</source>
        <translation>softhsm2-util war nach %1 s nicht fertig und wurde beendet</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="167"/>
        <source>softhsm2-util crashed: %1</source>
        <translation>softhsm2-util ist abgestürzt: %1</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="175"/>
        <source>softhsm2-util failed (exit code %1): %2</source>
        <translation>softhsm2-util fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="177"/>
        <source>refresh the list: the token may be gone already.</source>
        <translation>Aktualisieren Sie die Liste: Das Token ist möglicherweise schon entfernt.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardSoftHsm2Provider.cpp" line="178"/>
        <source>see softhsm2-util&apos;s message; configuration %1.</source>
        <translation>Siehe die Meldung von softhsm2-util; Konfiguration %1.</translation>
    </message>
</context>
<context>
    <name>hsm::SoftcardController</name>
    <message>
        <location filename="../views/SoftcardController.cpp" line="59"/>
        <source>&amp;Softcards</source>
        <translation>&amp;Softcards</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="67"/>
        <source>&amp;Softcards…</source>
        <translation>&amp;Softcards …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="68"/>
        <source>Show, create and delete the softcards of the selected module</source>
        <translation>Softcards des ausgewählten Moduls anzeigen, erstellen und löschen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="69"/>
        <source>Softcards</source>
        <translation>Softcards</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="218"/>
        <source>Listing softcards…</source>
        <translation>Softcards werden aufgelistet …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="225"/>
        <source>Listing the softcards failed</source>
        <translation>Auflisten der Softcards fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/SoftcardController.cpp" line="229"/>
        <source>%n softcard(s)</source>
        <translation>
            <numerusform>%n Softcard</numerusform>
            <numerusform>%n Softcards</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="246"/>
        <source>Creating softcard “%1”…</source>
        <translation>Softcard „%1“ wird erstellt …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="261"/>
        <source>Creating the softcard failed</source>
        <translation>Erstellen der Softcard fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="264"/>
        <source>Created softcard “%1” (%2)</source>
        <translation>Softcard „%1“ erstellt (%2)</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="281"/>
        <source>Loading SoftHSM2 again to show its tokens as they are now (logins to its tokens end)</source>
        <translation>SoftHSM2 wird neu geladen, um seine Tokens im aktuellen Zustand zu zeigen (Anmeldungen an seinen Tokens enden)</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="319"/>
        <source>Loaded %1 again: logins to its tokens ended; log in again where needed</source>
        <translation>%1 neu geladen: Anmeldungen an seinen Tokens wurden beendet; melden Sie sich bei Bedarf erneut an</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="338"/>
        <source>Delete softcard</source>
        <translation>Softcard löschen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="339"/>
        <source>Delete the softcard “%1” (%2)?</source>
        <translation>Softcard „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="342"/>
        <source>Every key and object on it will be lost. This cannot be undone.</source>
        <translation>Alle Schlüssel und Objekte darauf gehen verloren. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="343"/>
        <source>&amp;Delete softcard</source>
        <translation>Softcard &amp;löschen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="359"/>
        <source>Deleting softcard “%1”…</source>
        <translation>Softcard „%1“ wird gelöscht …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="367"/>
        <source>Deleting the softcard failed</source>
        <translation>Löschen der Softcard fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="371"/>
        <source>Deleted softcard “%1”</source>
        <translation>Softcard „%1“ gelöscht</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="380"/>
        <source>Softcard has keys</source>
        <translation>Softcard enthält Schlüssel</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="381"/>
        <source>The softcard “%1” still has keys; its keys must be removed first.</source>
        <translation>Die Softcard „%1“ enthält noch Schlüssel; diese müssen zuerst entfernt werden.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="391"/>
        <source>Its token is selected: HSM Workbench can delete every key on it (they will be lost), then delete the softcard.</source>
        <translation>Ihr Token ist ausgewählt: HSM Workbench kann alle Schlüssel darauf löschen (sie gehen verloren) und danach die Softcard löschen.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="393"/>
        <source>Delete its &amp;keys, then the softcard</source>
        <translation>Erst die &amp;Schlüssel, dann die Softcard löschen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="398"/>
        <source>Select the softcard&apos;s token in the module tree and log in to have HSM Workbench delete its keys.</source>
        <translation>Wählen Sie das Token der Softcard im Modulbaum aus und melden Sie sich an, damit HSM Workbench ihre Schlüssel löschen kann.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="416"/>
        <location filename="../views/SoftcardController.cpp" line="425"/>
        <source>Deleting the softcard&apos;s keys</source>
        <translation>Löschen der Schlüssel der Softcard</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="418"/>
        <source>the token “%1” is no longer selected; nothing was deleted</source>
        <translation>das Token „%1“ ist nicht mehr ausgewählt; es wurde nichts gelöscht</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="419"/>
        <source>select the softcard&apos;s token in the module tree, log in and delete the softcard again.</source>
        <translation>Wählen Sie das Token der Softcard im Modulbaum aus, melden Sie sich an und löschen Sie die Softcard erneut.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="426"/>
        <source>not logged in to “%1”</source>
        <translation>nicht bei „%1“ angemeldet</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="427"/>
        <source>log in to the token (Token ▸ Log in) and delete the softcard again.</source>
        <translation>Melden Sie sich beim Token an (Token ▸ Anmelden) und löschen Sie die Softcard erneut.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="430"/>
        <source>Deleting the keys of “%1”…</source>
        <translation>Schlüssel von „%1“ werden gelöscht …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="443"/>
        <source>Deleting the softcard&apos;s keys failed</source>
        <translation>Löschen der Schlüssel der Softcard fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/SoftcardController.cpp" line="446"/>
        <source>Deleted %n key(s) of “%1”</source>
        <translation>
            <numerusform>%n Schlüssel von „%1“ gelöscht</numerusform>
            <numerusform>%n Schlüssel von „%1“ gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="455"/>
        <source>Verifying the connection…</source>
        <translation>Verbindung wird geprüft …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="461"/>
        <source>Verifying the connection failed</source>
        <translation>Prüfen der Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="465"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../views/SoftcardController.cpp" line="475"/>
        <source>Choose softcardtool</source>
        <translation>softcardtool auswählen</translation>
    </message>
</context>
<context>
    <name>hsm::SoftcardCreateDialog</name>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="17"/>
        <source>Create softcard</source>
        <translation>Softcard erstellen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="21"/>
        <source>New %1 softcard in %2.</source>
        <translation>Neue %1-Softcard in %2.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="29"/>
        <source>Softcard name</source>
        <translation>Softcard-Name</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="31"/>
        <source>Letters, digits, &apos;-&apos; and &apos;_&apos; only (softcardtool does not support special characters), at most %1</source>
        <translation>Nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; (softcardtool unterstützt keine Sonderzeichen), höchstens %1</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="34"/>
        <source>The token label, at most %1 bytes</source>
        <translation>Die Token-Bezeichnung, höchstens %1 Byte</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="37"/>
        <source>&amp;SO PIN:</source>
        <translation>&amp;SO-PIN:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="38"/>
        <source>SO PIN a&amp;gain:</source>
        <translation>SO-PIN wie&amp;derholen:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="39"/>
        <source>&amp;User PIN:</source>
        <translation>&amp;Benutzer-PIN:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="40"/>
        <source>User PIN ag&amp;ain:</source>
        <translation>Benutzer-PIN wieder&amp;holen:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="42"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="43"/>
        <source>Passphrase ag&amp;ain:</source>
        <translation>Passphrase wiederh&amp;olen:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="52"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="72"/>
        <source>%1 to %2 characters</source>
        <translation>%1 bis %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="81"/>
        <source>user PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="81"/>
        <source>passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="87"/>
        <source>The %1 needs %2 to %3 characters.</source>
        <translation>Die %1 braucht %2 bis %3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="92"/>
        <source>The %1 may hold letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>Die %1 darf nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="94"/>
        <source>The two %1 entries differ.</source>
        <translation>Die beiden Eingaben der %1 unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="97"/>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="99"/>
        <source>The name is longer than %1.</source>
        <translation>Der Name ist länger als %1.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="101"/>
        <source>softcardtool does not support special characters: use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>softcardtool unterstützt keine Sonderzeichen: Verwenden Sie Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="103"/>
        <source>A token label cannot end with a space.</source>
        <translation>Eine Token-Bezeichnung darf nicht mit einem Leerzeichen enden.</translation>
    </message>
    <message>
        <location filename="../views/SoftcardCreateDialog.cpp" line="105"/>
        <source>SO PIN</source>
        <translation>SO-PIN</translation>
    </message>
</context>
<context>
    <name>hsm::SoftcardModel</name>
    <message>
        <location filename="../models/SoftcardModel.cpp" line="37"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../models/SoftcardModel.cpp" line="65"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/SoftcardModel.cpp" line="67"/>
        <source>ID / serial</source>
        <translation>ID / Seriennummer</translation>
    </message>
    <message>
        <location filename="../models/SoftcardModel.cpp" line="69"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location filename="../models/SoftcardModel.cpp" line="71"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/SoftcardModel.cpp" line="73"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>hsm::SoftcardProvider</name>
    <message>
        <location filename="../backend/SoftcardProvider.cpp" line="93"/>
        <source>%1 softcards have no connection to verify</source>
        <translation>%1-Softcards haben keine Verbindung, die geprüft werden könnte</translation>
    </message>
</context>
<context>
    <name>hsm::SoftcardsView</name>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="19"/>
        <location filename="../views/SoftcardsView.cpp" line="71"/>
        <source>Softcards</source>
        <translation>Softcards</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="25"/>
        <source>Module of the softcards</source>
        <translation>Modul der Softcards</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="26"/>
        <source>The module whose softcards are shown; follows the selected token</source>
        <translation>Das Modul, dessen Softcards angezeigt werden; folgt dem ausgewählten Token</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="28"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="34"/>
        <source>Softcard provider</source>
        <translation>Softcard-Anbieter</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="35"/>
        <source>How softcards are made: chosen from the module, can be changed</source>
        <translation>Wie Softcards angelegt werden: aus dem Modul ermittelt, änderbar</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="39"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="50"/>
        <source>Path of softcardtool</source>
        <translation>Pfad von softcardtool</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="51"/>
        <source>nShield Web Services softcardtool (remembered)</source>
        <translation>softcardtool von nShield Web Services (wird gespeichert)</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="52"/>
        <source>soft&amp;cardtool:</source>
        <translation>soft&amp;cardtool:</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="54"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="56"/>
        <source>Choose softcardtool</source>
        <translation>softcardtool auswählen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="57"/>
        <source>Choose the softcardtool program</source>
        <translation>Das Programm softcardtool auswählen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="81"/>
        <source>C&amp;reate…</source>
        <translation>&amp;Erstellen …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="82"/>
        <source>Create a softcard with the chosen provider</source>
        <translation>Eine Softcard mit dem gewählten Anbieter erstellen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="82"/>
        <source>Create softcard</source>
        <translation>Softcard erstellen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="83"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="84"/>
        <source>Delete the selected softcard and everything on it (asks first)</source>
        <translation>Die ausgewählte Softcard samt Inhalt löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="85"/>
        <source>Delete softcard</source>
        <translation>Softcard löschen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="86"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="87"/>
        <source>List the softcards again</source>
        <translation>Die Softcards neu auflisten</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="87"/>
        <source>Refresh softcards</source>
        <translation>Softcards aktualisieren</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="88"/>
        <source>&amp;Verify connection</source>
        <translation>&amp;Verbindung prüfen</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="89"/>
        <source>Check the Web Services server connection (softcardtool -v1)</source>
        <translation>Die Verbindung zum Web-Services-Server prüfen (softcardtool -v1)</translation>
    </message>
    <message>
        <location filename="../views/SoftcardsView.cpp" line="90"/>
        <source>Verify connection</source>
        <translation>Verbindung prüfen</translation>
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
    <name>hsm::SubjectEditor</name>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="33"/>
        <source>&amp;Country (C):</source>
        <translation>&amp;Land (C):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="34"/>
        <source>two letters, e.g. GB</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="35"/>
        <source>&amp;State or province (ST):</source>
        <translation>&amp;Bundesland oder Provinz (ST):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="36"/>
        <source>&amp;Locality (L):</source>
        <translation>Or&amp;t (L):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="37"/>
        <source>&amp;Organisation (O):</source>
        <translation>&amp;Organisation (O):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="38"/>
        <source>Organisational &amp;unit (OU):</source>
        <translation>Organisations&amp;einheit (OU):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="39"/>
        <source>Common &amp;name (CN):</source>
        <translation>Allgemeiner &amp;Name (CN):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="40"/>
        <source>host name or person</source>
        <translation>Hostname oder Person</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="41"/>
        <source>&amp;E-mail address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="68"/>
        <source>Further attributes (short name such as DC, serialNumber, title, or a dotted OID):</source>
        <translation>Weitere Attribute (Kurzname wie DC, serialNumber, title oder eine OID in Punktschreibweise):</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="73"/>
        <source>Further subject attributes</source>
        <translation>Weitere Attribute des Subjekts</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="74"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="74"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="81"/>
        <source>&amp;Add attribute</source>
        <translation>Attribut &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="83"/>
        <source>Add a row for another subject attribute</source>
        <translation>Eine Zeile für ein weiteres Attribut des Subjekts hinzufügen</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="84"/>
        <source>&amp;Remove attribute</source>
        <translation>Attribut ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="86"/>
        <source>Remove the selected attribute row</source>
        <translation>Die ausgewählte Attributzeile entfernen</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="138"/>
        <source>A further attribute has the value “%1” but no field name.</source>
        <translation>Ein weiteres Attribut hat den Wert „%1“, aber keinen Feldnamen.</translation>
    </message>
</context>
<context>
    <name>hsm::TokenAdminController</name>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="54"/>
        <source>&amp;Initialise token…</source>
        <translation>Token &amp;initialisieren …</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="56"/>
        <source>Initialise the selected token: destroys all its objects, sets label and SO PIN</source>
        <translation>Das ausgewählte Token initialisieren: vernichtet alle seine Objekte, setzt Bezeichnung und SO-PIN</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="57"/>
        <source>Initialise token</source>
        <translation>Token initialisieren</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="58"/>
        <source>&amp;Change user PIN…</source>
        <translation>Benutzer-PIN ä&amp;ndern …</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="60"/>
        <source>Change the user PIN of the selected token</source>
        <translation>Die Benutzer-PIN des ausgewählten Tokens ändern</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="61"/>
        <source>Change user PIN</source>
        <translation>Benutzer-PIN ändern</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="62"/>
        <source>Change &amp;SO PIN…</source>
        <translation>&amp;SO-PIN ändern …</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="63"/>
        <source>Change the security officer&apos;s PIN of the selected token</source>
        <translation>Die PIN des Sicherheitsbeauftragten des ausgewählten Tokens ändern</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="64"/>
        <source>Change SO PIN</source>
        <translation>SO-PIN ändern</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="65"/>
        <source>&amp;Initialise user PIN…</source>
        <translation>Benutzer-PIN &amp;initialisieren …</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="66"/>
        <source>As security officer, set the user PIN of the selected token</source>
        <translation>Als Sicherheitsbeauftragter die Benutzer-PIN des ausgewählten Tokens setzen</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="67"/>
        <source>Initialise user PIN</source>
        <translation>Benutzer-PIN initialisieren</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="68"/>
        <source>&amp;Unblock user PIN…</source>
        <translation>Benutzer-PIN &amp;entsperren …</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="69"/>
        <source>As security officer, set a new user PIN, unlocking a locked one</source>
        <translation>Als Sicherheitsbeauftragter eine neue Benutzer-PIN setzen und damit eine gesperrte entsperren</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="70"/>
        <source>Unblock user PIN</source>
        <translation>Benutzer-PIN entsperren</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="80"/>
        <source>P&amp;INs</source>
        <translation>&amp;PINs</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="174"/>
        <source>Initialising the token in slot %1…</source>
        <translation>Das Token in Slot %1 wird initialisiert …</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="196"/>
        <source>Initialising the token failed</source>
        <translation>Initialisieren des Tokens fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="197"/>
        <source>Initialised the token “%1” in slot %2</source>
        <translation>Token „%1“ in Slot %2 initialisiert</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="209"/>
        <source>Changing the user PIN failed</source>
        <translation>Ändern der Benutzer-PIN fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="210"/>
        <source>Changed the user PIN</source>
        <translation>Benutzer-PIN geändert</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="213"/>
        <source>Changing the SO PIN failed</source>
        <translation>Ändern der SO-PIN fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="214"/>
        <source>Changed the SO PIN</source>
        <translation>SO-PIN geändert</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="217"/>
        <source>Setting the user PIN failed</source>
        <translation>Setzen der Benutzer-PIN fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="218"/>
        <source>Set the user PIN</source>
        <translation>Benutzer-PIN gesetzt</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="221"/>
        <source>Unblocking the user PIN failed</source>
        <translation>Entsperren der Benutzer-PIN fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../views/TokenAdminController.cpp" line="222"/>
        <source>Unblocked the user PIN: it has the new PIN now</source>
        <translation>Benutzer-PIN entsperrt: Es gilt jetzt die neue PIN</translation>
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
        <translation>„%1“ (Seriennummer %2, %3)</translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="38"/>
        <source>No token was named.</source>
        <translation>Es wurde kein Token angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="39"/>
        <source>Name a token by label, serial:SERIAL or a pkcs11: URI.</source>
        <translation>Geben Sie ein Token über seine Bezeichnung, serial:SERIAL oder eine pkcs11:-URI an.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="75"/>
        <source>No token matches &quot;%1&quot;.</source>
        <translation>Kein Token passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="77"/>
        <source>The module has no token present.</source>
        <translation>Im Modul ist kein Token vorhanden.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="78"/>
        <source>Available tokens: %1.</source>
        <translation>Verfügbare Tokens: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/TokenSelector.cpp" line="85"/>
        <source>%n tokens match “%1”: %2.</source>
        <translation>
            <numerusform>%n Token passt zu „%1“: %2.</numerusform>
            <numerusform>%n Token passen zu „%1“: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/TokenSelector.cpp" line="87"/>
        <source>Choose one with serial:SERIAL or its pkcs11: URI.</source>
        <translation>Wählen Sie eines mit serial:SERIAL oder seiner pkcs11:-URI.</translation>
    </message>
</context>
<context>
    <name>hsm::TokenWorker</name>
    <message>
        <location filename="../backend/TokenWorker.cpp" line="26"/>
        <source>the listing was abandoned</source>
        <translation>die Auflistung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>hsm::UsageEditor</name>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="178"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="181"/>
        <source>&amp;Digital signature</source>
        <translation>&amp;Digitale Signatur</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="182"/>
        <source>&amp;Non-repudiation</source>
        <translation>&amp;Nichtabstreitbarkeit</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="183"/>
        <source>&amp;Key encipherment</source>
        <translation>Schlüssel&amp;verschlüsselung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="184"/>
        <source>Data encipherment</source>
        <translation>Datenverschlüsselung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="185"/>
        <source>Key agreement</source>
        <translation>Schlüsselvereinbarung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="186"/>
        <source>Certificate signing</source>
        <translation>Zertifikatsignatur</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="187"/>
        <source>CRL signing</source>
        <translation>CRL-Signatur</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="199"/>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="202"/>
        <source>TLS &amp;server authentication</source>
        <translation>TLS-&amp;Serverauthentifizierung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="203"/>
        <source>TLS &amp;client authentication</source>
        <translation>TLS-&amp;Clientauthentifizierung</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="204"/>
        <source>Code si&amp;gning</source>
        <translation>Codesi&amp;gnatur</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="205"/>
        <source>E-&amp;mail protection</source>
        <translation>E-&amp;Mail-Schutz</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="215"/>
        <source>Needed by nShield Web Services (WSOP) client certificates</source>
        <translation>Erforderlich für Client-Zertifikate von nShield Web Services (WSOP)</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="216"/>
        <source>nShield Web Services client certificates need TLS client authentication.</source>
        <translation>Client-Zertifikate für nShield Web Services benötigen TLS-Clientauthentifizierung.</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="264"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="265"/>
        <source>key usage: %1; extended key usage: %2</source>
        <translation>Schlüsselverwendung: %1; erweiterte Schlüsselverwendung: %2</translation>
    </message>
</context>
<context>
    <name>hsm::bundle</name>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="45"/>
        <source>“%1” holds a PEM block that cannot be read (%2).</source>
        <translation>„%1“ enthält einen PEM-Block, der nicht gelesen werden kann (%2).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="46"/>
        <source>The file may be truncated or edited; export it again.</source>
        <translation>Die Datei ist möglicherweise abgeschnitten oder bearbeitet worden; exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="50"/>
        <source>“%1” holds no CERTIFICATE block.</source>
        <translation>„%1“ enthält keinen CERTIFICATE-Block.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="51"/>
        <source>Choose a file with “-----BEGIN CERTIFICATE-----” blocks.</source>
        <translation>Wählen Sie eine Datei mit „-----BEGIN CERTIFICATE-----“-Blöcken.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="63"/>
        <source>“%1” is neither a PEM nor a DER certificate (%2).</source>
        <translation>„%1“ ist weder ein PEM- noch ein DER-Zertifikat (%2).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="64"/>
        <source>Choose the certificate file itself, not a key or a request.</source>
        <translation>Wählen Sie die Zertifikatsdatei selbst, keinen Schlüssel und keine Anforderung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ClientBundle.cpp" line="70"/>
        <source>“%1” has %n byte(s) after its certificate.</source>
        <translation>
            <numerusform>„%1“ enthält nach dem Zertifikat noch %n Byte.</numerusform>
            <numerusform>„%1“ enthält nach dem Zertifikat noch %n Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="73"/>
        <source>The file is damaged or not a single DER certificate; export it again.</source>
        <translation>Die Datei ist beschädigt oder kein einzelnes DER-Zertifikat; exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="101"/>
        <source>“%1” is not a PFX (PKCS#12) file (%2).</source>
        <translation>„%1“ ist keine PFX/PKCS#12-Datei (%2).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="102"/>
        <source>Choose the .pfx / .p12 file exported for Windows.</source>
        <translation>Wählen Sie die für Windows exportierte .pfx-/.p12-Datei.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="122"/>
        <source>The password does not open “%1” (%2).</source>
        <translation>Das Passwort öffnet „%1“ nicht (%2).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="123"/>
        <source>Enter the password the PFX was exported with.</source>
        <translation>Geben Sie das Passwort ein, mit dem die PFX-Datei exportiert wurde.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="133"/>
        <source>The contents of “%1” cannot be read (%2).</source>
        <translation>Der Inhalt von „%1“ kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="134"/>
        <source>A file written with legacy algorithms (RC2) is not read by OpenSSL 3 by default: export it again with AES.</source>
        <translation>Eine mit veralteten Algorithmen (RC2) geschriebene Datei liest OpenSSL 3 standardmäßig nicht: Exportieren Sie sie erneut mit AES.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="156"/>
        <source>no reason given by OpenSSL</source>
        <translation>OpenSSL hat keinen Grund angegeben</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="212"/>
        <source>“%1” is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="213"/>
        <source>Choose the certificate file itself.</source>
        <translation>Wählen Sie die Zertifikatsdatei selbst aus.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="250"/>
        <source>No client certificate was given.</source>
        <translation>Es wurde kein Client-Zertifikat angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="251"/>
        <source>Choose the client certificate file, or a certificate on a token.</source>
        <translation>Wählen Sie die Client-Zertifikatsdatei oder ein Zertifikat auf einem Token aus.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="315"/>
        <source>The chain stops at “%1”: its issuer “%2” is not among the certificates given.</source>
        <translation>Die Kette endet bei „%1“: Sein Aussteller „%2“ ist nicht unter den angegebenen Zertifikaten.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="326"/>
        <source>The file “%1” does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="327"/>
        <location filename="../backend/ClientBundle.cpp" line="347"/>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="330"/>
        <source>“%1” is %2 bytes; certificate files above %3 bytes are refused.</source>
        <translation>„%1“ ist %2 Byte groß; Zertifikatsdateien über %3 Byte werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="334"/>
        <source>Choose the certificate file itself, not an archive or a log.</source>
        <translation>Wählen Sie die Zertifikatsdatei selbst, kein Archiv und kein Protokoll.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="338"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="339"/>
        <location filename="../backend/ClientBundle.cpp" line="358"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="346"/>
        <source>The key file “%1” does not exist.</source>
        <translation>Die Schlüsseldatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="351"/>
        <source>“%1” is %2 bytes: too large for a key file.</source>
        <translation>„%1“ ist %2 Byte groß: zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="352"/>
        <source>Choose the client&apos;s private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel des Clients.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="357"/>
        <source>The key file “%1” cannot be read: %2</source>
        <translation>Die Schlüsseldatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="363"/>
        <source>The key file “%1” could not be read completely.</source>
        <translation>Die Schlüsseldatei „%1“ konnte nicht vollständig gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="364"/>
        <source>Check the file is not being written to.</source>
        <translation>Prüfen Sie, ob die Datei gerade noch geschrieben wird.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="414"/>
        <source>Add the missing intermediate to the PEM file, or the root to the CA bundle; nothing was written.</source>
        <translation>Fügen Sie das fehlende Zwischenzertifikat der PEM-Datei oder das Stammzertifikat dem CA-Bundle hinzu; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="429"/>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundle.cpp" line="430"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="92"/>
        <source>The client (end-entity) certificate&apos;s extended key usage includes TLS Web client authentication (clientAuth).</source>
        <translation>Die erweiterte Schlüsselverwendung des Client-Zertifikats (End-Entity) enthält TLS-Web-Client-Authentifizierung (clientAuth).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="95"/>
        <source>The PEM file holds the client certificate first, then its intermediate CA certificates in order (each one the issuer of the one before), and not the root.</source>
        <translation>Die PEM-Datei enthält zuerst das Client-Zertifikat, dann der Reihe nach seine CA-Zwischenzertifikate (jedes ist der Aussteller des vorherigen), aber nicht das Stammzertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="99"/>
        <source>PEM is the recommended format for the client certificate file and its key file.</source>
        <translation>PEM ist das empfohlene Format für die Client-Zertifikatsdatei und ihre Schlüsseldatei.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="101"/>
        <source>The private key belongs to the client certificate.</source>
        <translation>Der private Schlüssel gehört zum Client-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="103"/>
        <source>A PFX for Windows holds exactly one certificate, the client certificate, and its private key; it must not contain the certificate chain.</source>
        <translation>Eine PFX-Datei für Windows enthält genau ein Zertifikat, das Client-Zertifikat, und seinen privaten Schlüssel; sie darf die Zertifikatskette nicht enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="107"/>
        <source>The client certificate&apos;s chain verifies to a root in the CA bundle.</source>
        <translation>Die Kette des Client-Zertifikats lässt sich bis zu einem Stammzertifikat im CA-Bundle verifizieren.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="109"/>
        <source>Every certificate of the chain is within its validity dates.</source>
        <translation>Jedes Zertifikat der Kette liegt innerhalb seines Gültigkeitszeitraums.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="117"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="119"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="121"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="123"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="158"/>
        <source>The client certificate %1 has no extended key usage extension.</source>
        <translation>Das Client-Zertifikat %1 hat keine Erweiterung für die erweiterte Schlüsselverwendung.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="161"/>
        <source>The extended key usage extension of %1 cannot be read.</source>
        <translation>Die Erweiterung für die erweiterte Schlüsselverwendung von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="172"/>
        <source>Extended key usage of %1: %2.</source>
        <translation>Erweiterte Schlüsselverwendung von %1: %2.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="176"/>
        <source>The extended key usage of %1 is %2; TLS Web client authentication (clientAuth) is missing.</source>
        <translation>Die erweiterte Schlüsselverwendung von %1 ist %2; TLS-Web-Client-Authentifizierung (clientAuth) fehlt.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="184"/>
        <source>The key usage of %1 lacks digitalSignature, which TLS client authentication uses.</source>
        <translation>Der Schlüsselverwendung von %1 fehlt digitalSignature, das die TLS-Client-Authentifizierung verwendet.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="188"/>
        <source>%1 is a CA certificate (basicConstraints CA:TRUE); the client certificate should be an end-entity certificate.</source>
        <translation>%1 ist ein CA-Zertifikat (basicConstraints CA:TRUE); das Client-Zertifikat sollte ein End-Entity-Zertifikat sein.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="192"/>
        <source>Request and issue the client certificate again with extended key usage clientAuth (TLS Web client authentication) and key usage digitalSignature, e.g. hsmwb csr … --eku clientAuth.</source>
        <translation>Beantragen Sie das Client-Zertifikat erneut und lassen Sie es mit der erweiterten Schlüsselverwendung clientAuth (TLS-Web-Client-Authentifizierung) und der Schlüsselverwendung digitalSignature ausstellen, z. B. hsmwb csr … --eku clientAuth.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="202"/>
        <source>Write the file in the right order with “Write ordered PEM…” (hsmwb bundle-check --write-pem FILE): the client certificate, then each issuer in turn, no root.</source>
        <translation>Schreiben Sie die Datei in der richtigen Reihenfolge mit „Geordnete PEM-Datei schreiben …“ (hsmwb bundle-check --write-pem FILE): das Client-Zertifikat, dann der Reihe nach jeden Aussteller, ohne Stammzertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="210"/>
        <source>No PEM file was given; the client certificate came from a token.</source>
        <translation>Es wurde keine PEM-Datei angegeben; das Client-Zertifikat stammt von einem Token.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="211"/>
        <source>No PEM file was given.</source>
        <translation>Es wurde keine PEM-Datei angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="213"/>
        <source>Choose the PEM file the client will use, or write one with “Write ordered PEM…”.</source>
        <translation>Wählen Sie die PEM-Datei aus, die der Client verwenden wird, oder schreiben Sie eine mit „Geordnete PEM-Datei schreiben …“.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="221"/>
        <source>“%1” does not hold the client certificate %2.</source>
        <translation>„%1“ enthält das Client-Zertifikat %2 nicht.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="223"/>
        <source>The client certificate %1 is certificate %2 of %3 in “%4”; it must come first.</source>
        <translation>Das Client-Zertifikat %1 ist Zertifikat %2 von %3 in „%4“; es muss an erster Stelle stehen.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="230"/>
        <source>The root client certificate should not be included in this file: %1 is self-signed.</source>
        <translation>Das Stammzertifikat des Clients sollte nicht in dieser Datei enthalten sein: %1 ist selbstsigniert.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="237"/>
        <source>The intermediate CA certificate %1, issuer of %2, is missing from the file.</source>
        <translation>Das CA-Zwischenzertifikat %1, Aussteller von %2, fehlt in der Datei.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="240"/>
        <source>%1 Every intermediate CA certificate up to a root in the CA bundle must be in the file.</source>
        <translation>%1 Jedes CA-Zwischenzertifikat bis zu einem Stammzertifikat im CA-Bundle muss in der Datei enthalten sein.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="251"/>
        <source>The certificates are not in chain order; the order is %1, each certificate followed by the one that issued it.</source>
        <translation>Die Zertifikate sind nicht in der Reihenfolge der Kette; die Reihenfolge ist %1, wobei auf jedes Zertifikat dasjenige folgt, das es ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="262"/>
        <source>%1 in the file is not part of the client certificate&apos;s chain.</source>
        <translation>%1 in der Datei gehört nicht zur Kette des Client-Zertifikats.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="267"/>
        <source>“%1” holds the client certificate followed by its intermediates in order (%2), without the root.</source>
        <translation>„%1“ enthält das Client-Zertifikat, gefolgt von seinen Zwischenzertifikaten in der richtigen Reihenfolge (%2), ohne Stammzertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="271"/>
        <source>“%1” holds the client certificate, which needs no intermediate, without the root.</source>
        <translation>„%1“ enthält das Client-Zertifikat, das kein Zwischenzertifikat benötigt, ohne Stammzertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="285"/>
        <source>The client certificate file “%1” is PEM.</source>
        <translation>Die Client-Zertifikatsdatei „%1“ ist im PEM-Format.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="287"/>
        <source>The client certificate file “%1” is DER; the recommended format is PEM.</source>
        <translation>Die Client-Zertifikatsdatei „%1“ ist im DER-Format; empfohlen ist PEM.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="293"/>
        <source>The PEM file “%1” is PEM.</source>
        <translation>Die PEM-Datei „%1“ ist im PEM-Format.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="295"/>
        <source>“%1” is DER; the client certificate file with its intermediates must be PEM.</source>
        <translation>„%1“ ist im DER-Format; die Client-Zertifikatsdatei mit ihren Zwischenzertifikaten muss im PEM-Format sein.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="301"/>
        <source>The key file “%1” is PEM.</source>
        <translation>Die Schlüsseldatei „%1“ ist im PEM-Format.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="304"/>
        <source>The key file “%1” is not PEM; the recommended format for the client certificate key file is PEM.</source>
        <translation>Die Schlüsseldatei „%1“ ist nicht im PEM-Format; empfohlen ist PEM für die Schlüsseldatei des Client-Zertifikats.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="310"/>
        <source>No certificate or key file was given.</source>
        <translation>Es wurde keine Zertifikats- oder Schlüsseldatei angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="312"/>
        <source>Convert to PEM: openssl x509 -inform DER -in CERT.der -out CERT.pem for a certificate, openssl pkey -inform DER -in KEY.der -out KEY.pem for a key.</source>
        <translation>In PEM umwandeln: openssl x509 -inform DER -in CERT.der -out CERT.pem für ein Zertifikat, openssl pkey -inform DER -in KEY.der -out KEY.pem für einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="323"/>
        <source>Use the private key the client certificate was requested with; if it is lost, request and issue a new certificate for a new key.</source>
        <translation>Verwenden Sie den privaten Schlüssel, mit dem das Client-Zertifikat beantragt wurde; ist er verloren, beantragen Sie für einen neuen Schlüssel ein neues Zertifikat und lassen Sie es ausstellen.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="332"/>
        <source>The key file “%1” is encrypted; it was not compared with the certificate.</source>
        <translation>Die Schlüsseldatei „%1“ ist verschlüsselt; sie wurde nicht mit dem Zertifikat verglichen.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="335"/>
        <source>Compare it yourself: openssl pkey -in KEY -pubout and openssl x509 -in CERT -pubkey -noout print the same public key.</source>
        <translation>Vergleichen Sie selbst: openssl pkey -in KEY -pubout und openssl x509 -in CERT -pubkey -noout geben denselben öffentlichen Schlüssel aus.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="339"/>
        <source>“%1” holds no private key OpenSSL can read (%2).</source>
        <translation>„%1“ enthält keinen privaten Schlüssel, den OpenSSL lesen kann (%2).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="340"/>
        <source>Choose the client&apos;s private key file (PEM).</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel des Clients aus (PEM).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="343"/>
        <source>The private key in “%1” belongs to %2 (same public key).</source>
        <translation>Der private Schlüssel in „%1“ gehört zu %2 (gleicher öffentlicher Schlüssel).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="346"/>
        <source>The private key in “%1” does not belong to %2: their public keys differ.</source>
        <translation>Der private Schlüssel in „%1“ gehört nicht zu %2: Ihre öffentlichen Schlüssel unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="353"/>
        <source>No private key with the certificate&apos;s ID was found on the token.</source>
        <translation>Auf dem Token wurde kein privater Schlüssel mit der ID des Zertifikats gefunden.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="354"/>
        <source>Log in to see private keys; the key must have the same CKA_ID as the certificate.</source>
        <translation>Melden Sie sich an, um private Schlüssel zu sehen; der Schlüssel muss dieselbe CKA_ID wie das Zertifikat haben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="360"/>
        <source>The private key on the token belongs to %1 (same public key).</source>
        <translation>Der private Schlüssel auf dem Token gehört zu %1 (gleicher öffentlicher Schlüssel).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="363"/>
        <source>The private key on the token with the certificate&apos;s ID does not belong to %1: their public keys differ.</source>
        <translation>Der private Schlüssel auf dem Token mit der ID des Zertifikats gehört nicht zu %1: Ihre öffentlichen Schlüssel unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="370"/>
        <source>No key file was given.</source>
        <translation>Es wurde keine Schlüsseldatei angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="371"/>
        <source>Choose the client&apos;s key file to check it belongs to the certificate.</source>
        <translation>Wählen Sie die Schlüsseldatei des Clients aus, um zu prüfen, ob sie zum Zertifikat gehört.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="379"/>
        <source>No PFX file was given (it is only needed on Windows).</source>
        <translation>Es wurde keine PFX-Datei angegeben (sie wird nur unter Windows benötigt).</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="384"/>
        <source>“%1” could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="400"/>
        <source>“%1” holds no certificate.</source>
        <translation>„%1“ enthält kein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="402"/>
        <source>“%1” holds no private key; it must hold the client certificate&apos;s key.</source>
        <translation>„%1“ enthält keinen privaten Schlüssel; die Datei muss den Schlüssel des Client-Zertifikats enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="404"/>
        <source>The private key in “%1” belongs to none of its certificates.</source>
        <translation>Der private Schlüssel in „%1“ gehört zu keinem der Zertifikate in der Datei.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="406"/>
        <source>The certificate in “%1” is %2, not the client certificate %3.</source>
        <translation>Das Zertifikat in „%1“ ist %2, nicht das Client-Zertifikat %3.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="410"/>
        <source>“%1” holds %2 certificates (%3); the PFX must not contain the full certificate chain.</source>
        <translation>„%1“ enthält %2 Zertifikate (%3); die PFX-Datei darf nicht die vollständige Zertifikatskette enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="415"/>
        <source>“%1” holds one certificate, the client certificate %2, and its private key.</source>
        <translation>„%1“ enthält ein Zertifikat, das Client-Zertifikat %2, und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleRules.cpp" line="418"/>
        <source>Export a PFX with only the client certificate and its key: openssl pkcs12 -export -in client.pem -inkey client.key -out client.pfx (without -certfile or -chain). Install the intermediates into the CA store with certutil -addstore CA.</source>
        <translation>Exportieren Sie eine PFX-Datei nur mit dem Client-Zertifikat und seinem Schlüssel: openssl pkcs12 -export -in client.pem -inkey client.key -out client.pfx (ohne -certfile oder -chain). Installieren Sie die Zwischenzertifikate mit certutil -addstore CA in den CA-Speicher.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="61"/>
        <source>X509_STORE_CTX_init: %1</source>
        <translation>X509_STORE_CTX_init: %1</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="72"/>
        <source>X509_verify_cert: %1 (at depth %2, %3)</source>
        <translation>X509_verify_cert: %1 (in Tiefe %2, %3)</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="75"/>
        <source>no certificate</source>
        <translation>kein Zertifikat</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="92"/>
        <source>Add the missing intermediate CA certificate to the PEM file, or the root that issued the chain to the CA bundle.</source>
        <translation>Fügen Sie das fehlende CA-Zwischenzertifikat der PEM-Datei hinzu oder das Stammzertifikat, das die Kette ausgestellt hat, dem CA-Bundle.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="97"/>
        <source>The chain ends at a root that is not in the CA bundle: add that root to the CA bundle, or use a client certificate issued under the server&apos;s CA.</source>
        <translation>Die Kette endet bei einem Stammzertifikat, das nicht im CA-Bundle ist: Fügen Sie dieses Stammzertifikat dem CA-Bundle hinzu oder verwenden Sie ein Client-Zertifikat, das unter der CA des Servers ausgestellt wurde.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="101"/>
        <source>A certificate was not signed by the CA named as its issuer: have it issued again.</source>
        <translation>Ein Zertifikat wurde nicht von der als Aussteller genannten CA signiert: Lassen Sie es erneut ausstellen.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="103"/>
        <source>A CA certificate of the chain restricts its extended key usage without clientAuth: use a CA allowed to issue TLS client certificates.</source>
        <translation>Ein CA-Zertifikat der Kette beschränkt seine erweiterte Schlüsselverwendung ohne clientAuth: Verwenden Sie eine CA, die TLS-Client-Zertifikate ausstellen darf.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="108"/>
        <source>An intermediate is not a CA certificate (basicConstraints CA:TRUE, keyCertSign): reissue it as a CA.</source>
        <translation>Ein Zwischenzertifikat ist kein CA-Zertifikat (basicConstraints CA:TRUE, keyCertSign): Stellen Sie es erneut als CA aus.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="112"/>
        <source>Check that the CA bundle holds the root that issued the client certificate&apos;s chain.</source>
        <translation>Prüfen Sie, ob das CA-Bundle das Stammzertifikat enthält, das die Kette des Client-Zertifikats ausgestellt hat.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="126"/>
        <source>No CA bundle was given.</source>
        <translation>Es wurde kein CA-Bundle angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="128"/>
        <source>Choose the CA bundle: the root and intermediate CA certificates the server trusts.</source>
        <translation>Wählen Sie das CA-Bundle aus: die Stamm- und CA-Zwischenzertifikate, denen der Server vertraut.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="138"/>
        <source>As a TLS client certificate: %1</source>
        <translation>Als TLS-Client-Zertifikat: %1</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="142"/>
        <source>The chain %1 verifies; its root is in the CA bundle.</source>
        <translation>Die Kette %1 ist gültig; ihr Stammzertifikat ist im CA-Bundle.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="155"/>
        <source>The validity dates of %1 cannot be read.</source>
        <translation>Die Gültigkeitsdaten von %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="161"/>
        <source>%1 is not valid before %2.</source>
        <translation>%1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="163"/>
        <source>%1 expired on %2.</source>
        <translation>%1 ist am %2 abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ClientBundleChain.cpp" line="166"/>
        <source>%1 expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>%1 läuft am %2 ab, in %n Tag.</numerusform>
            <numerusform>%1 läuft am %2 ab, in %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ClientBundleChain.cpp" line="170"/>
        <source>All %n certificate(s) of the chain are valid; the first to expire does on %1.</source>
        <translation>
            <numerusform>%n Zertifikat der Kette ist gültig; es läuft am %1 ab.</numerusform>
            <numerusform>Alle %n Zertifikate der Kette sind gültig; das erste läuft am %1 ab.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/ClientBundleChain.cpp" line="174"/>
        <source>Renew the certificate (issue it again) and replace it in the PEM file or the CA bundle; check this computer&apos;s clock.</source>
        <translation>Erneuern Sie das Zertifikat (lassen Sie es erneut ausstellen) und ersetzen Sie es in der PEM-Datei oder im CA-Bundle; prüfen Sie die Uhr dieses Computers.</translation>
    </message>
</context>
<context>
    <name>hsm::certfile</name>
    <message>
        <location filename="../backend/CertFile.cpp" line="59"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="64"/>
        <location filename="../backend/CertFile.cpp" line="75"/>
        <location filename="../backend/CertFile.cpp" line="167"/>
        <source>Reading the certificate file</source>
        <translation>Lesen der Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="64"/>
        <source>This is not a certificate file: %1</source>
        <translation>Dies ist keine Zertifikatsdatei: %1</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="65"/>
        <source>Choose a PEM or DER certificate, a PKCS#7 bundle (.p7b) or a PKCS#12 file (.p12, .pfx).</source>
        <translation>Wählen Sie ein PEM- oder DER-Zertifikat, ein PKCS#7-Bundle (.p7b) oder eine PKCS#12-Datei (.p12, .pfx).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="70"/>
        <source>The file is truncated or corrupt: %1</source>
        <translation>Die Datei ist abgeschnitten oder beschädigt: %1</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="71"/>
        <source>Copy or download the file again; it ends before its content does.</source>
        <translation>Kopieren Sie die Datei erneut oder laden Sie sie erneut herunter; sie endet, bevor ihr Inhalt vollständig ist.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="76"/>
        <source>The file is %1 bytes; certificate files are limited to %2 bytes here.</source>
        <translation>Die Datei hat %1 Byte; Zertifikatsdateien sind hier auf %2 Byte begrenzt.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="79"/>
        <source>Choose the certificate file itself, not an archive or a disk image.</source>
        <translation>Wählen Sie die Zertifikatsdatei selbst, kein Archiv und kein Disk-Image.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="112"/>
        <source>the PKCS#7 structure holds no certificates.</source>
        <translation>die PKCS#7-Struktur enthält keine Zertifikate.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="123"/>
        <source>a PEM block has no END line.</source>
        <translation>ein PEM-Block hat keine END-Zeile.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="138"/>
        <source>PEM block %1 does not end properly (%2).</source>
        <translation>PEM-Block %1 endet nicht korrekt (%2).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="149"/>
        <source>PEM block %1 (CERTIFICATE) is not a complete X.509 certificate.</source>
        <translation>PEM-Block %1 (CERTIFICATE) ist kein vollständiges X.509-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="156"/>
        <source>PEM block %1 (%2) is not a complete PKCS#7 structure (%3).</source>
        <translation>PEM-Block %1 (%2) ist keine vollständige PKCS#7-Struktur (%3).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="168"/>
        <source>The file holds a private key (%1); private keys are imported only from password-protected PKCS#12 files.</source>
        <translation>Die Datei enthält einen privaten Schlüssel (%1); private Schlüssel werden nur aus passwortgeschützten PKCS#12-Dateien importiert.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="171"/>
        <source>Make a PKCS#12: openssl pkcs12 -export -in cert.pem -inkey key.pem -out file.p12, or import the certificate alone.</source>
        <translation>Erstellen Sie eine PKCS#12-Datei: openssl pkcs12 -export -in cert.pem -inkey key.pem -out file.p12, oder importieren Sie nur das Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="174"/>
        <source>PEM block %1 is “%2”, not a certificate.</source>
        <translation>PEM-Block %1 ist „%2“, kein Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="180"/>
        <source>no PEM block was found.</source>
        <translation>es wurde kein PEM-Block gefunden.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="182"/>
        <source>the file holds no certificates.</source>
        <translation>die Datei enthält keine Zertifikate.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="210"/>
        <source>the MAC computed with it does not match the file&apos;s</source>
        <translation>der damit berechnete MAC stimmt nicht mit dem der Datei überein</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="213"/>
        <source>The PKCS#12 file needs a password (%1).</source>
        <translation>Die PKCS#12-Datei braucht ein Passwort (%1).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="214"/>
        <source>Wrong PKCS#12 password (%1).</source>
        <translation>Falsches PKCS#12-Passwort (%1).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="215"/>
        <source>Enter the password the file was exported with.</source>
        <translation>Geben Sie das Passwort ein, mit dem die Datei exportiert wurde.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="225"/>
        <source>The PKCS#12 file could not be read (%1).</source>
        <translation>Die PKCS#12-Datei konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="226"/>
        <source>A wrong password, or a file written with legacy algorithms (RC2, 3DES): export it again with OpenSSL 3&apos;s defaults (AES).</source>
        <translation>Ein falsches Passwort oder eine mit veralteten Algorithmen (RC2, 3DES) geschriebene Datei: Exportieren Sie sie erneut mit den Standardeinstellungen von OpenSSL 3 (AES).</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="260"/>
        <source>the PKCS#12 file holds neither a certificate nor a key.</source>
        <translation>die PKCS#12-Datei enthält weder ein Zertifikat noch einen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="292"/>
        <source>the file ends inside its first DER header.</source>
        <translation>die Datei endet innerhalb ihres ersten DER-Headers.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="294"/>
        <source>it is neither PEM text nor a DER structure.</source>
        <translation>sie ist weder PEM-Text noch eine DER-Struktur.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="297"/>
        <source>the DER structure declares %1 bytes but the file has %2.</source>
        <translation>die DER-Struktur gibt %1 Byte an, die Datei hat aber %2.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="301"/>
        <source>%1 bytes follow the DER structure.</source>
        <translation>auf die DER-Struktur folgen %1 Byte.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="320"/>
        <source>the DER structure is not a certificate, a PKCS#7 bundle or a PKCS#12 file.</source>
        <translation>die DER-Struktur ist weder ein Zertifikat noch ein PKCS#7-Bundle noch eine PKCS#12-Datei.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="328"/>
        <source>PEM certificates</source>
        <translation>PEM-Zertifikate</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="330"/>
        <source>DER certificate</source>
        <translation>DER-Zertifikat</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="332"/>
        <source>PKCS#7 bundle</source>
        <translation>PKCS#7-Bundle</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="334"/>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="355"/>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="365"/>
        <source>“%1” does not exist or is not a file.</source>
        <translation>„%1“ existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="366"/>
        <source>Check the path.</source>
        <translation>Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="372"/>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../backend/CertFile.cpp" line="373"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
</context>
<context>
    <name>hsm::certimport</name>
    <message>
        <location filename="../backend/CertImport.cpp" line="82"/>
        <source>Import the certificate alone and keep the key where it is.</source>
        <translation>Importieren Sie nur das Zertifikat und lassen Sie den Schlüssel, wo er ist.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="89"/>
        <location filename="../backend/CertImport.cpp" line="101"/>
        <source>The key has no %1.</source>
        <translation>Dem Schlüssel fehlt %1.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="107"/>
        <source>A private key component does not fit its curve.</source>
        <translation>Eine Komponente des privaten Schlüssels passt nicht zu seiner Kurve.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="166"/>
        <source>The EC key is not on a named curve; tokens take named curves only.</source>
        <translation>Der EC-Schlüssel liegt nicht auf einer benannten Kurve; Token akzeptieren nur benannte Kurven.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="171"/>
        <source>The curve “%1” has no OID OpenSSL knows.</source>
        <translation>Die Kurve „%1“ hat keine OID, die OpenSSL kennt.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="176"/>
        <location filename="../backend/CertImport.cpp" line="181"/>
        <source>The EC key has no public point.</source>
        <translation>Der EC-Schlüssel hat keinen öffentlichen Punkt.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="198"/>
        <source>The Ed25519 key has no private part.</source>
        <translation>Der Ed25519-Schlüssel hat keinen privaten Teil.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="205"/>
        <source>The Ed25519 key could not be read.</source>
        <translation>Der Ed25519-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="224"/>
        <source>Keys of type %1 cannot be imported; RSA, EC and Ed25519 can.</source>
        <translation>Schlüssel vom Typ %1 können nicht importiert werden; RSA, EC und Ed25519 schon.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="232"/>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="236"/>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="289"/>
        <source>This module does not accept %1 created from outside (many HSMs allow only keys generated on the token). Import the certificate alone, or generate the key on the token and enroll a new certificate.</source>
        <translation>Dieses Modul nimmt von außen erzeugte %1 nicht an (viele HSMs lassen nur auf dem Token erzeugte Schlüssel zu). Importieren Sie nur das Zertifikat oder erzeugen Sie den Schlüssel auf dem Token und beantragen Sie ein neues Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="341"/>
        <source>private keys</source>
        <translation>private Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="351"/>
        <source>public keys</source>
        <translation>öffentliche Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="370"/>
        <source>The %1 object(s) this import had created were removed; the token is as before.</source>
        <translation>Die von diesem Import erstellten Objekte (%1) wurden entfernt; das Token ist unverändert.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="378"/>
        <source>These objects created by the import could not be removed: %1.</source>
        <translation>Diese vom Import erstellten Objekte konnten nicht entfernt werden: %1.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="385"/>
        <source>key “%1” (ID %2)</source>
        <translation>Schlüssel „%1“ (ID %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/CertImport.cpp" line="392"/>
        <source>%1 with %n certificate(s).</source>
        <translation>
            <numerusform>%1 mit %n Zertifikat.</numerusform>
            <numerusform>%1 mit %n Zertifikaten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="396"/>
        <source>Private key (%1): already on the token as %2; it will not be created again.</source>
        <translation>Privater Schlüssel (%1): bereits als %2 auf dem Token; er wird nicht erneut erstellt.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="399"/>
        <source>Private key (%1): will be created, sensitive and not extractable.</source>
        <translation>Privater Schlüssel (%1): wird erstellt, vertraulich und nicht exportierbar.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="404"/>
        <source>already on the token</source>
        <translation>bereits auf dem Token</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="406"/>
        <source>pairs with %1</source>
        <translation>gehört zu %1</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="408"/>
        <source>pairs with the private key in this file</source>
        <translation>gehört zum privaten Schlüssel in dieser Datei</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="410"/>
        <source>no matching key: will be imported on its own</source>
        <translation>kein passender Schlüssel: wird einzeln importiert</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="411"/>
        <source>• %1 (issuer %2): %3</source>
        <translation>• %1 (Aussteller %2): %3</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="426"/>
        <source>Created private key “%1” and its public key (ID %2), sensitive and not extractable.</source>
        <translation>Privater Schlüssel „%1“ und zugehöriger öffentlicher Schlüssel (ID %2) erstellt, vertraulich und nicht exportierbar.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="430"/>
        <source>The private key was already on the token as %1; not created again.</source>
        <translation>Der private Schlüssel war bereits als %1 auf dem Token; er wurde nicht erneut erstellt.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="434"/>
        <source>certificate “%1” (%2)</source>
        <translation>Zertifikat „%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="436"/>
        <source>Already present: %1; nothing written.</source>
        <translation>Bereits vorhanden: %1; nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="438"/>
        <source>Stored %1 with ID %2, paired with %3.</source>
        <translation>%1 mit ID %2 gespeichert, gepaart mit %3.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="441"/>
        <source>Stored %1 with ID %2; no matching key: imported on its own.</source>
        <translation>%1 mit ID %2 gespeichert; kein passender Schlüssel: einzeln importiert.</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="484"/>
        <source>Importing a certificate file</source>
        <translation>Importieren einer Zertifikatsdatei</translation>
    </message>
    <message>
        <location filename="../backend/CertImport.cpp" line="518"/>
        <source>imported key</source>
        <translation>importierter Schlüssel</translation>
    </message>
</context>
<context>
    <name>hsm::certs</name>
    <message>
        <location filename="../backend/CertIssue.cpp" line="49"/>
        <source>an unreadable date</source>
        <translation>(unlesbares Datum)</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="60"/>
        <source>OpenSSL&apos;s random generator is not seeded.</source>
        <translation>Der Zufallszahlengenerator von OpenSSL hat keinen Seed.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="91"/>
        <location filename="../backend/CertIssue.cpp" line="94"/>
        <location filename="../backend/CertIssue.cpp" line="101"/>
        <location filename="../backend/CertIssue.cpp" line="104"/>
        <location filename="../backend/CertIssue.cpp" line="228"/>
        <source>Issuing a certificate</source>
        <translation>Ausstellen eines Zertifikats</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="91"/>
        <source>A path length applies only to CA certificates.</source>
        <translation>Eine Pfadlänge gilt nur für CA-Zertifikate.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="92"/>
        <source>Make it a CA certificate or leave the path length out.</source>
        <translation>Machen Sie es zu einem CA-Zertifikat oder lassen Sie die Pfadlänge weg.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="94"/>
        <source>The path length cannot be negative.</source>
        <translation>Die Pfadlänge kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="101"/>
        <source>The certificate has no end of validity.</source>
        <translation>Das Zertifikat hat kein Ende der Gültigkeit.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="102"/>
        <source>Give a number of days above zero or a not-after date.</source>
        <translation>Geben Sie eine Anzahl von Tagen größer als null oder ein Enddatum (notAfter) an.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="105"/>
        <source>The validity ends (%1) before it begins (%2).</source>
        <translation>Die Gültigkeit endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="107"/>
        <source>Choose a not-after date later than the not-before date.</source>
        <translation>Wählen Sie ein Enddatum (notAfter), das nach dem Anfangsdatum (notBefore) liegt.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="157"/>
        <source>A requested extension could not be copied.</source>
        <translation>Eine angeforderte Erweiterung konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="166"/>
        <source>The CA key and the CA certificate do not belong together; nothing was written.</source>
        <translation>Der CA-Schlüssel und das CA-Zertifikat gehören nicht zusammen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="167"/>
        <source>The new certificate&apos;s signature does not verify with the issuer&apos;s public key.</source>
        <translation>Die Signatur des neuen Zertifikats lässt sich mit dem öffentlichen Schlüssel des Ausstellers nicht verifizieren.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="185"/>
        <source>The CA certificate does not decode (%1).</source>
        <translation>Das CA-Zertifikat lässt sich nicht dekodieren (%1).</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="186"/>
        <source>trailing data</source>
        <translation>überzählige Daten am Ende</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="191"/>
        <source>The CA certificate&apos;s extensions are malformed.</source>
        <translation>Die Erweiterungen des CA-Zertifikats sind fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="197"/>
        <source>The CA certificate&apos;s public key (%1) is not the CA key&apos;s (%2).</source>
        <translation>Der öffentliche Schlüssel des CA-Zertifikats (%1) ist nicht der des CA-Schlüssels (%2).</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="198"/>
        <location filename="../backend/CertIssue.cpp" line="199"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="201"/>
        <source>The CA key may not sign (CKA_SIGN is false).</source>
        <translation>Der CA-Schlüssel darf nicht signieren (CKA_SIGN ist false).</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="207"/>
        <source>The certificate has no basicConstraints extension, so it is not a CA certificate.</source>
        <translation>Das Zertifikat hat keine basicConstraints-Erweiterung und ist daher kein CA-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="210"/>
        <source>The certificate&apos;s basicConstraints say CA:FALSE: it is not a CA certificate.</source>
        <translation>Die basicConstraints des Zertifikats lauten CA:FALSE: Es ist kein CA-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="214"/>
        <source>The CA certificate expired on %1.</source>
        <translation>Das CA-Zertifikat ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="216"/>
        <source>The CA certificate is not valid before %1.</source>
        <translation>Das CA-Zertifikat ist erst ab %1 gültig.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="220"/>
        <source>The CA certificate&apos;s key usage lacks keyCertSign.</source>
        <translation>Der Schlüsselverwendung des CA-Zertifikats fehlt keyCertSign.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="232"/>
        <source>Choose the CA certificate that belongs to the CA key; nothing was signed.</source>
        <translation>Wählen Sie das CA-Zertifikat, das zum CA-Schlüssel gehört; es wurde nichts signiert.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="235"/>
        <source>Nothing was signed. Confirm the warnings (hsmwb: --force) to issue anyway.</source>
        <translation>Es wurde nichts signiert. Bestätigen Sie die Warnungen (hsmwb: --force), um trotzdem auszustellen.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="240"/>
        <source>The CA&apos;s path length is 0: it may not issue CA certificates.</source>
        <translation>Die Pfadlänge der CA ist 0: Sie darf keine CA-Zertifikate ausstellen.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="241"/>
        <source>Issue an end-entity certificate, or sign with a CA higher up.</source>
        <translation>Stellen Sie ein Endentitätszertifikat aus oder signieren Sie mit einer übergeordneten CA.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="246"/>
        <source>Read the request again with readRequest.</source>
        <translation>Lesen Sie die Anforderung erneut mit readRequest ein.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="250"/>
        <source>The request was altered or made with another key; ask for a new one. Nothing was signed.</source>
        <translation>Die Anforderung wurde verändert oder mit einem anderen Schlüssel erstellt; fordern Sie eine neue an. Es wurde nichts signiert.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="252"/>
        <source>The request&apos;s signature does not verify.</source>
        <translation>Die Signatur der Anforderung lässt sich nicht verifizieren.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="281"/>
        <source>The request has no extension %1 to copy.</source>
        <translation>Die Anforderung enthält keine Erweiterung %1, die kopiert werden könnte.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="282"/>
        <source>Copy only extensions the request lists.</source>
        <translation>Kopieren Sie nur Erweiterungen, die in der Anforderung aufgeführt sind.</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="308"/>
        <source>Creating a self-signed certificate</source>
        <translation>Erstellen eines selbstsignierten Zertifikats</translation>
    </message>
    <message>
        <location filename="../backend/CertIssue.cpp" line="309"/>
        <source>Correct the subject; nothing was signed.</source>
        <translation>Korrigieren Sie das Subjekt; es wurde nichts signiert.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="20"/>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="22"/>
        <source>Write the subject as /C=GB/O=Example/CN=host or CN=host,O=Example,C=GB.</source>
        <translation>Schreiben Sie das Subjekt als /C=GB/O=Example/CN=host oder CN=host,O=Example,C=GB.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="86"/>
        <source>“%1” has no “=”.</source>
        <translation>„%1“ enthält kein „=“.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="89"/>
        <source>A part of the subject has no field name before “=”.</source>
        <translation>Einem Teil des Subjekts fehlt der Feldname vor „=“.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="98"/>
        <source>The subject ends with a lone backslash.</source>
        <translation>Das Subjekt endet mit einem einzelnen Backslash.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="173"/>
        <source>The subject is empty.</source>
        <translation>Das Subjekt ist leer.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="193"/>
        <source>The subject is empty; give at least a common name (CN).</source>
        <translation>Das Subjekt ist leer; geben Sie mindestens einen allgemeinen Namen (CN) an.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="200"/>
        <source>“%1” is not a name field; use C, ST, L, O, OU, CN, emailAddress, another OpenSSL short name or a dotted OID.</source>
        <translation>„%1“ ist kein Namensfeld; verwenden Sie C, ST, L, O, OU, CN, emailAddress, einen anderen OpenSSL-Kurznamen oder eine OID in Punktschreibweise.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="206"/>
        <source>%1 is empty; give it a value or leave it out.</source>
        <translation>%1 ist leer; geben Sie einen Wert an oder lassen Sie das Feld weg.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="213"/>
        <source>The country (C) must be two letters (ISO 3166, e.g. GB), not “%1”.</source>
        <translation>Das Land (C) muss aus zwei Buchstaben bestehen (ISO 3166, z. B. GB), nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="219"/>
        <source>emailAddress “%1” must be an ASCII address with an “@”.</source>
        <translation>emailAddress „%1“ muss eine ASCII-Adresse mit „@“ sein.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="224"/>
        <source>%1 is %2 characters long; at most %3 are allowed.</source>
        <translation>%1 ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="229"/>
        <source>%1 needs at least %2 characters.</source>
        <translation>%1 braucht mindestens %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="231"/>
        <source>%1 may only hold letters, digits, spaces and &apos; ( ) + , - . / : = ?</source>
        <translation>%1 darf nur diese Zeichen enthalten: Buchstaben, Ziffern, Leerzeichen und &apos; ( ) + , - . / : = ?</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="235"/>
        <source>%1 may only hold ASCII characters.</source>
        <translation>%1 darf nur ASCII-Zeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="261"/>
        <source>Subject alternative names</source>
        <translation>Alternative Subjektnamen</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="262"/>
        <source>“%1” does not start with DNS:, IP:, email: or URI:.</source>
        <translation>„%1“ beginnt nicht mit DNS:, IP:, email: oder URI:.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="263"/>
        <source>Write them as DNS:a.example,IP:10.0.0.1,email:x@y.example,URI:https://...</source>
        <translation>Schreiben Sie sie als DNS:a.example,IP:10.0.0.1,email:x@y.example,URI:https://...</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="285"/>
        <source>%1 has no value.</source>
        <translation>%1 hat keinen Wert.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="291"/>
        <source>%1: DNS names must be ASCII; write international names in their xn-- form.</source>
        <translation>%1: DNS-Namen müssen ASCII sein; schreiben Sie internationale Namen in ihrer Form mit xn--.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="295"/>
        <source>%1 is not a DNS name (letters, digits and hyphens in dot-separated labels, no spaces).</source>
        <translation>%1 ist kein DNS-Name (Buchstaben, Ziffern und Bindestriche in durch Punkte getrennten Labels, keine Leerzeichen).</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="302"/>
        <source>%1 is not an IPv4 or IPv6 address.</source>
        <translation>%1 ist keine IPv4- oder IPv6-Adresse.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="309"/>
        <source>%1 is not an ASCII e-mail address with an “@”.</source>
        <translation>%1 ist keine ASCII-E-Mail-Adresse mit „@“.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="313"/>
        <source>%1 is not a URI with a scheme (https:, ldap:, ...).</source>
        <translation>%1 ist keine URI mit Schema (https:, ldap:, ...).</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="338"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="338"/>
        <source>“%1” is not a key usage.</source>
        <translation>„%1“ ist keine Schlüsselverwendung.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="339"/>
        <source>Use %1.</source>
        <translation>Verwenden Sie %1.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="375"/>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="376"/>
        <location filename="../backend/X509Extensions.cpp" line="138"/>
        <source>“%1” is not an extended key usage.</source>
        <translation>„%1“ ist keine erweiterte Schlüsselverwendung.</translation>
    </message>
    <message>
        <location filename="../backend/CertNames.cpp" line="377"/>
        <source>Use %1 or a dotted OID.</source>
        <translation>Verwenden Sie %1 oder eine OID in Punktschreibweise.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="29"/>
        <source>Reading the certificate request</source>
        <translation>Lesen der Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="30"/>
        <source>Choose the CSR file (PEM “BEGIN CERTIFICATE REQUEST” or DER) exactly as it was made.</source>
        <translation>Wählen Sie die CSR-Datei (PEM „BEGIN CERTIFICATE REQUEST“ oder DER) genau so, wie sie erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="59"/>
        <source>The PEM data is truncated: its BEGIN line is cut off.</source>
        <translation>Die PEM-Daten sind abgeschnitten: Ihre BEGIN-Zeile ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="62"/>
        <source>The file holds a PEM “%1”, not a certificate request.</source>
        <translation>Die Datei enthält einen PEM-Block „%1“, keine Zertifikatsanforderung.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="65"/>
        <source>This is a certificate; import it instead of signing it.</source>
        <translation>Dies ist ein Zertifikat; importieren Sie es, statt es zu signieren.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="70"/>
        <source>The PEM data is truncated: it has no “%1” line.</source>
        <translation>Die PEM-Daten sind abgeschnitten: Es fehlt die Zeile „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="76"/>
        <source>The PEM block&apos;s body is not valid base64: it is damaged or truncated.</source>
        <translation>Der Inhalt des PEM-Blocks ist kein gültiges Base64: Er ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="92"/>
        <source>Creating a certificate request</source>
        <translation>Erstellen einer Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="93"/>
        <source>Correct the subject and alternative names; nothing was signed.</source>
        <translation>Korrigieren Sie das Subjekt und die alternativen Namen; es wurde nichts signiert.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="136"/>
        <source>The token&apos;s signature does not match the key&apos;s public key.</source>
        <translation>Die Signatur des Tokens passt nicht zum öffentlichen Schlüssel des Schlüsselpaars.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="148"/>
        <source>The file is %1; a certificate request is never larger than 1 MiB, so this is not one.</source>
        <translation>Die Datei ist %1 groß; eine Zertifikatsanforderung ist nie größer als 1 MiB, dies ist also keine.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="152"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="162"/>
        <source>The file is not PEM or DER: it has no “-----BEGIN” line and does not start like a DER certificate request.</source>
        <translation>Die Datei ist weder PEM noch DER: Sie hat keine Zeile „-----BEGIN“ und beginnt nicht wie eine DER-Zertifikatsanforderung.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="167"/>
        <source>The data is not PEM or DER: the decoded bytes are not a DER structure.</source>
        <translation>Die Daten sind weder PEM noch DER: Die dekodierten Bytes sind keine DER-Struktur.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="170"/>
        <source>The certificate request is truncated: it declares %1 bytes but only %2 are there.</source>
        <translation>Die Zertifikatsanforderung ist abgeschnitten: Sie gibt %1 Byte an, aber nur %2 sind vorhanden.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="175"/>
        <source>%1 bytes of other data follow the certificate request.</source>
        <translation>Auf die Zertifikatsanforderung folgen %1 Byte weiterer Daten.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="181"/>
        <source>The DER data is not a certificate request (PKCS#10).</source>
        <translation>Die DER-Daten sind keine Zertifikatsanforderung (PKCS#10).</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="190"/>
        <source>The request&apos;s public key is of a kind OpenSSL does not know.</source>
        <translation>Der öffentliche Schlüssel der Anforderung ist von einer Art, die OpenSSL nicht kennt.</translation>
    </message>
    <message>
        <location filename="../backend/CertRequest.cpp" line="201"/>
        <source>the signature does not match the request&apos;s public key</source>
        <translation>die Signatur passt nicht zum öffentlichen Schlüssel der Anforderung</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="29"/>
        <source>The extension could not be encoded.</source>
        <translation>Die Erweiterung konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="62"/>
        <source>OpenSSL gave no reason.</source>
        <translation>OpenSSL hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="77"/>
        <source>Check the value of %1 in the subject.</source>
        <translation>Prüfen Sie den Wert von %1 im Subjekt.</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="136"/>
        <source>Use serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning or a dotted OID.</source>
        <translation>Verwenden Sie serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning oder eine OID in Punktschreibweise.</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="169"/>
        <source>Check the alternative names.</source>
        <translation>Prüfen Sie die alternativen Namen.</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="170"/>
        <source>“%1” cannot be encoded.</source>
        <translation>„%1“ kann nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="260"/>
        <source>RSA %1 bits</source>
        <translation>RSA %1 Bit</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="264"/>
        <source>unknown curve</source>
        <translation>unbekannte Kurve</translation>
    </message>
    <message>
        <location filename="../backend/X509Extensions.cpp" line="272"/>
        <source>EC %1</source>
        <translation>EC %1</translation>
    </message>
</context>
<context>
    <name>hsm::certstore</name>
    <message>
        <location filename="../backend/CertStore.cpp" line="54"/>
        <source>The data is not a DER X.509 certificate.</source>
        <translation>Die Daten sind kein DER-kodiertes X.509-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="55"/>
        <source>Check the file: it must hold a complete certificate.</source>
        <translation>Prüfen Sie die Datei: Sie muss ein vollständiges Zertifikat enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="130"/>
        <source>certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="175"/>
        <source>The public key is not a valid SubjectPublicKeyInfo.</source>
        <translation>Der öffentliche Schlüssel ist kein gültiges SubjectPublicKeyInfo.</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="179"/>
        <source>SHA-1 of the public key failed.</source>
        <translation>SHA-1 des öffentlichen Schlüssels fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="190"/>
        <source>The certificate&apos;s public key could not be encoded.</source>
        <translation>Der öffentliche Schlüssel des Zertifikats konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="262"/>
        <source>Storing a certificate</source>
        <translation>Speichern eines Zertifikats</translation>
    </message>
    <message>
        <location filename="../backend/CertStore.cpp" line="337"/>
        <source>certificate “%1”</source>
        <translation>Zertifikat „%1“</translation>
    </message>
</context>
<context>
    <name>hsm::certui</name>
    <message>
        <location filename="../views/CertificateController.cpp" line="140"/>
        <source>the token is no longer available</source>
        <translation>das Token ist nicht mehr verfügbar</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="141"/>
        <source>Select the token again.</source>
        <translation>Wählen Sie das Token erneut aus.</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="169"/>
        <source>the certificate “%1” has no CKA_VALUE</source>
        <translation>das Zertifikat „%1“ hat kein CKA_VALUE</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="171"/>
        <source>Import the CA certificate again.</source>
        <translation>Importieren Sie das CA-Zertifikat erneut.</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="185"/>
        <source>The token offers no signature mechanism for this key</source>
        <translation>Das Token bietet keinen Signaturmechanismus für diesen Schlüssel an</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="187"/>
        <source>Only what this token can sign with this key is offered</source>
        <translation>Angeboten wird nur, womit dieses Token mit diesem Schlüssel signieren kann</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="217"/>
        <source>Issued certificate serial %1, valid until %2; its signature verifies with the issuer&apos;s key.</source>
        <translation>Zertifikat mit Seriennummer %1 ausgestellt, gültig bis %2; seine Signatur wurde mit dem Schlüssel des Ausstellers verifiziert.</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="223"/>
        <source>Issued the certificate.</source>
        <translation>Zertifikat ausgestellt.</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="228"/>
        <source>Written to %1 (%2)</source>
        <translation>In %1 geschrieben (%2)</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="233"/>
        <source>Already on the token: nothing was stored.</source>
        <translation>Bereits auf dem Token: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="235"/>
        <source>Stored on the token beside its key “%1” (ID %2).</source>
        <translation>Auf dem Token neben seinem Schlüssel „%1“ gespeichert (ID %2).</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="240"/>
        <source>Stored on the token on its own: no key on this token matches it.</source>
        <translation>Allein auf dem Token gespeichert: Kein Schlüssel auf diesem Token passt dazu.</translation>
    </message>
    <message>
        <location filename="../views/CertificateController.cpp" line="244"/>
        <source>Not stored on the token: %1</source>
        <translation>Nicht auf dem Token gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="332"/>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="333"/>
        <source>Choose a folder you can write to.</source>
        <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="337"/>
        <source>writing “%1” failed: %2</source>
        <translation>Schreiben von „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="339"/>
        <source>Check the free space; the file was left as it was.</source>
        <translation>Prüfen Sie den freien Speicherplatz; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <location filename="../views/SubjectEditor.cpp" line="356"/>
        <source>other</source>
        <translation>andere</translation>
    </message>
</context>
<context>
    <name>hsm::chain</name>
    <message>
        <location filename="../backend/CertChain.cpp" line="85"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="100"/>
        <source>The validity dates cannot be read</source>
        <translation>Die Gültigkeitsdaten können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="102"/>
        <source>Not valid before %1</source>
        <translation>Erst ab %1 gültig</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="104"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="105"/>
        <source>Valid from %1 to %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="112"/>
        <source>basicConstraints CA:TRUE</source>
        <translation>basicConstraints CA:TRUE</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="113"/>
        <source>Not a CA: basicConstraints CA:FALSE</source>
        <translation>Keine CA: basicConstraints CA:FALSE</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="116"/>
        <source>Version 1 root certificate without extensions (accepted as a CA)</source>
        <translation>Stammzertifikat der Version 1 ohne Erweiterungen (als CA akzeptiert)</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="117"/>
        <source>Not a CA: the certificate has no basicConstraints extension</source>
        <translation>Keine CA: Das Zertifikat hat keine basicConstraints-Erweiterung</translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/CertChain.cpp" line="124"/>
        <source>No path length limit (%n CA certificate(s) below)</source>
        <translation>
            <numerusform>Keine Begrenzung der Pfadlänge (%n CA-Zertifikat darunter)</numerusform>
            <numerusform>Keine Begrenzung der Pfadlänge (%n CA-Zertifikate darunter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/CertChain.cpp" line="127"/>
        <source>Path length %1 exceeded: %n CA certificate(s) below it</source>
        <translation>
            <numerusform>Pfadlänge %1 überschritten: %n CA-Zertifikat darunter</numerusform>
            <numerusform>Pfadlänge %1 überschritten: %n CA-Zertifikate darunter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/CertChain.cpp" line="128"/>
        <source>pathlen:%1 (%n CA certificate(s) below)</source>
        <translation>
            <numerusform>pathlen:%1 (%n CA-Zertifikat darunter)</numerusform>
            <numerusform>pathlen:%1 (%n CA-Zertifikate darunter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="133"/>
        <source>No key usage extension (any use allowed)</source>
        <translation>Keine Erweiterung für die Schlüsselverwendung (jede Verwendung erlaubt)</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="137"/>
        <source>Key usage does not include keyCertSign (it has: %1)</source>
        <translation>Schlüsselverwendung enthält kein keyCertSign (vorhanden: %1)</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="138"/>
        <source>Key usage includes keyCertSign</source>
        <translation>Schlüsselverwendung enthält keyCertSign</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="167"/>
        <source>The certificate does not parse as an X.509 DER certificate</source>
        <translation>Das Zertifikat lässt sich nicht als DER-kodiertes X.509-Zertifikat lesen</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="182"/>
        <source>Checked on issuing (CA) certificates only</source>
        <translation>Wird nur bei ausstellenden (CA-)Zertifikaten geprüft</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="196"/>
        <source>Self-signed: its own key verifies the signature</source>
        <translation>Selbstsigniert: Der eigene Schlüssel verifiziert die Signatur</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="197"/>
        <source>The self-signature of %1 does not verify with its own key</source>
        <translation>Die Selbstsignatur von %1 lässt sich mit dem eigenen Schlüssel nicht verifizieren</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="206"/>
        <source>Not checked: the issuer %1 was not found</source>
        <translation>Nicht geprüft: Der Aussteller %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="216"/>
        <source>Verifies with the key of %1</source>
        <translation>Lässt sich mit dem Schlüssel von %1 verifizieren</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="218"/>
        <source>The signature does not verify with the key of %1 (the issuer certificate was found %2)</source>
        <translation>Die Signatur lässt sich mit dem Schlüssel von %1 nicht verifizieren (das Ausstellerzertifikat wurde %2 gefunden)</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="226"/>
        <source>The chain is longer than %1 certificates; stopped here</source>
        <translation>Die Kette ist länger als %1 Zertifikate; hier abgebrochen</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="303"/>
        <source>Issuer not found</source>
        <translation>Aussteller nicht gefunden</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="315"/>
        <source>Loop: the issuer %1 is already in the chain below</source>
        <translation>Schleife: Der Aussteller %1 steht bereits weiter unten in der Kette</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="317"/>
        <source>Issuer not found: %1</source>
        <translation>Aussteller nicht gefunden: %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="338"/>
        <source>token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="340"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="342"/>
        <source>system trust (p11-kit)</source>
        <translation>System-Vertrauensspeicher (p11-kit)</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="352"/>
        <source>on token %1</source>
        <translation>auf Token %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="354"/>
        <source>in file %1</source>
        <translation>in Datei %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="356"/>
        <source>in the system trust store (p11-kit)</source>
        <translation>im Vertrauensspeicher des Systems (p11-kit)</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="360"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="397"/>
        <source>The chain is broken: %1</source>
        <translation>Die Kette ist unterbrochen: %1</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="398"/>
        <source>The chain breaks at “%1”: %2</source>
        <translation>Die Kette bricht bei „%1“ ab: %2</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="404"/>
        <source>Every link is valid; the root “%1” is a trust anchor of the system trust store</source>
        <translation>Jedes Glied ist gültig; das Stammzertifikat „%1“ ist ein Vertrauensanker des System-Vertrauensspeichers</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="406"/>
        <source>Every link is valid; the root “%1” is not in the system trust store</source>
        <translation>Jedes Glied ist gültig; das Stammzertifikat „%1“ ist nicht im System-Vertrauensspeicher</translation>
    </message>
    <message>
        <location filename="../backend/CertChain.cpp" line="401"/>
        <source>No certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
</context>
<context>
    <name>hsm::cli</name>
    <message>
        <location filename="../cli/ModuleCommands.cpp" line="55"/>
        <source>List the PKCS#11 modules registered with p11-kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CommandTable.cpp" line="31"/>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ModuleCommands.cpp" line="59"/>
        <source>List a module&apos;s slots and the tokens in them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CommandTable.cpp" line="8"/>
        <source>Module path or p11-kit module name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ModuleCommands.cpp" line="63"/>
        <source>List the mechanisms a token supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CommandTable.cpp" line="12"/>
        <source>Token label, serial:SERIAL or pkcs11: URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ObjectCommands.cpp" line="55"/>
        <source>List a token&apos;s objects (public ones only without --pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CommandTable.cpp" line="18"/>
        <source>Log in as user with the PIN read from env:NAME, file:PATH or - (stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CommandTable.cpp" line="25"/>
        <source>Log in even when the token reports the PIN&apos;s final try (one more wrong PIN locks it); without it such a login is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="36"/>
        <location filename="../cli/CliArguments.cpp" line="239"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="55"/>
        <source>The PIN from %1 is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="148"/>
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
        <location filename="../cli/CliArguments.cpp" line="141"/>
        <source>Usage: hsmwb COMMAND [OPTIONS]
Inspect and administer PKCS#11 modules, tokens and objects (HSM Workbench command line).

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="27"/>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="84"/>
        <source>--pin takes where to read the PIN from, not the PIN: a PIN on the command line is visible to other users in the process list and stays in shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="87"/>
        <source>Use --pin env:NAME, --pin file:PATH or --pin - (one line from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="98"/>
        <source>The environment variable %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="105"/>
        <source>The environment variable %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="112"/>
        <source>The PIN file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="116"/>
        <source>The PIN file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="123"/>
        <source>The first line of the PIN file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="130"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="133"/>
        <source>No PIN was read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="137"/>
        <source>Unknown PIN source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="193"/>
        <source>No command given (see hsmwb --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="225"/>
        <source>&quot;%1&quot; needs a sub-command: %2 (see hsmwb %1 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="228"/>
        <source>Unknown command &quot;%1&quot; (see hsmwb --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="245"/>
        <source>%1 (see hsmwb %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="255"/>
        <source>Unexpected argument after &quot;%1&quot; (see hsmwb %1 --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="259"/>
        <source>hsmwb %1 needs --%2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliArguments.cpp" line="284"/>
        <source>Only one PIN can come from standard input (-); use env: or file: for the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="20"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="20"/>
        <source>no</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <location filename="../cli/DeleteCommands.cpp" line="60"/>
        <source>CLASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <location filename="../cli/DeleteCommands.cpp" line="60"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CliOutput.cpp" line="208"/>
        <location filename="../cli/DeleteCommands.cpp" line="60"/>
        <location filename="../cli/SoftcardCommands.cpp" line="135"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="34"/>
        <source>The URI “%1” names no object (no object=, id= or type=); it would select every object on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="37"/>
        <source>Add object=LABEL, id=%01%02 or type=private to the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="71"/>
        <source>“%1” is not a whole number of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="83"/>
        <source>Correct the subject; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="115"/>
        <source>A path length applies only to CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="116"/>
        <source>Add --ca or leave --pathlen out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="168"/>
        <location filename="../cli/ImportCommands.cpp" line="103"/>
        <source>The URI “%1” names no object (no object=, id= or type=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="169"/>
        <source>Add object=LABEL or id=%01%02 to the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="172"/>
        <location filename="../cli/ChainCommands.cpp" line="66"/>
        <location filename="../cli/DeleteCommands.cpp" line="40"/>
        <location filename="../cli/ImportCommands.cpp" line="107"/>
        <source>The URI “%1” names another token than “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="174"/>
        <location filename="../cli/ChainCommands.cpp" line="67"/>
        <location filename="../cli/DeleteCommands.cpp" line="41"/>
        <location filename="../cli/ImportCommands.cpp" line="108"/>
        <source>Drop the token part of the URI or select that token with --token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="186"/>
        <location filename="../cli/DeleteCommands.cpp" line="53"/>
        <location filename="../cli/ImportCommands.cpp" line="128"/>
        <source>No object on token “%1” matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="188"/>
        <location filename="../cli/DeleteCommands.cpp" line="54"/>
        <location filename="../cli/ImportCommands.cpp" line="130"/>
        <source>Check the label or URI with: hsmwb objects --pin ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="213"/>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="213"/>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="216"/>
        <source>“%1” selects no %2 (nor an object sharing a %2&apos;s ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="217"/>
        <source>Private keys are visible only after logging in (--pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="218"/>
        <source>Store the CA certificate on the token first (hsmwb import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="222"/>
        <source>“%1” selects %2 objects of kind %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="223"/>
        <source>Use a pkcs11: URI with id= to choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="241"/>
        <source>Choose another --hash (or leave --pss out); see hsmwb mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="255"/>
        <location filename="../cli/CertCommands.cpp" line="264"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="256"/>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="265"/>
        <source>Check that the folder is writable and has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="282"/>
        <source>  Stored:    already on the token as %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="284"/>
        <source>  Stored:    %1 (beside its key, ID %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="287"/>
        <source>  Stored:    %1 (no matching key on the token)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="295"/>
        <location filename="../cli/CertCommands.cpp" line="336"/>
        <source>  Subject:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="296"/>
        <source>  Issuer:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="296"/>
        <source>  Serial:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="297"/>
        <source>  Validity:  %1 to %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="299"/>
        <location filename="../cli/CertCommands.cpp" line="340"/>
        <source>  Algorithm: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="299"/>
        <location filename="../cli/CertCommands.cpp" line="341"/>
        <source>  File:      %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="336"/>
        <source>Certificate request written
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="338"/>
        <source>  SAN:       %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="339"/>
        <source>  Key:       %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="358"/>
        <source>%1 is %2 bytes; a certificate request is never larger than 1 MiB, so it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="365"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="372"/>
        <source>The request&apos;s signature does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="373"/>
        <source>The request was altered or made with another key; ask for a new one. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="393"/>
        <source>The CA certificate object has no CKA_VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="394"/>
        <source>Choose another certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="399"/>
        <source>%1 Issuing anyway (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="423"/>
        <source>Certificate issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="460"/>
        <source>Self-signed CA certificate made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="461"/>
        <source>Self-signed certificate made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="475"/>
        <source>sha256, sha384 or sha512 (default: the key&apos;s strength; none for Ed25519).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="480"/>
        <source>Sign with RSA-PSS (RSA keys; needs CKM_RSA_X_509).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="483"/>
        <source>Extended key usages: serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, OCSPSigning or dotted OIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="488"/>
        <source>Key usages: digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, keyCertSign, cRLSign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="493"/>
        <location filename="../cli/ImportCommands.cpp" line="239"/>
        <source>Write DER instead of PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="496"/>
        <source>Output file (replaced whole, never left half-written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="497"/>
        <source>Validity in days from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="499"/>
        <source>A CA certificate: basicConstraints CA:TRUE, keyCertSign and cRLSign unless --key-usage says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="504"/>
        <source>Path length constraint (with --ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="506"/>
        <source>Also store the certificate on the same token, beside its key when the key is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="511"/>
        <source>Subject as /C=GB/O=Example/CN=host or CN=host,O=Example,C=GB (UTF-8 kept exactly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="517"/>
        <source>Make a certificate signing request signed by a key on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="522"/>
        <location filename="../cli/CertCommands.cpp" line="576"/>
        <source>The private key (pkcs11: URI, or the label of the key or its pair).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="527"/>
        <source>Subject alternative names: DNS:a.example,IP:10.0.0.1,email:x@y,URI:...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="538"/>
        <source>Issue a certificate for a CSR with a CA key and certificate on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="545"/>
        <source>The CA&apos;s private key (pkcs11: URI or label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="548"/>
        <source>The CA&apos;s certificate on the token (pkcs11: URI or label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="550"/>
        <source>The certificate request, PEM or DER (at most 1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="557"/>
        <source>Copy the request&apos;s extensions (alternative names and others; never basic constraints or key identifiers, nor usages given here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="562"/>
        <source>Issue despite warnings about the CA certificate (expired, not yet valid, no keyCertSign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/CertCommands.cpp" line="573"/>
        <source>Make a self-signed certificate (e.g. a CA root) with a key on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="55"/>
        <source>Private objects are visible only after logging in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="60"/>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="69"/>
        <source>Delete %1 object(s)? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="92"/>
        <source>Deleting objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="98"/>
        <source>The token “%1” is write-protected (CKF_WRITE_PROTECTED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="99"/>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="130"/>
        <source>Will delete %1 object(s) from token “%2”:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="136"/>
        <source>Kept (same ID as a private key; add --with-related to delete them too): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="144"/>
        <source>Refusing to delete without confirmation: standard input is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="146"/>
        <source>Add --yes to delete without asking. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="148"/>
        <source>Nothing was deleted.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="170"/>
        <source>Deleted %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="184"/>
        <source>Delete the objects a pkcs11: URI or a label selects, after confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="191"/>
        <source>A pkcs11: URI (object=, id=, type=) or an object&apos;s exact label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="194"/>
        <source>Delete without asking (required when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/DeleteCommands.cpp" line="198"/>
        <source>Also delete the public keys and certificates sharing a selected private key&apos;s ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="44"/>
        <source>profile %1: %2 Try: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="44"/>
        <source>warning: profile %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="96"/>
        <source>--id is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="97"/>
        <source>Give the ID as hex digits, or leave --id out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="109"/>
        <source>Unknown profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="110"/>
        <source>Profiles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="144"/>
        <source>Profile: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="151"/>
        <source>the token is write-protected; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="162"/>
        <source>warning: a key labelled &quot;%1&quot; already exists on the token; generating another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="181"/>
        <source>Generate a key or key pair on a token and print the URIs of the new objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="187"/>
        <source>rsa:BITS, ec:P-256|P-384|P-521|&lt;curve name&gt;, ed25519, aes:BITS, generic:BYTES, hmac-sha256:BYTES, hmac-sha384:BYTES or hmac-sha512:BYTES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="191"/>
        <source>CKA_LABEL of the new key(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="193"/>
        <source>CKA_ID in hex (default for key pairs: SHA-1 of the public key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="196"/>
        <source>Vendor profile whose rules are checked (default: chosen from the token): nshield-wsop, nethsm, protectserver, opensc, softhsm2, generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/KeygenCommands.cpp" line="202"/>
        <source>Print the templates that would be sent, and generate nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="23"/>
        <source>softhsm2, nshield (softcardtool) or generic (C_InitToken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="28"/>
        <source>Module for softhsm2 (default: p11-kit&apos;s softhsm2) and generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="34"/>
        <source>softcardtool for nshield (default /opt/nfast/webservices/pkcs11/bin/softcardtool).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="40"/>
        <source>Stop a tool that runs longer than this (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="53"/>
        <source>unknown softcard provider “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="54"/>
        <source>use softhsm2, nshield or generic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="61"/>
        <source>--timeout takes 0.1 to 3600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="68"/>
        <source>the generic provider needs --module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="135"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="135"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="135"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="154"/>
        <source>nShield softcards have a passphrase only; give it with --pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="157"/>
        <source>a token softcard needs --so-pin SOURCE as well as --pin SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="176"/>
        <source>Created softcard “%1” (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="182"/>
        <source>Type yes to continue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="194"/>
        <source>hsmwb softcard delete needs --serial SERIAL (token softcards) or --id ID (nshield).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="208"/>
        <source>no softcard with ID or serial %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="209"/>
        <source>list the softcards with hsmwb softcard list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="210"/>
        <source>Deleting softcard “%1” (%2) destroys it and every key and object on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="214"/>
        <source> Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="215"/>
        <source>add --yes to delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="218"/>
        <source>not confirmed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="223"/>
        <source>Deleted softcard “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="243"/>
        <source>List softcards (SoftHSM2 tokens, nShield softcards, initialised tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="248"/>
        <source>Create a softcard: a token in the free slot (SO PIN and user PIN) or an nShield softcard (its passphrase as --pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="255"/>
        <source>Softcard name / token label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="256"/>
        <source>SO PIN of the new token (not for nshield).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="258"/>
        <source>User PIN, or the passphrase for nshield.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="262"/>
        <source>Delete a softcard and everything on it (asks unless --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="267"/>
        <source>Serial of the token softcard (softhsm2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="269"/>
        <source>ID of the nShield softcard (see softcard list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="271"/>
        <source>Delete without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/SoftcardCommands.cpp" line="274"/>
        <source>Check the connection to the nShield Web Services server (softcardtool -v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="57"/>
        <source>&quot;%1&quot; (serial %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="92"/>
        <source>Type the token&apos;s label (%1) to destroy everything on it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="114"/>
        <source>--slot needs a slot ID (a number; hsmwb slots lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="129"/>
        <source>use a slot ID that hsmwb slots --module %1 lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="133"/>
        <source>slot %1 holds no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="134"/>
        <source>insert the token, or choose another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="139"/>
        <source>an unknown number of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="144"/>
        <source>1 public object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="144"/>
        <source>%1 public objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="145"/>
        <source> (private objects are not counted without logging in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="148"/>
        <source>slot %1 holds the initialised token %2 with %3; initialising it destroys everything on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="155"/>
        <source>; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="156"/>
        <source>add --yes to initialise it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="160"/>
        <source>the label typed does not match; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="170"/>
        <source>Initialised the token in slot %1: label &quot;%2&quot;, serial %3, user PIN set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="173"/>
        <source>Initialised the token in slot %1: label &quot;%2&quot;, serial %3 (no user PIN yet: hsmwb token init-pin sets it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="185"/>
        <source>hsmwb token change-pin --so needs --so-pin SOURCE (the current SO PIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="186"/>
        <source>hsmwb token change-pin needs --pin SOURCE (the current user PIN), or --so with --so-pin SOURCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="189"/>
        <source>--pin is not used with --so; the current SO PIN comes from --so-pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="190"/>
        <source>--so-pin changes the SO PIN only with --so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="202"/>
        <source>Changed the SO PIN of token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="203"/>
        <source>Changed the user PIN of token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="217"/>
        <source>Unblocked the user PIN of token %1: it has the new PIN now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="218"/>
        <source>Set the user PIN of token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="233"/>
        <source>The security officer&apos;s PIN, from env:NAME, file:PATH or - (stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="238"/>
        <source>The new PIN, from env:NAME, file:PATH or -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="246"/>
        <source>Initialise the token in a slot: destroys its objects, sets label and SO PIN (and the user PIN with --pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="250"/>
        <source>The slot&apos;s ID, as hsmwb slots lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="251"/>
        <source>The new token label (at most 32 bytes UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="255"/>
        <source>Also set this user PIN (env:NAME, file:PATH or -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="257"/>
        <source>Re-initialise an initialised token; without it its objects are listed and nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="263"/>
        <source>Change the user PIN (--pin), or the SO PIN (--so --so-pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="269"/>
        <source>Change the SO PIN instead of the user PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="273"/>
        <source>Unblock a locked user PIN: the SO sets a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/TokenCommands.cpp" line="277"/>
        <source>Set the user PIN as security officer (C_InitPIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="92"/>
        <source>Client certificate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="96"/>
        <source>Chain: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="104"/>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="106"/>
        <source>
%1 error(s), %2 warning(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="116"/>
        <source>--pfx needs --password SOURCE (the PFX&apos;s password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="117"/>
        <source>--password is the PFX&apos;s password: give --pfx FILE too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="149"/>
        <source>Wrote the ordered PEM (client certificate, then its intermediates, no root) to %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="159"/>
        <source>Check a client certificate bundle for a network HSM (nShield Web Services): clientAuth usage, PEM file order, key, PFX, chain and dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="162"/>
        <source>The client certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="164"/>
        <source>The client&apos;s private key file, compared with the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="167"/>
        <source>The PEM file the client uses (client certificate and intermediates); default: the --cert file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="172"/>
        <source>The CA bundle: root(s) and intermediates the server trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="174"/>
        <source>The PFX (PKCS#12) for Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="176"/>
        <source>The PFX&apos;s password from env:NAME, file:PATH or - (stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/BundleCommands.cpp" line="178"/>
        <source>Write the correctly ordered PEM (client certificate, intermediates, no root) to OUT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="80"/>
        <source>No certificate on token “%1” matches “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="81"/>
        <source>Check the label or URI with: hsmwb objects (private certificates need --pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="84"/>
        <source>“%1” matches %2 certificates on token “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="88"/>
        <source>Use a pkcs11: URI with id= to name one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="137"/>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="137"/>
        <source>validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="137"/>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="137"/>
        <source>path length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="137"/>
        <source>key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="149"/>
        <source>issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="150"/>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="151"/>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="152"/>
        <source>%1 to %2</source>
        <translation type="unfinished">%1 bis %2 {1 ?}</translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="155"/>
        <source> (self-signed, a system trust anchor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="155"/>
        <source> (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="156"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="162"/>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="239"/>
        <source>Warning: the system trust store was not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="246"/>
        <source>Chain of certificate “%1” on token “%2”:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="257"/>
        <source>Show a certificate&apos;s chain (leaf to root) from the certificates of every token of the module, files and the system trust store, each link verified. Exit code 0 only when every link is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="266"/>
        <source>The certificate: a pkcs11: URI (object=, id=) or its exact label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="269"/>
        <source>More candidate certificates from PEM, DER or PKCS#7 files (repeat the option or separate paths with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ChainCommands.cpp" line="274"/>
        <source>Do not read the system trust store (p11-kit&apos;s trust module).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="104"/>
        <source>Add object=LABEL, id=%01%02 or type=cert to the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="129"/>
        <source>“%1” names no certificate or public key on token “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="131"/>
        <source>Private objects are visible only after logging in (--pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="150"/>
        <source>“%1” names %2 objects:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="151"/>
        <source>Pass one of these URIs with --object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="192"/>
        <source>“%1” could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="193"/>
        <source>Check the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="200"/>
        <source>Wrote %1 to %2 (%3, from %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="212"/>
        <source>Import certificates (PEM, DER, PKCS#7) or a PKCS#12 certificate and key onto a token, paired with the matching key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="219"/>
        <source>The certificate file (at most 4 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="221"/>
        <source>Label of the key and its certificate (default: the file&apos;s friendly name, the matching key&apos;s label or the subject CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="225"/>
        <source>PKCS#12 password from env:NAME, file:PATH or - (stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="229"/>
        <source>Export a certificate or public key to a PEM (default) or DER file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="235"/>
        <source>A pkcs11: URI or an exact label; a label naming a key pair and its certificate selects the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../cli/ImportCommands.cpp" line="238"/>
        <source>Where to write it.</source>
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
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="78"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="80"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="82"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="84"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="86"/>
        <source>critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="88"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="93"/>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <location filename="../models/Formatting.cpp" line="101"/>
        <source>(uninitialised token)</source>
        <translation>(nicht initialisiertes Token)</translation>
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
    <name>hsm::keygen</name>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="53"/>
        <source>the token reports CKF_WRITE_PROTECTED; nothing was sent</source>
        <translation>das Token meldet CKF_WRITE_PROTECTED; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="59"/>
        <source>token objects need a read-write session; nothing was sent</source>
        <translation>Token-Objekte brauchen eine Schreib-/Lesesitzung; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="64"/>
        <source>private keys need a user login; nothing was sent</source>
        <translation>private Schlüssel erfordern eine Benutzeranmeldung; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="75"/>
        <source>both halves of the new key pair were removed</source>
        <translation>beide Hälften des neuen Schlüsselpaars wurden entfernt</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="76"/>
        <source>removing the incomplete key pair failed (C_DestroyObject: %1 / %2): delete the public and private key with this label by hand</source>
        <translation>das Entfernen des unvollständigen Schlüsselpaars ist fehlgeschlagen (C_DestroyObject: %1 / %2): Löschen Sie den öffentlichen und den privaten Schlüssel mit dieser Bezeichnung von Hand</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="86"/>
        <source>setting CKA_ID</source>
        <translation>Setzen von CKA_ID</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="118"/>
        <source>(the generation had been abandoned)</source>
        <translation>(die Erzeugung war abgebrochen worden)</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="124"/>
        <source>The generation was abandoned after the module had created the key pair; the key pair was completed and kept.</source>
        <translation>Die Erzeugung wurde abgebrochen, nachdem das Modul das Schlüsselpaar erstellt hatte; das Schlüsselpaar wurde vervollständigt und behalten.</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="144"/>
        <source>The generation was abandoned after the module had created the key; the key was kept.</source>
        <translation>Die Erzeugung wurde abgebrochen, nachdem das Modul den Schlüssel erstellt hatte; der Schlüssel wurde behalten.</translation>
    </message>
    <message>
        <location filename="../backend/KeyGenerator.cpp" line="203"/>
        <source>leaving out any single optional attribute did not help</source>
        <translation>das Weglassen einzelner optionaler Attribute hat nicht geholfen</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="19"/>
        <source>Accepted types: %1.</source>
        <translation>Akzeptierte Typen: %1.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="39"/>
        <source>Generic secret</source>
        <translation>Generisches Geheimnis</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="115"/>
        <source>Unknown key type &quot;%1&quot;.</source>
        <translation>Unbekannter Schlüsseltyp „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="120"/>
        <source>ed25519 takes no size.</source>
        <translation>ed25519 hat keine Längenangabe.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="124"/>
        <source>Key type &quot;%1&quot; needs a size or curve after a colon, e.g. %2.</source>
        <translation>Schlüsseltyp „%1“ braucht nach einem Doppelpunkt eine Länge oder Kurve, z. B. %2.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="131"/>
        <source>Unknown curve &quot;%1&quot;: use P-256, P-384, P-521 or an OpenSSL curve name (openssl ecparam -list_curves).</source>
        <translation>Unbekannte Kurve „%1“: Verwenden Sie P-256, P-384, P-521 oder einen OpenSSL-Kurvennamen (openssl ecparam -list_curves).</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="140"/>
        <source>&quot;%1&quot; is not a key size (a positive whole number).</source>
        <translation>„%1“ ist keine Schlüssellänge (eine positive ganze Zahl).</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="147"/>
        <location filename="../backend/KeygenCapabilities.cpp" line="346"/>
        <source>AES keys are 128, 192 or 256 bits, not %1.</source>
        <translation>AES-Schlüssel haben 128, 192 oder 256 Bit, nicht %1.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="187"/>
        <source>The ID &quot;%1&quot; is not hex: %2</source>
        <translation>Die ID „%1“ ist nicht hexadezimal: %2</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="188"/>
        <source>Write the ID as hex digits, e.g. a1b2c3 or A1:B2:C3.</source>
        <translation>Schreiben Sie die ID als Hex-Ziffern, z. B. a1b2c3 oder A1:B2:C3.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="191"/>
        <source>only 0-9 and a-f are allowed.</source>
        <translation>nur 0-9 und a-f sind erlaubt.</translation>
    </message>
    <message>
        <location filename="../backend/KeySpec.cpp" line="193"/>
        <source>an odd number of digits (each byte is two digits).</source>
        <translation>ungerade Anzahl von Ziffern (jedes Byte hat zwei Ziffern).</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="88"/>
        <source>at least %1 %2</source>
        <translation>mindestens %1 %2</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="89"/>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="303"/>
        <source>%1, or %2 with %3</source>
        <translation>%1 oder %2 mit %3</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="311"/>
        <source>The token cannot generate %1 keys: its mechanism list lacks %2.</source>
        <translation>Das Token kann keine %1-Schlüssel erzeugen: In seiner Mechanismenliste fehlt %2.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="313"/>
        <source>Choose a key type the token lists (hsmwb mechanisms shows them).</source>
        <translation>Wählen Sie einen Schlüsseltyp, den das Token aufführt (hsmwb mechanisms zeigt sie an).</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="316"/>
        <source>The token does not list %1 for generating %2 keys.</source>
        <translation>Das Token führt %1 nicht zum Erzeugen von %2-Schlüsseln auf.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="318"/>
        <source>Leave the mechanism to be chosen from the token&apos;s list.</source>
        <translation>Lassen Sie den Mechanismus aus der Liste des Tokens wählen.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="324"/>
        <source>%1 generates RSA keys of %2; %3 bits is out of range.</source>
        <translation>%1 erzeugt RSA-Schlüssel mit %2; %3 Bit liegen außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="325"/>
        <location filename="../backend/KeygenCapabilities.cpp" line="337"/>
        <location filename="../backend/KeygenCapabilities.cpp" line="350"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="327"/>
        <source>Choose a modulus size in that range, e.g. 2048 or 3072.</source>
        <translation>Wählen Sie eine Moduluslänge in diesem Bereich, z. B. 2048 oder 3072.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="332"/>
        <source>Unknown curve &quot;%1&quot;.</source>
        <translation>Unbekannte Kurve „%1“.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="333"/>
        <source>Use P-256, P-384, P-521 or a curve name OpenSSL knows.</source>
        <translation>Verwenden Sie P-256, P-384, P-521 oder einen Kurvennamen, den OpenSSL kennt.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="336"/>
        <source>%1 generates EC keys of %2; curve %3 (%4 bits) is not supported.</source>
        <translation>%1 erzeugt EC-Schlüssel mit %2; die Kurve %3 (%4 Bit) wird nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="339"/>
        <source>Supported curves: %1.</source>
        <translation>Unterstützte Kurven: %1.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="347"/>
        <source>Choose 128, 192 or 256.</source>
        <translation>Wählen Sie 128, 192 oder 256.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="349"/>
        <source>%1 generates AES keys of %2; %3 bits is out of range.</source>
        <translation>%1 erzeugt AES-Schlüssel mit %2; %3 Bit liegen außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="352"/>
        <source>Choose one of: %1 bits.</source>
        <translation>Wählen Sie eine dieser Längen: %1 Bit.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="364"/>
        <source>%1 keys on this token are %2 (%3); %4 bytes is out of range.</source>
        <translation>%1-Schlüssel auf diesem Token haben %2 (%3); %4 Byte liegen außerhalb dieses Bereichs.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="366"/>
        <source>bytes</source>
        <translation>Byte</translation>
    </message>
    <message>
        <location filename="../backend/KeygenCapabilities.cpp" line="368"/>
        <source>Choose a length in that range.</source>
        <translation>Wählen Sie eine Länge in diesem Bereich.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenKeyId.cpp" line="34"/>
        <source>SHA-1 of the public key failed.</source>
        <translation>SHA-1 des öffentlichen Schlüssels fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenKeyId.cpp" line="40"/>
        <source>The public key read from the token could not be encoded.</source>
        <translation>Der vom Token gelesene öffentliche Schlüssel konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenKeyId.cpp" line="41"/>
        <location filename="../backend/KeygenKeyId.cpp" line="104"/>
        <source>Set an ID explicitly.</source>
        <translation>Legen Sie eine ID ausdrücklich fest.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenKeyId.cpp" line="103"/>
        <source>The token returned an empty CKA_EC_POINT.</source>
        <translation>Das Token hat ein leeres CKA_EC_POINT geliefert.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="49"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="50"/>
        <source>Add %1 to the template.</source>
        <translation>Fügen Sie %1 zum Template hinzu.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="58"/>
        <source>%1 must be CK_TRUE (no session or public objects).</source>
        <translation>%1 muss CK_TRUE sein (keine Sitzungs- oder öffentlichen Objekte).</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="59"/>
        <source>Turn on %1.</source>
        <translation>Schalten Sie %1 ein.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="59"/>
        <source>&quot;token object&quot;</source>
        <translation>„Token-Objekt“</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="59"/>
        <source>&quot;private&quot;</source>
        <translation>„Privat“</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="62"/>
        <source>CKA_CLASS must be CKO_SECRET_KEY.</source>
        <translation>CKA_CLASS muss CKO_SECRET_KEY sein.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="63"/>
        <source>Generate an AES or HMAC key.</source>
        <translation>Erzeugen Sie einen AES- oder HMAC-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="69"/>
        <source>CKA_KEY_TYPE %1 is not supported; only CKK_AES, CKK_SHA256_HMAC, CKK_SHA384_HMAC and CKK_SHA512_HMAC are.</source>
        <translation>CKA_KEY_TYPE %1 wird nicht unterstützt; unterstützt werden nur CKK_AES, CKK_SHA256_HMAC, CKK_SHA384_HMAC und CKK_SHA512_HMAC.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="72"/>
        <source>Generate an AES or HMAC key (HMAC keys with CKM_SHA256/384/512_KEY_GEN).</source>
        <translation>Erzeugen Sie einen AES- oder HMAC-Schlüssel (HMAC-Schlüssel mit CKM_SHA256/384/512_KEY_GEN).</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="77"/>
        <source>AES keys must be 16, 24 or 32 bytes, not %1.</source>
        <translation>AES-Schlüssel müssen 16, 24 oder 32 Byte lang sein, nicht %1.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="78"/>
        <source>Choose AES-128, AES-192 or AES-256.</source>
        <translation>Wählen Sie AES-128, AES-192 oder AES-256.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="83"/>
        <source>a label is required.</source>
        <translation>eine Bezeichnung ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="83"/>
        <source>Enter a label.</source>
        <translation>Geben Sie eine Bezeichnung ein.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="87"/>
        <source>the label must not contain &lt;, &gt; or &amp;.</source>
        <translation>die Bezeichnung darf weder &lt;, &gt; noch &amp; enthalten.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="88"/>
        <source>Remove &lt;, &gt; and &amp; from the label.</source>
        <translation>Entfernen Sie &lt;, &gt; und &amp; aus der Bezeichnung.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="93"/>
        <source>%1 must be CK_FALSE when given.</source>
        <translation>%1 muss CK_FALSE sein, wenn es angegeben ist.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="94"/>
        <source>Turn off %1 or leave it out.</source>
        <translation>Schalten Sie %1 aus oder lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="96"/>
        <source>%1 must be CK_TRUE when given.</source>
        <translation>%1 muss CK_TRUE sein, wenn es angegeben ist.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="97"/>
        <source>Turn on %1 or leave it out.</source>
        <translation>Schalten Sie %1 ein oder lassen Sie es weg.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="99"/>
        <source>%1 is not supported by the library.</source>
        <translation>%1 wird von der Bibliothek nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="100"/>
        <source>Leave the ID empty; the library does not store CKA_ID.</source>
        <translation>Lassen Sie die ID leer; die Bibliothek speichert CKA_ID nicht.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="101"/>
        <source>Leave %1 out.</source>
        <translation>Lassen Sie %1 weg.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="108"/>
        <source>%1 should be CK_TRUE for %2 keys.</source>
        <translation>%1 sollte für %2-Schlüssel CK_TRUE sein.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="109"/>
        <source>Turn on %1, or the key cannot be used for it.</source>
        <translation>Schalten Sie %1 ein, sonst kann der Schlüssel dafür nicht verwendet werden.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="128"/>
        <source>nShield Web Services (WSOP)</source>
        <translation>nShield Web Services (WSOP)</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="181"/>
        <source>only AES and HMAC-SHA256/384/512 secret keys can be generated (no key pairs, no generic secrets); %1 is not possible.</source>
        <translation>nur geheime AES- und HMAC-SHA256/384/512-Schlüssel können erzeugt werden (keine Schlüsselpaare, keine generischen Geheimnisse); %1 ist nicht möglich.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenNShieldProfile.cpp" line="186"/>
        <source>Choose AES or HMAC-SHA256/384/512.</source>
        <translation>Wählen Sie AES oder HMAC-SHA256/384/512.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplateErrors.cpp" line="137"/>
        <source>the module refused %1</source>
        <translation>das Modul hat %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplateErrors.cpp" line="139"/>
        <source>the module refused one of %1</source>
        <translation>das Modul hat eines der Attribute %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplateErrors.cpp" line="141"/>
        <source>the module did not say which attribute</source>
        <translation>das Modul hat nicht angegeben, welches Attribut</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplateErrors.cpp" line="144"/>
        <source>Change or remove the attribute, or retry leaving out optional attributes one at a time (%1); the key is then made without the one left out.</source>
        <translation>Ändern oder entfernen Sie das Attribut, oder versuchen Sie es erneut und lassen Sie dabei nacheinander je ein optionales Attribut weg (%1); der Schlüssel wird dann ohne das weggelassene erzeugt.</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplates.cpp" line="184"/>
        <source>Mechanism: %1</source>
        <translation>Mechanismus: %1</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplates.cpp" line="191"/>
        <source>Public key template:</source>
        <translation>Template des öffentlichen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplates.cpp" line="192"/>
        <source>Private key template:</source>
        <translation>Template des privaten Schlüssels:</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplates.cpp" line="198"/>
        <source>Then C_SetAttributeValue on both keys:
  CKA_ID = SHA-1 of the public key (its RFC 5280 key identifier, so a certificate for it pairs by ID)</source>
        <translation>Danach C_SetAttributeValue auf beiden Schlüsseln:
  CKA_ID = SHA-1 des öffentlichen Schlüssels (seine Schlüsselkennung nach RFC 5280, damit sich ein Zertifikat dafür über die ID zuordnen lässt)</translation>
    </message>
    <message>
        <location filename="../backend/KeygenTemplates.cpp" line="202"/>
        <source>Secret key template:</source>
        <translation>Template des geheimen Schlüssels:</translation>
    </message>
    <message>
        <location filename="../backend/VendorProfile.cpp" line="90"/>
        <source>Nitrokey NetHSM</source>
        <translation>Nitrokey NetHSM</translation>
    </message>
    <message>
        <location filename="../backend/VendorProfile.cpp" line="93"/>
        <source>Thales ProtectServer</source>
        <translation>Thales ProtectServer</translation>
    </message>
    <message>
        <location filename="../backend/VendorProfile.cpp" line="95"/>
        <source>OpenSC (smart cards, USB HSMs)</source>
        <translation>OpenSC (Smartcards, USB-HSMs)</translation>
    </message>
    <message>
        <location filename="../backend/VendorProfile.cpp" line="96"/>
        <source>SoftHSM2</source>
        <translation>SoftHSM2</translation>
    </message>
    <message>
        <location filename="../backend/VendorProfile.cpp" line="98"/>
        <source>Generic PKCS#11</source>
        <translation>Generisches PKCS#11</translation>
    </message>
</context>
<context>
    <name>hsm::names</name>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="12"/>
        <source>The call succeeded.</source>
        <translation>Der Aufruf war erfolgreich.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="14"/>
        <source>The operation was cancelled by the application&apos;s callback.</source>
        <translation>Der Vorgang wurde vom Callback der Anwendung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="17"/>
        <source>The computer ran out of memory for the module. Close other programs and try again.</source>
        <translation>Dem Rechner ging der Speicher für das Modul aus. Schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="21"/>
        <source>The slot does not exist (any more). Refresh the slot list; slot numbers can change when tokens are added or removed.</source>
        <translation>Der Slot existiert nicht (mehr). Aktualisieren Sie die Slot-Liste; Slot-Nummern können sich ändern, wenn Tokens hinzugefügt oder entfernt werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="26"/>
        <source>The module reported an unrecoverable error. Check the module&apos;s own log; restarting the application or the HSM service may be needed.</source>
        <translation>Das Modul hat einen nicht behebbaren Fehler gemeldet. Prüfen Sie das Protokoll des Moduls; möglicherweise muss die Anwendung oder der HSM-Dienst neu gestartet werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="31"/>
        <source>The module could not carry out the request. Check the module&apos;s log for the reason and try again.</source>
        <translation>Das Modul konnte die Anfrage nicht ausführen. Suchen Sie im Protokoll des Moduls nach dem Grund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="36"/>
        <source>The module rejected the arguments of the call. This is usually a bug in the calling program or a module incompatibility; check the module&apos;s log.</source>
        <translation>Das Modul hat die Argumente des Aufrufs abgelehnt. Meist ist das ein Fehler im aufrufenden Programm oder eine Inkompatibilität des Moduls; prüfen Sie das Protokoll des Moduls.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="41"/>
        <source>No slot event happened.</source>
        <translation>Es ist kein Slot-Ereignis eingetreten.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="44"/>
        <source>The module cannot work with the locking the application asked for. Check the module&apos;s documentation for its threading requirements.</source>
        <translation>Das Modul kann nicht mit der von der Anwendung angeforderten Sperrung arbeiten. Die Anforderungen an Threads nennt die Dokumentation des Moduls.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="49"/>
        <source>An attribute in the template cannot be set or changed. Remove it from the template or create a new object instead.</source>
        <translation>Ein Attribut im Template kann nicht gesetzt oder geändert werden. Entfernen Sie es aus dem Template oder erstellen Sie stattdessen ein neues Objekt.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="54"/>
        <source>The attribute is sensitive: the token does not reveal its value. This is expected for private and secret key material.</source>
        <translation>Das Attribut ist vertraulich: Das Token gibt seinen Wert nicht preis. Das ist bei privatem und geheimem Schlüsselmaterial so vorgesehen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="59"/>
        <source>The object does not have this attribute, or the token does not know it. Remove it from the template.</source>
        <translation>Das Objekt hat dieses Attribut nicht, oder das Token kennt es nicht. Entfernen Sie es aus dem Template.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="64"/>
        <source>An attribute in the template has a value the token does not accept (wrong length, range or format). Check the template against the token&apos;s documentation.</source>
        <translation>Ein Attribut im Template hat einen Wert, den das Token nicht akzeptiert (falsche Länge, falscher Bereich oder falsches Format). Prüfen Sie das Template anhand der Dokumentation des Tokens.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="69"/>
        <source>The token&apos;s policy forbids this action on the object.</source>
        <translation>Die Richtlinie des Tokens verbietet diese Aktion für das Objekt.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="72"/>
        <source>The input data is not valid for this mechanism.</source>
        <translation>Die Eingabedaten sind für diesen Mechanismus nicht gültig.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="74"/>
        <source>The input data has the wrong length for this mechanism or key (for example too long for the RSA modulus).</source>
        <translation>Die Eingabedaten haben die falsche Länge für diesen Mechanismus oder Schlüssel (zum Beispiel zu lang für den RSA-Modulus).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="79"/>
        <source>The token or HSM reported a hardware or communication error. Check the connection and the device&apos;s status.</source>
        <translation>Das Token oder HSM hat einen Hardware- oder Kommunikationsfehler gemeldet. Prüfen Sie die Verbindung und den Zustand des Geräts.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="84"/>
        <source>The token has no room left. Delete objects you no longer need.</source>
        <translation>Auf dem Token ist kein Platz mehr. Löschen Sie Objekte, die Sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="87"/>
        <source>The token was removed or the connection to the HSM was lost. Reconnect it and refresh.</source>
        <translation>Das Token wurde entfernt oder die Verbindung zum HSM ist abgerissen. Verbinden Sie es erneut und aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="92"/>
        <source>The encrypted data is invalid or has the wrong length for this key and mechanism.</source>
        <translation>Die verschlüsselten Daten sind ungültig oder haben die falsche Länge für diesen Schlüssel und Mechanismus.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="96"/>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="98"/>
        <source>The module does not support parallel functions.</source>
        <translation>Das Modul unterstützt keine parallelen Funktionen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="100"/>
        <source>The module does not implement this function. Use another module or a different way to do this.</source>
        <translation>Das Modul implementiert diese Funktion nicht. Verwenden Sie ein anderes Modul oder einen anderen Weg.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="105"/>
        <source>The key no longer exists in this session. Refresh the object list.</source>
        <translation>Der Schlüssel existiert in dieser Sitzung nicht mehr. Aktualisieren Sie die Objektliste.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="108"/>
        <source>The key size is outside what the token supports for this mechanism. See the token&apos;s Mechanisms tab for the allowed range.</source>
        <translation>Die Schlüssellänge liegt außerhalb dessen, was das Token für diesen Mechanismus unterstützt. Den erlaubten Bereich zeigt der Reiter „Mechanismen“ des Tokens.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="113"/>
        <source>The key&apos;s type does not fit this mechanism (for example an EC key with an RSA mechanism).</source>
        <translation>Der Schlüsseltyp passt nicht zu diesem Mechanismus (zum Beispiel ein EC-Schlüssel mit einem RSA-Mechanismus).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="117"/>
        <source>A key was supplied but this mechanism does not use one.</source>
        <translation>Es wurde ein Schlüssel übergeben, aber dieser Mechanismus verwendet keinen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="120"/>
        <source>The key changed since the saved state was made.</source>
        <translation>Der Schlüssel hat sich seit dem Sichern des Zustands geändert.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="122"/>
        <source>The saved state needs a key to be supplied again.</source>
        <translation>Für den gesicherten Zustand muss erneut ein Schlüssel übergeben werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="124"/>
        <source>This key cannot be digested.</source>
        <translation>Über diesen Schlüssel kann kein Hashwert gebildet werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="126"/>
        <source>The key&apos;s attributes do not allow this use (for example CKA_SIGN is false). Use a key created for this purpose.</source>
        <translation>Die Attribute des Schlüssels erlauben diese Verwendung nicht (zum Beispiel ist CKA_SIGN false). Verwenden Sie einen für diesen Zweck erstellten Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="131"/>
        <source>The key cannot be wrapped (CKA_WRAP_WITH_TRUSTED or token policy).</source>
        <translation>Der Schlüssel kann nicht gewrappt werden (CKA_WRAP_WITH_TRUSTED oder Richtlinie des Tokens).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="134"/>
        <source>The key is not extractable, so it cannot be exported or wrapped.</source>
        <translation>Der Schlüssel ist nicht exportierbar und kann daher weder exportiert noch gewrappt werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="137"/>
        <source>The token does not support this mechanism for this operation. See the token&apos;s Mechanisms tab for what it supports.</source>
        <translation>Das Token unterstützt diesen Mechanismus für diesen Vorgang nicht. Was es unterstützt, zeigt der Reiter „Mechanismen“ des Tokens.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="142"/>
        <source>The mechanism&apos;s parameters are not valid for this token.</source>
        <translation>Die Parameter des Mechanismus sind für dieses Token nicht gültig.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="145"/>
        <source>The object no longer exists in this session (deleted, or the session was reopened). Refresh the object list.</source>
        <translation>Das Objekt existiert in dieser Sitzung nicht mehr (gelöscht, oder die Sitzung wurde neu geöffnet). Aktualisieren Sie die Objektliste.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="150"/>
        <source>Another operation is still running in this session. Wait for it to finish or close the session.</source>
        <translation>In dieser Sitzung läuft noch ein anderer Vorgang. Warten Sie, bis er beendet ist, oder schließen Sie die Sitzung.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="155"/>
        <source>The operation was not started in this session.</source>
        <translation>Der Vorgang wurde in dieser Sitzung nicht gestartet.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="157"/>
        <source>The PIN was wrong. Check the token&apos;s PIN warnings before trying again: after too many wrong PINs the token locks.</source>
        <translation>Die PIN war falsch. Beachten Sie die PIN-Warnungen des Tokens, bevor Sie es erneut versuchen: Nach zu vielen falschen PINs sperrt das Token.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="162"/>
        <source>The new PIN contains characters the token does not accept.</source>
        <translation>Die neue PIN enthält Zeichen, die das Token nicht akzeptiert.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="165"/>
        <source>The PIN is too short or too long for this token. The token info shows the allowed length.</source>
        <translation>Die PIN ist für dieses Token zu kurz oder zu lang. Die erlaubte Länge zeigen die Token-Informationen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="169"/>
        <source>The PIN has expired. Set a new PIN before using the token.</source>
        <translation>Die PIN ist abgelaufen. Setzen Sie eine neue PIN, bevor Sie das Token verwenden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="172"/>
        <source>The PIN is locked after too many wrong attempts. The security officer must unlock it (initialise a new user PIN); do not try again.</source>
        <translation>Die PIN ist nach zu vielen Fehlversuchen gesperrt. Der Sicherheitsbeauftragte muss sie entsperren (eine neue Benutzer-PIN initialisieren); versuchen Sie es nicht erneut.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="177"/>
        <source>The new PIN is too weak for the token&apos;s policy. Choose a longer or less predictable PIN.</source>
        <translation>Die neue PIN ist für die Richtlinie des Tokens zu schwach. Wählen Sie eine längere oder weniger vorhersehbare PIN.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="182"/>
        <source>The session is no longer valid (closed, or the token was removed or reset). Refresh the token and log in again.</source>
        <translation>Die Sitzung ist nicht mehr gültig (geschlossen, oder das Token wurde entfernt oder zurückgesetzt). Aktualisieren Sie das Token und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="187"/>
        <source>The token has too many open sessions. Close other applications using it.</source>
        <translation>Das Token hat zu viele offene Sitzungen. Schließen Sie andere Anwendungen, die es verwenden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="190"/>
        <source>The module does not support parallel sessions.</source>
        <translation>Das Modul unterstützt keine parallelen Sitzungen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="192"/>
        <source>The session is read-only. Open a read-write session to change objects.</source>
        <translation>Die Sitzung ist schreibgeschützt. Öffnen Sie eine Schreib-/Lesesitzung, um Objekte zu ändern.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="195"/>
        <source>A session is still open on this token. Close all sessions first.</source>
        <translation>Auf diesem Token ist noch eine Sitzung offen. Schließen Sie zuerst alle Sitzungen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="198"/>
        <source>The security officer cannot log in while read-only sessions are open. Close them first.</source>
        <translation>Der Sicherheitsbeauftragte kann sich nicht anmelden, solange schreibgeschützte Sitzungen offen sind. Schließen Sie diese zuerst.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="202"/>
        <source>A security officer session is open, so a read-only session cannot be opened. Log the security officer out first.</source>
        <translation>Eine Sitzung des Sicherheitsbeauftragten ist offen, daher kann keine schreibgeschützte Sitzung geöffnet werden. Melden Sie zuerst den Sicherheitsbeauftragten ab.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="207"/>
        <source>The signature does not verify with this key and data.</source>
        <translation>Die Signatur lässt sich mit diesem Schlüssel und diesen Daten nicht verifizieren.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="210"/>
        <source>The signature has the wrong length for this key.</source>
        <translation>Die Signatur hat die falsche Länge für diesen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="212"/>
        <source>The template lacks an attribute the token requires for this object. Add the missing attributes (see the token&apos;s vendor profile).</source>
        <translation>Dem Template fehlt ein Attribut, das das Token für dieses Objekt verlangt. Ergänzen Sie die fehlenden Attribute (siehe das Herstellerprofil des Tokens).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="217"/>
        <source>The template has attributes that contradict each other or the token&apos;s policy. Check the template against the vendor profile.</source>
        <translation>Das Template enthält Attribute, die einander oder der Richtlinie des Tokens widersprechen. Prüfen Sie das Template anhand des Herstellerprofils.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="222"/>
        <source>There is no token in the slot. Insert the token (or start the HSM service) and refresh.</source>
        <translation>Im Slot steckt kein Token. Stecken Sie das Token ein (oder starten Sie den HSM-Dienst) und aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="226"/>
        <source>The module does not recognise the token in the slot. Check that the right module is loaded for this device.</source>
        <translation>Das Modul erkennt das Token im Slot nicht. Prüfen Sie, ob das richtige Modul für dieses Gerät geladen ist.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="231"/>
        <source>The token is write-protected (read-only). Objects on it cannot be created, changed or deleted.</source>
        <translation>Das Token ist schreibgeschützt. Objekte darauf können weder erstellt noch geändert oder gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="238"/>
        <source>The unwrapping key is missing, has the wrong size or the wrong type for this mechanism.</source>
        <translation>Der Schlüssel zum Unwrappen fehlt oder hat die falsche Länge oder den falschen Typ für diesen Mechanismus.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="242"/>
        <source>The user is already logged in on this token; no new login is needed.</source>
        <translation>Der Benutzer ist an diesem Token bereits angemeldet; eine neue Anmeldung ist nicht nötig.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="245"/>
        <source>This needs a login. Log in to the token with the user PIN and try again.</source>
        <translation>Dafür ist eine Anmeldung nötig. Melden Sie sich mit der Benutzer-PIN beim Token an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="248"/>
        <source>The user PIN has not been set yet. The security officer must initialise it first.</source>
        <translation>Die Benutzer-PIN wurde noch nicht gesetzt. Der Sicherheitsbeauftragte muss sie zuerst initialisieren.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="252"/>
        <source>The user type is not valid (use user or security officer).</source>
        <translation>Der Benutzertyp ist ungültig (verwenden Sie Benutzer oder Sicherheitsbeauftragter).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="255"/>
        <source>Another user type is logged in on this token. Log out first.</source>
        <translation>An diesem Token ist ein anderer Benutzertyp angemeldet. Melden Sie sich zuerst ab.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="258"/>
        <source>Too many different users are logged in to this token at once.</source>
        <translation>An diesem Token sind zu viele verschiedene Benutzer gleichzeitig angemeldet.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="262"/>
        <source>The wrapped key is invalid or has the wrong length.</source>
        <translation>Der gewrappte Schlüssel ist ungültig oder hat die falsche Länge.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="267"/>
        <source>The wrapping key is missing, has the wrong size or the wrong type for this mechanism.</source>
        <translation>Der Schlüssel zum Wrappen fehlt oder hat die falsche Länge oder den falschen Typ für diesen Mechanismus.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="271"/>
        <source>The token does not accept seeding of its random generator.</source>
        <translation>Das Token lässt kein Seeding seines Zufallsgenerators zu.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="274"/>
        <source>The token has no random number generator.</source>
        <translation>Das Token hat keinen Zufallszahlengenerator.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="276"/>
        <source>The domain parameters (for example the EC curve) are not valid or not supported.</source>
        <translation>Die Domänenparameter (zum Beispiel die EC-Kurve) sind ungültig oder werden nicht unterstützt.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="279"/>
        <source>The token does not support this elliptic curve. Choose another curve.</source>
        <translation>Das Token unterstützt diese elliptische Kurve nicht. Wählen Sie eine andere Kurve.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="282"/>
        <source>The output buffer was too small; the program should ask for the length first.</source>
        <translation>Der Ausgabepuffer war zu klein; das Programm sollte zuerst die Länge abfragen.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="286"/>
        <source>The operation state cannot be saved or restored.</source>
        <translation>Der Zustand des Vorgangs kann nicht gesichert oder wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="288"/>
        <source>The information is sensitive and the token will not reveal it.</source>
        <translation>Die Information ist vertraulich, und das Token gibt sie nicht preis.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="291"/>
        <source>The module has not been initialised (C_Initialize). Reload the module.</source>
        <translation>Das Modul wurde nicht initialisiert (C_Initialize). Laden Sie das Modul neu.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="294"/>
        <source>The module was already initialised by this process; this is harmless.</source>
        <translation>Das Modul wurde von diesem Prozess bereits initialisiert; das ist unbedenklich.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="298"/>
        <source>The module reported a locking error. This is a bug in the module or its threading set-up.</source>
        <translation>Das Modul hat einen Sperrfehler gemeldet. Das ist ein Fehler im Modul oder in seiner Thread-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="303"/>
        <source>The one-time-password token needs a new PIN or the next OTP.</source>
        <translation>Das Einmalpasswort-Token braucht eine neue PIN oder das nächste OTP.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="306"/>
        <source>The token gave up after too many iterations (for example while generating a key). Try again.</source>
        <translation>Das Token hat nach zu vielen Iterationen aufgegeben (zum Beispiel beim Erzeugen eines Schlüssels). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="311"/>
        <source>The token failed its FIPS self-test and refuses to work. Contact the device&apos;s vendor.</source>
        <translation>Das Token hat seinen FIPS-Selbsttest nicht bestanden und verweigert den Dienst. Wenden Sie sich an den Hersteller des Geräts.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="315"/>
        <source>The module could not load a library it depends on. Check its installation.</source>
        <translation>Das Modul konnte eine benötigte Bibliothek nicht laden. Prüfen Sie seine Installation.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="318"/>
        <source>The public key is not valid (for example a point not on the curve).</source>
        <translation>Der öffentliche Schlüssel ist ungültig (zum Beispiel ein Punkt, der nicht auf der Kurve liegt).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="321"/>
        <source>The user rejected the operation on the token (for example on its display or keypad).</source>
        <translation>Der Benutzer hat den Vorgang am Token abgelehnt (zum Beispiel an dessen Display oder Tastenfeld).</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="328"/>
        <source>A vendor-specific error. The module&apos;s documentation or log explains it.</source>
        <translation>Ein herstellerspezifischer Fehler. Die Dokumentation oder das Protokoll des Moduls erklärt ihn.</translation>
    </message>
    <message>
        <location filename="../backend/Pkcs11Hints.cpp" line="330"/>
        <source>An error code this application does not know. Check the module&apos;s documentation or log.</source>
        <translation>Ein Fehlercode, den diese Anwendung nicht kennt. Sehen Sie in der Dokumentation oder im Protokoll des Moduls nach.</translation>
    </message>
</context>
<context>
    <name>hsm::pinfields</name>
    <message>
        <location filename="../views/PinFields.cpp" line="31"/>
        <source>Sent to the token only; never stored or logged</source>
        <translation>Wird nur an das Token gesendet; nie gespeichert oder protokolliert</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="61"/>
        <source>%1 to %2 bytes</source>
        <translation>%1 bis %2 Byte</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="63"/>
        <source>at least %1 bytes</source>
        <translation>mindestens %1 Byte</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="65"/>
        <source>at most %1 bytes</source>
        <translation>höchstens %1 Byte</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="72"/>
        <source>Enter the %1.</source>
        <translation>Geben Sie die %1 ein.</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="74"/>
        <source>The %1 is too short: this token accepts %2.</source>
        <translation>Die %1 ist zu kurz: Dieses Token akzeptiert %2.</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="76"/>
        <source>The %1 is too long: this token accepts %2.</source>
        <translation>Die %1 ist zu lang: Dieses Token akzeptiert %2.</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="100"/>
        <source>PINs on this token are %1 long.</source>
        <translation>PINs auf diesem Token sind %1 lang.</translation>
    </message>
    <message>
        <location filename="../views/PinFields.cpp" line="121"/>
        <source>Confirm the final try</source>
        <translation>Letzten Versuch bestätigen</translation>
    </message>
</context>
<context>
    <name>hsm::signing</name>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="104"/>
        <source>during %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="106"/>
        <source>OpenSSL gave no reason.</source>
        <translation>OpenSSL hat keinen Grund angegeben.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="107"/>
        <source>Check that you are logged in and that the key may sign (CKA_SIGN).</source>
        <translation>Prüfen Sie, ob Sie angemeldet sind und der Schlüssel signieren darf (CKA_SIGN).</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="145"/>
        <source>RSA PKCS#1 v1.5 with %1</source>
        <translation>RSA PKCS#1 v1.5 mit %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="147"/>
        <source>RSA-PSS with %1</source>
        <translation>RSA-PSS mit %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="149"/>
        <source>ECDSA with %1</source>
        <translation>ECDSA mit %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="173"/>
        <source>The key&apos;s CKA_SIGN is false: the token will not sign with it.</source>
        <translation>CKA_SIGN des Schlüssels ist false: Das Token signiert nicht damit.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="175"/>
        <source>%1 needs a different key type than this %2 key.</source>
        <translation>%1 braucht einen anderen Schlüsseltyp als diesen %2-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="178"/>
        <source>Only Ed25519 is supported for EdDSA signatures, not %1.</source>
        <translation>Für EdDSA-Signaturen wird nur Ed25519 unterstützt, nicht %1.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="182"/>
        <source>The hash &quot;%1&quot; is not offered; use sha256, sha384 or sha512.</source>
        <translation>Der Hash „%1“ wird nicht angeboten; verwenden Sie sha256, sha384 oder sha512.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="186"/>
        <source>A %1-bit RSA key is too small for RSA-PSS with %2.</source>
        <translation>Ein %1-Bit-RSA-Schlüssel ist zu klein für RSA-PSS mit %2.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="190"/>
        <location filename="../backend/TokenSigner.cpp" line="246"/>
        <source>Ed25519 hashes internally; no separate hash can be chosen.</source>
        <translation>Ed25519 hasht intern; ein separater Hash kann nicht gewählt werden.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="195"/>
        <source>The token does not offer %1, which %2 needs.</source>
        <translation>Das Token bietet %1 nicht an, das %2 jedoch braucht.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="198"/>
        <source>The token&apos;s %1 cannot sign (CKF_SIGN not set).</source>
        <translation>%1 des Tokens kann nicht signieren (CKF_SIGN nicht gesetzt).</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="201"/>
        <source>The token&apos;s %1 takes RSA keys of %2 to %3 bits, not %4.</source>
        <translation>%1 des Tokens akzeptiert RSA-Schlüssel mit %2 bis %3 Bit, nicht %4.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="247"/>
        <source>Leave the hash out for Ed25519 keys.</source>
        <translation>Lassen Sie den Hash bei Ed25519-Schlüsseln weg.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="251"/>
        <source>RSA-PSS needs an RSA key.</source>
        <translation>RSA-PSS braucht einen RSA-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="252"/>
        <source>Leave --pss out.</source>
        <translation>Lassen Sie --pss weg.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="255"/>
        <source>The hash &quot;%1&quot; is not offered.</source>
        <translation>Der Hash „%1“ wird nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="256"/>
        <source>Use sha256, sha384 or sha512.</source>
        <translation>Verwenden Sie sha256, sha384 oder sha512.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="263"/>
        <source>Keys of type %1 cannot sign certificates here.</source>
        <translation>Schlüssel vom Typ %1 können hier keine Zertifikate signieren.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="264"/>
        <source>Use an RSA, EC or Ed25519 key.</source>
        <translation>Verwenden Sie einen RSA-, EC- oder Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="270"/>
        <source>&quot;%1&quot; is not a private key.</source>
        <translation>„%1“ ist kein privater Schlüssel.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="271"/>
        <source>Choose the private key of the pair.</source>
        <translation>Wählen Sie den privaten Schlüssel des Paares.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="279"/>
        <source>The key has no readable CKA_KEY_TYPE.</source>
        <translation>Der Schlüssel hat kein lesbares CKA_KEY_TYPE.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="292"/>
        <source>The key&apos;s public key does not decode: %1</source>
        <translation>Der öffentliche Schlüssel des Schlüsselpaars lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="331"/>
        <source>Choose another signature algorithm or key; the token&apos;s mechanism list is on the Mechanisms tab.</source>
        <translation>Wählen Sie einen anderen Signaturalgorithmus oder Schlüssel; die Mechanismenliste des Tokens steht im Reiter „Mechanismen“.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="412"/>
        <source>%1 is only signed through libp11.</source>
        <translation>%1 wird nur über libp11 signiert.</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="446"/>
        <source>The token&apos;s ECDSA signature has an odd length (%1 bytes).</source>
        <translation>Die ECDSA-Signatur des Tokens hat eine ungerade Länge (%1 Byte).</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="512"/>
        <location filename="../backend/TokenSigner.cpp" line="552"/>
        <source>The token&apos;s signature does not verify with the key&apos;s public key: %1</source>
        <translation>Die Signatur des Tokens lässt sich mit dem öffentlichen Schlüssel des Schlüsselpaars nicht verifizieren: %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenSigner.cpp" line="514"/>
        <location filename="../backend/TokenSigner.cpp" line="554"/>
        <source>The private key and the public key with the same ID may not belong together.</source>
        <translation>Der private und der öffentliche Schlüssel mit derselben ID gehören möglicherweise nicht zusammen.</translation>
    </message>
</context>
<context>
    <name>hsm::softcardtool</name>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="16"/>
        <source>unexpected output from softcardtool: %1: “%2”</source>
        <translation>unerwartete Ausgabe von softcardtool: %1: „%2“</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="42"/>
        <source>expected “Softcards: N” first</source>
        <translation>zuerst „Softcards: N“ erwartet</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="53"/>
        <source>line not understood</source>
        <translation>Zeile nicht verstanden</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="59"/>
        <source>softcard ID is not alphanumeric</source>
        <translation>Softcard-ID ist nicht alphanumerisch</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="67"/>
        <source>key count is not a number</source>
        <translation>Schlüsselanzahl ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="72"/>
        <source>no output at all</source>
        <translation>überhaupt keine Ausgabe</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="74"/>
        <source>%1 softcards announced, %2 listed</source>
        <translation>%1 Softcards angekündigt, %2 aufgelistet</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="78"/>
        <source>a softcard without ID or name</source>
        <translation>eine Softcard ohne ID oder Namen</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="79"/>
        <source>has keys</source>
        <translation>enthält Schlüssel</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="79"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="127"/>
        <source>check the Web Services server address and the client certificate in pkcs11webservices.cfg (softcardtool uses the library&apos;s configuration), then verify the connection (softcardtool -v1).</source>
        <translation>Prüfen Sie die Adresse des Web-Services-Servers und das Client-Zertifikat in pkcs11webservices.cfg (softcardtool verwendet die Konfiguration der Bibliothek) und prüfen Sie dann die Verbindung (softcardtool -v1).</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="131"/>
        <source>delete the softcard&apos;s keys first (log in to its token and delete its objects), then delete the softcard again.</source>
        <translation>Löschen Sie zuerst die Schlüssel der Softcard (beim Token anmelden und seine Objekte löschen) und löschen Sie dann die Softcard erneut.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="134"/>
        <source>use only letters, digits, &apos;-&apos; and &apos;_&apos; in softcard names and passphrases.</source>
        <translation>Verwenden Sie in Softcard-Namen und Passphrasen nur Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="136"/>
        <source>refresh the list: the softcard may have been deleted already.</source>
        <translation>Aktualisieren Sie die Liste: Die Softcard wurde möglicherweise schon gelöscht.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="138"/>
        <source>this softcardtool prints something HSM Workbench does not know; run it by hand (softcardtool -l) to see what it says, and report its version (softcardtool -V).</source>
        <translation>Dieses softcardtool gibt etwas aus, das HSM Workbench nicht kennt; führen Sie es von Hand aus (softcardtool -l), um die Ausgabe zu sehen, und melden Sie seine Version (softcardtool -V).</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="141"/>
        <source>install the nShield Web Services PKCS#11 package or set the path of softcardtool.</source>
        <translation>Installieren Sie das PKCS#11-Paket von nShield Web Services oder legen Sie den Pfad von softcardtool fest.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="143"/>
        <source>the Web Services server may be slow or unreachable; verify the connection.</source>
        <translation>Der Web-Services-Server ist möglicherweise langsam oder nicht erreichbar; prüfen Sie die Verbindung.</translation>
    </message>
    <message>
        <location filename="../backend/SoftcardToolOutput.cpp" line="145"/>
        <source>see softcardtool&apos;s message above; run it by hand with -v for details.</source>
        <translation>Siehe die Meldung von softcardtool oben; für Details führen Sie es von Hand mit -v aus.</translation>
    </message>
</context>
<context>
    <name>hsm::tokenadmin</name>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="42"/>
        <location filename="../backend/TokenAdmin.cpp" line="152"/>
        <location filename="../backend/TokenAdmin.cpp" line="156"/>
        <location filename="../backend/TokenAdmin.cpp" line="161"/>
        <source>PIN check</source>
        <translation>PIN-Prüfung</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="42"/>
        <source>no %1 was given</source>
        <translation>es wurde keine %1 angegeben</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="43"/>
        <source>enter the PIN; this token has no PIN pad.</source>
        <translation>Geben Sie die PIN ein; dieses Token hat kein PIN-Pad.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="52"/>
        <source>the token &quot;%1&quot; is write-protected; nothing was sent to it</source>
        <translation>das Token „%1“ ist schreibgeschützt; es wurde nichts an das Token gesendet</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="53"/>
        <source>remove the write protection (switch, policy or vendor tool) and try again.</source>
        <translation>Heben Sie den Schreibschutz auf (Schalter, Richtlinie oder Herstellerwerkzeug) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="62"/>
        <source>re-initialise the token (this destroys its objects).</source>
        <translation>Initialisieren Sie das Token neu (dies vernichtet seine Objekte).</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="63"/>
        <source>unblock the user PIN as security officer.</source>
        <translation>Entsperren Sie die Benutzer-PIN als Sicherheitsbeauftragter.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="66"/>
        <source>confirm that you want to use the final try, and double-check the PIN.</source>
        <translation>Bestätigen Sie, dass Sie den letzten Versuch nutzen wollen, und prüfen Sie die PIN genau.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="94"/>
        <location filename="../backend/TokenAdmin.cpp" line="195"/>
        <location filename="../backend/TokenAdmin.cpp" line="303"/>
        <source>SO PIN</source>
        <translation>SO-PIN</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="94"/>
        <location filename="../backend/TokenAdmin.cpp" line="199"/>
        <source>user PIN</source>
        <translation>Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="95"/>
        <source>current %1</source>
        <translation>aktuelle %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="97"/>
        <source>new %1</source>
        <translation>neue %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="146"/>
        <source>this token accepts %1 to %2 bytes</source>
        <translation>dieses Token akzeptiert %1 bis %2 Byte</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="148"/>
        <source>this token accepts at least %1 bytes</source>
        <translation>dieses Token akzeptiert mindestens %1 Byte</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="150"/>
        <source>this token accepts at most %1 bytes</source>
        <translation>dieses Token akzeptiert höchstens %1 Byte</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="152"/>
        <source>the %1 is empty</source>
        <translation>die %1 ist leer</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="153"/>
        <source>enter a PIN.</source>
        <translation>Geben Sie eine PIN ein.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="153"/>
        <source>enter a PIN; %1.</source>
        <translation>Geben Sie eine PIN ein; %1.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="157"/>
        <source>the %1 is too short (%2 bytes); nothing was sent to the token</source>
        <translation>die %1 ist zu kurz (%2 Byte); es wurde nichts an das Token gesendet</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="158"/>
        <source>use a longer PIN: %1.</source>
        <translation>Verwenden Sie eine längere PIN: %1.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="162"/>
        <source>the %1 is too long (%2 bytes); nothing was sent to the token</source>
        <translation>die %1 ist zu lang (%2 Byte); es wurde nichts an das Token gesendet</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="163"/>
        <source>use a shorter PIN: %1.</source>
        <translation>Verwenden Sie eine kürzere PIN: %1.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="170"/>
        <source>the token label is empty</source>
        <translation>die Token-Bezeichnung ist leer</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="171"/>
        <source>give the token a label, so it can be told apart from other tokens.</source>
        <translation>Geben Sie dem Token eine Bezeichnung, damit es sich von anderen Tokens unterscheiden lässt.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="175"/>
        <source>the token label is %1 bytes long in UTF-8; PKCS#11 allows 32</source>
        <translation>die Token-Bezeichnung ist in UTF-8 %1 Byte lang; PKCS#11 erlaubt 32</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="176"/>
        <source>use a shorter label (characters outside ASCII take 2 to 4 bytes).</source>
        <translation>Verwenden Sie eine kürzere Bezeichnung (Zeichen außerhalb von ASCII belegen 2 bis 4 Byte).</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="179"/>
        <source>the token label ends with a space</source>
        <translation>die Token-Bezeichnung endet mit einem Leerzeichen</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="180"/>
        <source>remove the trailing spaces: PKCS#11 pads labels with spaces, so they would be lost.</source>
        <translation>Entfernen Sie die Leerzeichen am Ende: PKCS#11 füllt Bezeichnungen mit Leerzeichen auf, daher gingen sie verloren.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="226"/>
        <source>close every session on this token (log out, close other views of it) and try again.</source>
        <translation>Schließen Sie alle Sitzungen auf diesem Token (abmelden, andere Ansichten davon schließen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="236"/>
        <location filename="../backend/TokenAdmin.cpp" line="241"/>
        <source>the token was initialised, but the user PIN was not set: %1</source>
        <translation>das Token wurde initialisiert, aber die Benutzer-PIN wurde nicht gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="237"/>
        <location filename="../backend/TokenAdmin.cpp" line="242"/>
        <source>set the user PIN as security officer (Initialise user PIN).</source>
        <translation>Setzen Sie die Benutzer-PIN als Sicherheitsbeauftragter (Benutzer-PIN initialisieren).</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="252"/>
        <location filename="../backend/TokenAdmin.cpp" line="305"/>
        <source>new user PIN</source>
        <translation>neue Benutzer-PIN</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="259"/>
        <source>the session is not logged in as security officer</source>
        <translation>die Sitzung ist nicht als Sicherheitsbeauftragter angemeldet</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="260"/>
        <source>log in as security officer first.</source>
        <translation>Melden Sie sich zuerst als Sicherheitsbeauftragter an.</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="289"/>
        <source>current SO PIN</source>
        <translation>aktuelle SO-PIN</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="291"/>
        <source>new SO PIN</source>
        <translation>neue SO-PIN</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="294"/>
        <source>the token is logged in as user; log out before changing the SO PIN</source>
        <translation>am Token ist ein Benutzer angemeldet; melden Sie ihn ab, bevor Sie die SO-PIN ändern</translation>
    </message>
    <message>
        <location filename="../backend/TokenAdmin.cpp" line="308"/>
        <source>the token is logged in as user; log out before logging in as security officer</source>
        <translation>am Token ist ein Benutzer angemeldet; melden Sie ihn ab, bevor Sie sich als Sicherheitsbeauftragter anmelden</translation>
    </message>
</context>
</TS>
