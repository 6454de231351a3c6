// SPDX-License-Identifier: EUPL-1.2
// One libFuzzer target; LVDESK_FUZZ_TARGET names which FuzzEntry target this binary drives.

#include "fuzzentry.h"

#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

lvdesk::FuzzEntry::Target g_target;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Some Qt code (translations, temporary paths) expects an application object.
    static QCoreApplication app(*argc, *argv);
    if (!lvdesk::FuzzEntry::targetFromName(QStringLiteral(LVDESK_FUZZ_TARGET), &g_target))
        qFatal("unknown fuzz target %s", LVDESK_FUZZ_TARGET);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    lvdesk::FuzzEntry::run(
        g_target, QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)));
    return 0;
}
