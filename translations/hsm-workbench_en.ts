<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hsm::AddModuleDialog</name>
    <message numerus="yes">
        <location filename="../views/AddModuleDialog.cpp" line="104"/>
        <source>%n registered module(s).</source>
        <translation>
            <numerusform>%n registered module.</numerusform>
            <numerusform>%n registered modules.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::AttributeReader</name>
    <message numerus="yes">
        <location filename="../backend/AttributeReader.cpp" line="22"/>
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribute</numerusform>
            <numerusform>%n attributes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::BundleCheckController</name>
    <message numerus="yes">
        <location filename="../views/BundleCheckController.cpp" line="182"/>
        <source>Wrote the ordered PEM (%n certificate(s), no root) to %1</source>
        <translation>
            <numerusform>Wrote the ordered PEM (%n certificate, no root) to %1</numerusform>
            <numerusform>Wrote the ordered PEM (%n certificates, no root) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ChainView</name>
    <message numerus="yes">
        <location filename="../views/ChainView.cpp" line="219"/>
        <source>Gathering certificates… (%n source(s) still reading)</source>
        <translation>
            <numerusform>Gathering certificates… (%n source still reading)</numerusform>
            <numerusform>Gathering certificates… (%n sources still reading)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ChainView.cpp" line="221"/>
        <source>Built from %n candidate certificate(s).</source>
        <translation>
            <numerusform>Built from %n candidate certificate.</numerusform>
            <numerusform>Built from %n candidate certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::DataObjectDialog</name>
    <message numerus="yes">
        <location filename="../views/DataObjectDialog.cpp" line="163"/>
        <source>Size: %1 (%n byte(s))</source>
        <translation>
            <numerusform>Size: %1 (%n byte)</numerusform>
            <numerusform>Size: %1 (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::DeleteObjectsDialog</name>
    <message numerus="yes">
        <location filename="../views/DeleteObjectsDialog.cpp" line="41"/>
        <source>Delete %n object(s) from token “%1”? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n object from token “%1”? This cannot be undone.</numerusform>
            <numerusform>Delete %n objects from token “%1”? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/DeleteObjectsDialog.cpp" line="58"/>
        <source>Also delete the %n public key(s) and certificate(s) with the same ID:</source>
        <translation>
            <numerusform>Also delete the %n public key and certificate with the same ID:</numerusform>
            <numerusform>Also delete the %n public keys and certificates with the same ID:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ExpiringCertificatesModel</name>
    <message numerus="yes">
        <location filename="../models/ExpiringCertificatesModel.cpp" line="59"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/ExpiringCertificatesModel.cpp" line="65"/>
        <source>Expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>Expires on %1, in %n day</numerusform>
            <numerusform>Expires on %1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ExpiryView</name>
    <message numerus="yes">
        <location filename="../views/ExpiryView.cpp" line="86"/>
        <source>Reading certificates… (%n token(s) still reading)</source>
        <translation>
            <numerusform>Reading certificates… (%n token still reading)</numerusform>
            <numerusform>Reading certificates… (%n tokens still reading)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ExpiryView.cpp" line="88"/>
        <source>%n certificate(s) expire within the period or have expired.</source>
        <translation>
            <numerusform>%n certificate expires within the period or have expired.</numerusform>
            <numerusform>%n certificates expire within the period or have expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ImportController</name>
    <message numerus="yes">
        <location filename="../views/ImportController.cpp" line="133"/>
        <source>Import finished: %n object(s) created.</source>
        <translation>
            <numerusform>Import finished: %n object created.</numerusform>
            <numerusform>Import finished: %n objects created.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::NShieldSoftcardProvider</name>
    <message numerus="yes">
        <location filename="../backend/SoftcardNShieldProvider.cpp" line="192"/>
        <source>Connected; %n softcard(s) on the server.</source>
        <translation>
            <numerusform>Connected; %n softcard on the server.</numerusform>
            <numerusform>Connected; %n softcards on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ObjectActions</name>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="138"/>
        <source>Deleting %n object(s)…</source>
        <translation>
            <numerusform>Deleting %n object…</numerusform>
            <numerusform>Deleting %n objects…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="161"/>
        <source>Deleted %n object(s)</source>
        <translation>
            <numerusform>Deleted %n object</numerusform>
            <numerusform>Deleted %n objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="222"/>
        <source>Changed %n attribute(s)</source>
        <translation>
            <numerusform>Changed %n attribute</numerusform>
            <numerusform>Changed %n attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/ObjectActions.cpp" line="358"/>
        <source>Exported to %1 (%n byte(s))</source>
        <translation>
            <numerusform>Exported to %1 (%n byte)</numerusform>
            <numerusform>Exported to %1 (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ObjectAdmin</name>
    <message numerus="yes">
        <location filename="../backend/ObjectAdmin.cpp" line="238"/>
        <source>%n object(s) could not be deleted: %1.</source>
        <translation>
            <numerusform>%n object could not be deleted: %1.</numerusform>
            <numerusform>%n objects could not be deleted: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::ObjectTableModel</name>
    <message numerus="yes">
        <location filename="../models/ObjectTableModel.cpp" line="129"/>
        <source>Expires within %n day(s), on %1</source>
        <translation>
            <numerusform>Expires within %n day, on %1</numerusform>
            <numerusform>Expires within %n days, on %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::SoftcardController</name>
    <message numerus="yes">
        <location filename="../views/SoftcardController.cpp" line="229"/>
        <source>%n softcard(s)</source>
        <translation>
            <numerusform>%n softcard</numerusform>
            <numerusform>%n softcards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/SoftcardController.cpp" line="446"/>
        <source>Deleted %n key(s) of “%1”</source>
        <translation>
            <numerusform>Deleted %n key of “%1”</numerusform>
            <numerusform>Deleted %n keys of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::TokenSelector</name>
    <message numerus="yes">
        <location filename="../backend/TokenSelector.cpp" line="85"/>
        <source>%n tokens match “%1”: %2.</source>
        <translation>
            <numerusform>%n tokens match “%1”: %2.</numerusform>
            <numerusform>%n tokens match “%1”: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::bundle</name>
    <message numerus="yes">
        <location filename="../backend/ClientBundle.cpp" line="70"/>
        <source>“%1” has %n byte(s) after its certificate.</source>
        <translation>
            <numerusform>“%1” has %n byte after its certificate.</numerusform>
            <numerusform>“%1” has %n bytes after its certificate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ClientBundleChain.cpp" line="166"/>
        <source>%1 expires on %2, in %n day(s).</source>
        <translation>
            <numerusform>%1 expires on %2, in %n day.</numerusform>
            <numerusform>%1 expires on %2, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/ClientBundleChain.cpp" line="170"/>
        <source>All %n certificate(s) of the chain are valid; the first to expire does on %1.</source>
        <translation>
            <numerusform>All %n certificate of the chain are valid; the first to expire does on %1.</numerusform>
            <numerusform>All %n certificates of the chain are valid; the first to expire does on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::certimport</name>
    <message numerus="yes">
        <location filename="../backend/CertImport.cpp" line="392"/>
        <source>%1 with %n certificate(s).</source>
        <translation>
            <numerusform>%1 with %n certificate.</numerusform>
            <numerusform>%1 with %n certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hsm::chain</name>
    <message numerus="yes">
        <location filename="../backend/CertChain.cpp" line="124"/>
        <source>No path length limit (%n CA certificate(s) below)</source>
        <translation>
            <numerusform>No path length limit (%n CA certificate below)</numerusform>
            <numerusform>No path length limit (%n CA certificates below)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/CertChain.cpp" line="127"/>
        <source>Path length %1 exceeded: %n CA certificate(s) below it</source>
        <translation>
            <numerusform>Path length %1 exceeded: %n CA certificate below it</numerusform>
            <numerusform>Path length %1 exceeded: %n CA certificates below it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../backend/CertChain.cpp" line="128"/>
        <source>pathlen:%1 (%n CA certificate(s) below)</source>
        <translation>
            <numerusform>pathlen:%1 (%n CA certificate below)</numerusform>
            <numerusform>pathlen:%1 (%n CA certificates below)</numerusform>
        </translation>
    </message>
</context>
</TS>
