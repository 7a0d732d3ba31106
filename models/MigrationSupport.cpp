#include "MigrationSupport.h"

namespace drover::models {

QStringList vmKeysFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1String(kVmKeysMime)))
        return {};
    return QString::fromUtf8(data->data(QLatin1String(kVmKeysMime))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QMimeData *vmKeysMime(const QStringList &keys)
{
    auto *m = new QMimeData;
    m->setData(QLatin1String(kVmKeysMime), keys.join(QLatin1Char('\n')).toUtf8());
    m->setText(keys.join(QLatin1Char('\n'))); // dropped into a text editor: the VM names
    return m;
}

} // namespace drover::models
