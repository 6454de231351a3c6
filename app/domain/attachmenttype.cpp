// SPDX-License-Identifier: EUPL-1.2

#include "domain/attachmenttype.h"

#include <QFileInfo>
#include <QMimeDatabase>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lvdesk {

namespace {

QString suffixOf(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot < 0 ? QString() : name.mid(dot + 1).toLower();
}

bool inheritsAny(const QMimeType &type, std::initializer_list<QLatin1StringView> names)
{
    for (QLatin1StringView name : names) {
        if (type.inherits(QString(name)))
            return true;
    }
    return false;
}

} // namespace

bool AttachmentType::isDangerousExtension(const QString &suffix)
{
    static const QSet<QString> dangerous{
        // Windows programs, libraries, installers, scripts and shortcuts.
        u"exe"_s, u"com"_s, u"bat"_s, u"cmd"_s, u"ps1"_s, u"psm1"_s, u"psd1"_s, u"vbs"_s, u"vbe"_s,
        u"js"_s, u"jse"_s, u"wsf"_s, u"wsh"_s, u"wsc"_s, u"hta"_s, u"lnk"_s, u"url"_s, u"scr"_s,
        u"pif"_s, u"cpl"_s, u"msi"_s, u"msp"_s, u"mst"_s, u"msc"_s, u"dll"_s, u"sys"_s, u"ocx"_s,
        u"inf"_s, u"reg"_s, u"scf"_s, u"gadget"_s, u"application"_s, u"appx"_s, u"msix"_s,
        u"appref-ms"_s, u"settingcontent-ms"_s, u"library-ms"_s, u"chm"_s, u"hlp"_s, u"iso"_s,
        u"img"_s, u"vhd"_s, u"vhdx"_s,
        // Office documents that carry macros.
        u"docm"_s, u"dotm"_s, u"xlsm"_s, u"xltm"_s, u"xlam"_s, u"pptm"_s, u"potm"_s, u"ppam"_s,
        // Java, Linux and macOS programs and scripts.
        u"jar"_s, u"jnlp"_s, u"sh"_s, u"bash"_s, u"zsh"_s, u"csh"_s, u"ksh"_s, u"py"_s, u"pyw"_s,
        u"pl"_s, u"rb"_s, u"php"_s, u"desktop"_s, u"appimage"_s, u"run"_s, u"bin"_s, u"elf"_s,
        u"so"_s, u"deb"_s, u"rpm"_s, u"snap"_s, u"flatpak"_s, u"command"_s, u"app"_s, u"pkg"_s,
        u"dmg"_s,
        // Web pages and SVG can run scripts in a browser.
        u"htm"_s, u"html"_s, u"xhtml"_s, u"mht"_s, u"mhtml"_s, u"svg"_s, u"svgz"_s, u"xml"_s,
        u"xsl"_s};
    return dangerous.contains(suffix.toLower());
}

bool AttachmentType::isDangerousType(const QMimeType &type)
{
    return inheritsAny(type, {"application/x-executable"_L1,
                              "application/x-sharedlib"_L1,
                              "application/x-ms-dos-executable"_L1,
                              "application/x-msdownload"_L1,
                              "application/vnd.microsoft.portable-executable"_L1,
                              "application/x-msi"_L1,
                              "application/x-ms-shortcut"_L1,
                              "application/x-shellscript"_L1,
                              "application/javascript"_L1,
                              "application/ecmascript"_L1,
                              "text/javascript"_L1,
                              "text/vbscript"_L1,
                              "application/x-desktop"_L1,
                              "application/java-archive"_L1,
                              "application/x-java-archive"_L1,
                              "application/x-perl"_L1,
                              "text/x-python"_L1,
                              "text/x-python3"_L1,
                              "application/x-php"_L1,
                              "application/x-ruby"_L1,
                              "text/html"_L1,
                              "image/svg+xml"_L1,
                              "application/xhtml+xml"_L1,
                              "application/x-appimage"_L1,
                              "application/vnd.appimage"_L1});
}

AttachmentType::Decision AttachmentType::decide(const QString &localName, const QByteArray &content)
{
    const QMimeDatabase mimes;
    Decision d;
    const QMimeType detected = mimes.mimeTypeForData(content);
    d.detectedType = detected.name();
    const QString suffix = suffixOf(localName);

    // What the bytes are decides first: a program stays a program whatever it is called.
    if (isDangerousExtension(suffix) || isDangerousType(detected)) {
        d.handling = Handling::SaveOnlyDangerous;
        d.reason = tr("This file is a program, a script, a shortcut or a web page (it is %1). "
                      "Opening it could run code on this workstation, so lvdesk only saves it. "
                      "Open it only if you know what it is, and ask IT support if unsure.")
                       .arg(detected.comment().isEmpty() ? detected.name() : detected.comment());
        return d;
    }
    if (detected.inherits(u"application/pdf"_s)) {
        d.handling = Handling::PreviewPdf;
        return d;
    }
    if (inheritsAny(detected, {"image/png"_L1, "image/jpeg"_L1, "image/gif"_L1, "image/bmp"_L1,
                               "image/tiff"_L1, "image/webp"_L1})) {
        d.handling = Handling::PreviewImage;
        return d;
    }
    // Other documents open in the workstation's program only when the name and the content
    // agree on a harmless type: a file called .docx must be a word-processing document.
    static const QSet<QString> harmless{
        u"txt"_s, u"csv"_s, u"odt"_s, u"ods"_s, u"odp"_s, u"odg"_s, u"docx"_s, u"xlsx"_s, u"pptx"_s,
        u"rtf"_s, u"doc"_s, u"xls"_s, u"ppt"_s, u"dwg"_s, u"dxf"_s, u"zip"_s,  u"eml"_s,  u"msg"_s};
    const QMimeType byName = mimes.mimeTypeForFile(localName, QMimeDatabase::MatchExtension);
    const bool agree = byName.isValid() && !byName.isDefault()
                       && (detected.inherits(byName.name()) || byName.inherits(detected.name()));
    if (harmless.contains(suffix) && agree) {
        d.handling = Handling::OpenExternally;
        return d;
    }
    d.handling = Handling::SaveOnly;
    d.reason = harmless.contains(suffix)
                   ? tr("The file is called a %1 file, but its content is %2. lvdesk does not open "
                        "a file whose name and content disagree; save it and check it first.")
                         .arg(suffix,
                              detected.comment().isEmpty() ? detected.name() : detected.comment())
                   : tr("lvdesk opens PDF files, images and common office documents. Save this "
                        "file (%1) and open it with a program you trust.")
                         .arg(detected.comment().isEmpty() ? detected.name() : detected.comment());
    return d;
}

} // namespace lvdesk
