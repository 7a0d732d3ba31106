// drover-sim: KubeVirt's vnc/screenshot subresource — the VMI's current console screen as a PNG
// (GET .../virtualmachineinstances/{name}/vnc/screenshot), as virt-api serves it for thumbnails.
#include "ConsoleSockets.h"

#include "ObjectStore.h"
#include "VmiJson.h"
#include "VncScreen.h"

#include <QBuffer>
#include <QImage>
#include <algorithm>

namespace drover::sim {

ConsoleSockets::Screenshot ConsoleSockets::screenshot(const QString &ns, const QString &name)
{
    const auto vmi = m_store->get(kube::ApiResource::virtualMachineInstances(), ns, name);
    if (!vmi)
        return {404, QStringLiteral("NotFound"), QStringLiteral("virtualmachineinstance.kubevirt.io \"%1\" not found").arg(name), {}};
    if (core::vmiPhaseOf(*vmi) != core::VmiPhase::Running)
        return {400, QStringLiteral("BadRequest"), QStringLiteral("VMI is not running"), {}};
    const VncScreen *screen = screenFor(Target{ns, name, QStringLiteral("vnc")}, *vmi);
    QImage img(screen->width(), screen->height(), QImage::Format_RGB32);
    for (int y = 0; y < screen->height(); ++y)
        std::copy_n(screen->row(y), screen->width(), reinterpret_cast<quint32 *>(img.scanLine(y)));
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG", 90);
    return {200, {}, {}, png};
}

} // namespace drover::sim
