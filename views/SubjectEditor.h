#pragma once

#include "CertRequest.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QWidget>
#include <utility>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTableWidget;

namespace hsm {

// The parts of a certificate the enrollment wizard, the issue dialog and the self-signed dialog
// all edit: subject, usages and the output file. Shared so the three say and check the same.

/// One line edit per common subject attribute (C, ST, L, O, OU, CN, emailAddress) plus a table of
/// free attributes, checked with certs::validateName as the user types. Values are kept exactly
/// as typed (UTF-8, no trimming): what the user sees is what goes into the name.
class SubjectEditor : public QWidget {
    Q_OBJECT
public:
    explicit SubjectEditor(QWidget* parent = nullptr);

    /// The name in display order (C, ST, L, O, OU, free attributes, CN, emailAddress); empty
    /// fields are left out.
    [[nodiscard]] certs::DistinguishedName name() const;
    /// Every problem of name(), one sentence each; empty when it can be used.
    [[nodiscard]] QStringList problems() const;
    [[nodiscard]] bool isValid() const { return problems().isEmpty(); }
    /// Fills the field `field` ("CN", ...) when it is one of the common ones and still empty.
    void suggest(const QString& field, const QString& value);

signals:
    void changed();

private:
    void addAttributeRow();
    void removeAttributeRow();
    void revalidate();
    [[nodiscard]] QLineEdit* field(const QString& name) const;

    QList<std::pair<QString, QLineEdit*>> m_fields;
    QTableWidget* m_extra = nullptr;
    QLabel* m_problems = nullptr;
};

/// Key usage and extended key usage check boxes (objectNames "ku_<name>", "eku_<name>").
class UsageEditor : public QWidget {
    Q_OBJECT
public:
    explicit UsageEditor(QWidget* parent = nullptr);

    [[nodiscard]] unsigned keyUsage() const;
    void setKeyUsage(unsigned bits);
    [[nodiscard]] QStringList extendedKeyUsages() const;
    void setExtendedKeyUsages(const QStringList& names);
    /// "Digital signature, Key encipherment; TLS client authentication" for review texts.
    [[nodiscard]] QString summary() const;

signals:
    void changed();

private:
    QList<std::pair<unsigned, QCheckBox*>> m_keyUsages;
    QList<std::pair<QString, QCheckBox*>> m_extendedUsages;
};

/// Where a result is written: PEM or DER, a path typed or filled by Browse (a non-blocking file
/// dialog, so tests and keyboard users can just type the path).
class OutputFileBox : public QWidget {
    Q_OBJECT
public:
    /// `pathName` is the path edit's objectName; `kind` names the content for the file dialog
    /// ("certificate request", "certificate").
    OutputFileBox(const QString& pathName, const QString& kind, QWidget* parent = nullptr);

    [[nodiscard]] QString path() const;
    [[nodiscard]] bool isDer() const;

signals:
    void changed();

private:
    void browse();

    QString m_kind;
    QLineEdit* m_path = nullptr;
    QRadioButton* m_pem = nullptr;
    QRadioButton* m_der = nullptr;
};

namespace certui {
/// Writes `bytes` to `path` through QSaveFile: on any error the file is left as it was.
[[nodiscard]] Result<void> saveFile(const QString& path, const QByteArray& bytes);
/// "RSA 2048 bits", "EC P-256" from a listing row.
[[nodiscard]] QString keyDescription(const ObjectSummary& key);
/// Private keys of a listing that can sign X.509 structures (RSA, EC, EdDSA).
[[nodiscard]] QList<ObjectSummary> signingKeys(const QList<ObjectSummary>& listed);
} // namespace certui

} // namespace hsm
