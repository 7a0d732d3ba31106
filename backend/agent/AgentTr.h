#pragma once
// Texts for people made in drover::agent outside a QObject (free functions, value types,
// worker threads) are Tr::tr("…"): lupdate files them under the context "drover::agent".
// QtCore only. Without an installed translator (tests, daemons) tr() returns the English
// source unchanged.
#include <QCoreApplication>

namespace drover::agent {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drover::agent)
};

} // namespace drover::agent
