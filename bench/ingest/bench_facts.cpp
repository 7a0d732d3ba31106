// bench_facts: what decoding a VM's and a VMI's facts (models/VmFacts: what the VM table and host
// tree show) costs per object, from the bytes the caches keep: the whole object through
// QJsonDocument and core::Vm, against Facts::fromJson, which reads the facts straight from
// simdjson's DOM of the bytes (VmFactsDom) and prints the fields they come from ("projected" in
// the output: the fields alone are read). The objects are a 500-host / 10,000-VM drover-sim's,
// listed over HTTPS by the real informers.
// Each of 7 rounds decodes every VM and every VMI both ways on this thread; medians per object.
#include "BenchStats.h"
#include "BenchWait.h"
#include "Informer.h"
#include "JsonProjection.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"
#include "VmFacts.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

using namespace drover;

namespace {

template <typename Facts>
double microsPerObject(const QList<kube::LazyObject> &objects, bool projected, int *valid)
{
    QElapsedTimer t;
    t.start();
    int n = 0;
    for (const kube::LazyObject &o : objects) {
        const Facts f = projected ? Facts::fromJson(o) : Facts::fromObject(o.json());
        n += f.valid;
    }
    *valid = n;
    return double(t.nsecsElapsed()) / 1e3 / double(qMax(1, int(objects.size())));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DROVER_SIM_BIN"))
        qputenv("DROVER_SIM_BIN", (QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/drover-sim")).toUtf8());
    test::SimProcess sim;
    if (!sim.start(
            {QStringLiteral("--generate"), QStringLiteral("500:10000"), QStringLiteral("--time-scale"), QStringLiteral("0")},
            120000)) {
        std::fprintf(stderr, "bench_facts: %s\n", qPrintable(sim.error()));
        return 1;
    }
    auto kc = kube::Kubeconfig::load({sim.kubeconfig()});
    auto ctx = kc ? kc->resolve() : Result<kube::ResolvedContext>::failure(kc.error());
    if (!ctx) {
        std::fprintf(stderr, "bench_facts: %s\n", qPrintable(ctx.error().message));
        return 1;
    }
    auto client = kube::KubeClient::create(*ctx);
    if (!client) {
        std::fprintf(stderr, "bench_facts: %s\n", qPrintable(client.error().message));
        return 1;
    }
    kube::Informer vmInf(*client, kube::ApiResource::virtualMachines());
    kube::Informer vmiInf(*client, kube::ApiResource::virtualMachineInstances());
    vmInf.start();
    vmiInf.start();
    if (!bench::waitFor([&] { return vmInf.cache()->synced() && vmiInf.cache()->synced(); }, 180000)) {
        std::fprintf(stderr, "bench_facts: the lists did not arrive\n");
        return 1;
    }
    const QList<kube::LazyObject> vms = vmInf.cache()->objects().values();
    const QList<kube::LazyObject> vmis = vmiInf.cache()->objects().values();
    qint64 vmReadable = 0, vmiReadable = 0;
    for (const auto &o : vms)
        vmReadable += o.json().isEmpty() ? 0 : 1;
    for (const auto &o : vmis)
        vmiReadable += o.json().isEmpty() ? 0 : 1;
    std::vector<double> vmWhole, vmProjected, vmiWhole, vmiProjected;
    int valid[4] = {};
    for (int round = 0; round < 7; ++round) {
        vmWhole.push_back(microsPerObject<models::VmFacts>(vms, false, &valid[0]));
        vmProjected.push_back(microsPerObject<models::VmFacts>(vms, true, &valid[1]));
        vmiWhole.push_back(microsPerObject<models::VmiFacts>(vmis, false, &valid[2]));
        vmiProjected.push_back(microsPerObject<models::VmiFacts>(vmis, true, &valid[3]));
    }
    if (valid[0] != vms.size() || valid[1] != vms.size() || valid[2] != vmis.size() || valid[3] != vmis.size()) {
        std::fprintf(stderr, "bench_facts: decoded %d/%d VMs and %d/%d VMIs of %lld and %lld\n", valid[0], valid[1], valid[2],
                     valid[3], static_cast<long long>(vms.size()), static_cast<long long>(vmis.size()));
        return 1;
    }
    // Where a VMI's projected decode goes; the text is also what a version whose read fields are
    // unchanged costs (readFacts then keeps the facts: a heartbeat, a new resourceVersion).
    const auto perVmi = [&](const std::function<int(const kube::LazyObject &)> &step) {
        QElapsedTimer t;
        t.start();
        int n = 0;
        for (int r = 0; r < 3; ++r)
            for (const auto &o : vmis)
                n += step(o);
        return n < 0 ? 0.0 : double(t.nsecsElapsed()) / 1e3 / (3.0 * double(vmis.size()));
    };
    const kube::JsonProjection nothing{"no such field"};
    const double parseUs = perVmi([&](const kube::LazyObject &o) { return int(o.projectedText(nothing).size()); });
    const double textUs =
        perVmi([&](const kube::LazyObject &o) { return int(o.projectedText(models::VmiFacts::fields()).size()); });
    std::printf("a VMI: simdjson parse %.2f µs, + the fields' text %.2f µs; Qt's whole parse alone %.2f µs\n", parseUs, textUs,
                perVmi([](const kube::LazyObject &o) { return int(o.json().size()); }));
    const double vw = bench::median(vmWhole), vp = bench::median(vmProjected);
    const double iw = bench::median(vmiWhole), ip = bench::median(vmiProjected);
    std::printf("%lld VMs, %lld VMIs (%lld and %lld readable); medians of 7 rounds, per object:\n",
                static_cast<long long>(vms.size()), static_cast<long long>(vmis.size()), static_cast<long long>(vmReadable),
                static_cast<long long>(vmiReadable));
    std::printf("  VM:  whole %.2f µs, projected %.2f µs (%.1fx)\n  VMI: whole %.2f µs, projected %.2f µs (%.1fx)\n", vw, vp,
                vw / vp, iw, ip, iw / ip);
    std::printf("RESULT vm_whole_us=%.2f vm_projected_us=%.2f vm_ratio=%.2f vmi_whole_us=%.2f vmi_projected_us=%.2f "
                "vmi_ratio=%.2f vmi_parse_us=%.2f vmi_text_us=%.2f vms=%lld vmis=%lld\n",
                vw, vp, vw / vp, iw, ip, iw / ip, parseUs, textUs, static_cast<long long>(vms.size()),
                static_cast<long long>(vmis.size()));
    sim.stop();
    return 0;
}
