#pragma once
// Texts for people made in drover::reconcile outside a QObject (free functions, value types,
// worker threads) are Tr::tr("…"): lupdate files them under the context "drover::reconcile".
// QtCore only. Without an installed translator (tests, daemons) tr() returns the English
// source unchanged.
#include <QCoreApplication>

namespace drover::reconcile {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drover::reconcile)
};

} // namespace drover::reconcile
