// SPDX-License-Identifier: EUPL-1.2

#pragma once

#include <QCoreApplication>
#include <QMimeType>
#include <QString>

namespace lvdesk {

// AttachmentType: what lvdesk may do with an attachment's file, decided from its safe local name
// (SafeFileNames) and the type its bytes show (QMimeDatabase on the content, never the
// contentType the customer's browser reported). PDF and images are shown inside lvdesk; other
// files open in the workstation's own program only when the extension is on a harmless list and
// the content agrees with it; programs, scripts, shortcuts and installers are only saved, with a
// warning. Proven by tst_AttachmentType.
class AttachmentType
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentType)

public:
    enum class Handling {
        PreviewPdf, // shown in lvdesk's own PDF view
        PreviewImage, // shown in lvdesk's own image view
        OpenExternally, // harmless and consistent: the system's viewer may open it
        SaveOnly, // saved where the officer chooses, not opened by lvdesk
        SaveOnlyDangerous, // a program, script or shortcut: saved only, with a warning
    };

    struct Decision
    {
        Handling handling = Handling::SaveOnly;
        QString detectedType; // the content's MIME type name
        QString reason; // translated; why it is saved only (empty otherwise)
    };

    // localName: the safe local file name; content: the file's first bytes (a few kilobytes are
    // enough for every signature QMimeDatabase knows).
    static Decision decide(const QString &localName, const QByteArray &content);

    // Extensions that name programs, scripts, shortcuts or installers on Windows or Linux.
    static bool isDangerousExtension(const QString &suffix);
    // A content type that is a program or a script, whatever the file is called.
    static bool isDangerousType(const QMimeType &type);
};

} // namespace lvdesk
