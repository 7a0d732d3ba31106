#pragma once
// VmFacts and VmiFacts read straight from simdjson's DOM of the object's bytes (kube::readDom), by
// the rules core::Vm and core::Vmi decode them with (core::DomainSizing, core::osNameOf,
// core::runStrategyOf): the same facts as VmFacts::fromObject() of the whole object, without
// building a Qt JSON tree and a whole core::Vm first (~4x less per object, bench_facts).
// TestVmFacts::factsFromTheirFields holds the two equal over every shape of VM and VMI it knows.
// Models-internal (it names simdjson's types).
#include "VmFacts.h"

#include <simdjson.h>

namespace drover::models {

VmFacts vmFactsOf(simdjson::dom::object vm);
VmiFacts vmiFactsOf(simdjson::dom::object vmi);

// Where a VMI is migrating to, from its status.migrationState: its target while the migration is
// neither completed nor failed and the target is another host; else empty.
QString migrationTarget(bool completed, bool failed, const QString &target, const QString &host);

} // namespace drover::models
