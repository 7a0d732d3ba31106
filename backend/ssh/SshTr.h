#pragma once
// Texts for people made in drover::ssh outside a QObject (the worker thread, value types) are
// Tr::tr("…"): lupdate files them under the context "drover::ssh". QtCore only. Without an
// installed translator (tests, daemons) tr() returns the English source unchanged.
#include <QCoreApplication>

namespace drover::ssh {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(drover::ssh)
};

} // namespace drover::ssh
