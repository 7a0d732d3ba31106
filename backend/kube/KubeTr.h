#pragma once
// Texts for people made in drover::kube outside a QObject (free functions, value types,
// worker threads) are Tr::tr("…"): lupdate files them under the context "drover::kube".
// QtCore only. Without an installed translator (tests, daemons) tr() returns the English
// source unchanged.
#include <QCoreApplication>

namespace drover::kube {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drover::kube)
};

} // namespace drover::kube
