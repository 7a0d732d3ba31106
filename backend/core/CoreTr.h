#pragma once
// Texts for people made in drover::core outside a QObject (free functions, value types,
// worker threads) are Tr::tr("…"): lupdate files them under the context "drover::core".
// QtCore only. Without an installed translator (tests, daemons) tr() returns the English
// source unchanged.
#include <QCoreApplication>

namespace drover::core {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drover::core)
};

} // namespace drover::core
