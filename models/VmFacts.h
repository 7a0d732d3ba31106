#pragma once
// What a VM's object and what its instance say that the VM views show, each decoded once per
// version of its object (models::VmSummaryStore keeps them; VmSummary joins them).
#include "LazyObject.h"
#include "Lifecycle.h"

#include <QJsonObject>
#include <QString>
#include <cstdint>

namespace drover::models {

// What a VM's own object says, decoded once per version of it (VmSummaryStore keeps it, so a
// change to the VMI alone, the common one, does not decode the VM again).
struct VmFacts
{
    bool valid = false;                                         // false when absent or unreadable
    QString status;                                             // status.printableStatus
    core::RunStrategy runStrategy = core::RunStrategy::Unknown; // no VM read: nothing assumed
    QString osAnnotation;                                       // drover.io/os-name
    QString osLabel;                                            // the os label: "windows", "linux"
    QString tenantCluster;
    int vcpu = 0; // from the template; 0 with an instancetype (known from the VMI only)
    std::int64_t memoryBytes = 0;

    // Straight from the object's bytes (VmFactsDom: simdjson's DOM read by core's rules), or from
    // the parsed object when simdjson leaves the bytes to Qt (kube::readDom).
    static VmFacts fromJson(const kube::LazyObject &vm);
    // The decoder of a parsed object: core::Vm's reading of the whole object, or of its projection
    // on fields().
    static VmFacts fromObject(const QJsonObject &vm);
    // What the facts are read from, and what a version's print covers. A field either reader
    // starts reading belongs here too; TestVmFacts compares the bytes' reading, the projection's
    // and the whole object's over every kind of VM it knows.
    static const kube::JsonProjection &fields();
    bool operator==(const VmFacts &) const = default;
};

// What a VM's instance says, decoded once per version of it.
struct VmiFacts
{
    bool valid = false; // false when there is no instance (or it is unreadable)
    QString uid;
    QString host;
    QString migratingTo;
    QString ip;
    QString guestOsName;
    bool running = false;
    bool paused = false;
    int vcpu = 0;
    std::int64_t memoryBytes = 0;

    // As VmFacts: from the bytes (VmFactsDom), else by fromObject().
    static VmiFacts fromJson(const kube::LazyObject &vmi);
    static VmiFacts fromObject(const QJsonObject &vmi);
    static const kube::JsonProjection &fields();
    bool operator==(const VmiFacts &) const = default;
};

// A fingerprint of the fields an object's facts are read from (kube::FieldsPrint): an update
// that leaves those fields as they were (most VMI updates: heartbeats, probe times, the guest
// agent's figures, annotations) has the facts it had. Either the print the object carries (read
// by the informer from the watch event's bytes: LazyObject::printFor) or that of the projection's
// text (JsonProjection::printOf).
using FieldsPrint = kube::FieldsPrint;

template <typename Facts>
struct FactsRead
{
    Facts facts; // none (invalid) when `same`: the caller has them
    FieldsPrint print;
    bool decoded = false; // false: no object, or the fields as they were
    bool same = false;    // the object's fields print as previousPrint: its facts are the previous ones
};

// Whether the object carries the print of Facts' fields and it is previousPrint: a version whose
// facts are the previous ones, known without reading it.
template <typename Facts>
bool carriesPrint(const kube::LazyObject &object, const FieldsPrint &previousPrint)
{
    return previousPrint.isSet() && object.printFor(Facts::fields()) == previousPrint;
}

// Facts (VmFacts or VmiFacts) of an object, or `same` when the object's fields print as
// previousPrint did (facts are not copied then: the caller keeps its own); an object that carries
// its print is not read at all then, one that does not (a listed one) is printed from the DOM its
// facts are read from. Bytes simdjson leaves to Qt, or a parsed object: decoded whole, and the
// print left unset (the facts come from the whole object).
template <typename Facts>
FactsRead<Facts> readFacts(const kube::LazyObject &object, const FieldsPrint &previousPrint);

} // namespace drover::models
