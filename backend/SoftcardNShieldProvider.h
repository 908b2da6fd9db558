#pragma once

#include "SoftcardProvider.h"
#include "SoftcardToolProcess.h"

#include <QStringList>

namespace hsm {

/// nShield Web Services softcards, through softcardtool exactly as the guide (seeds/001, 5.1)
/// documents it: `-g --name=NAME` (the passphrase typed at its prompt, never in argv), `-l`,
/// `-d --ID=ID`, `-v1` to verify the server connection. The tool uses the PKCS#11 library's
/// configuration (pkcs11webservices.cfg), so there is nothing to pass for the server.
///
/// The guide says special characters in names and passphrases are not supported. We refuse them
/// before running the tool: names and passphrases may hold ASCII letters, digits, '-' and '_'.
/// '-' and '_' are the usual separators of identifiers and cannot be mistaken for shell or option
/// syntax inside "--name=…"; space is refused because a name becomes a token label (where trailing
/// spaces are padding) and a line-reading prompt may strip a passphrase's spaces unnoticed.
class NShieldSoftcardProvider : public SoftcardProvider {
public:
    static constexpr int kMaxNameLength = 32;        ///< a token label: 32 bytes
    static constexpr int kMinPassphraseLength = 8;   ///< our floor; the guide states none
    static constexpr int kMaxPassphraseLength = 128; ///< a bound on what we write to the prompt

    explicit NShieldSoftcardProvider(QString toolPath, int timeoutMs = 60000);

    [[nodiscard]] SoftcardProviderKind kind() const override { return SoftcardProviderKind::NShield; }
    [[nodiscard]] QString location() const override;
    [[nodiscard]] bool canVerify() const override { return true; }
    [[nodiscard]] const QString& toolPath() const { return m_toolPath; }

    [[nodiscard]] SoftcardResult<QList<Softcard>> list() override;
    [[nodiscard]] SoftcardResult<Softcard> create(const SoftcardCreateRequest& request) override;
    [[nodiscard]] SoftcardResult<void> remove(const Softcard& softcard) override;
    [[nodiscard]] SoftcardResult<QString> verify() override;

    /// The character and length rules above; nothing is run.
    [[nodiscard]] static SoftcardResult<void> checkName(const QString& name);
    [[nodiscard]] static SoftcardResult<void> checkPassphrase(const SecureBuffer& passphrase);
    [[nodiscard]] static SoftcardResult<void> checkId(const QString& id);

private:
    /// Runs the tool; a run that did not end normally with exit code 0 becomes the error.
    [[nodiscard]] SoftcardResult<ToolRun> run(const QStringList& arguments,
                                              const SecureBuffer* secret = nullptr);

    QString m_toolPath;
    int m_timeoutMs;
};

} // namespace hsm
