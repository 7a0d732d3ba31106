#pragma once
// Texts for people made in drover::console outside a QObject (free functions, value types,
// worker threads) are Tr::tr("…"): lupdate files them under the context "drover::console".
// QtCore only. Without an installed translator (tests, daemons) tr() returns the English
// source unchanged.
#include <QCoreApplication>

namespace drover::console {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drover::console)
};

} // namespace drover::console
