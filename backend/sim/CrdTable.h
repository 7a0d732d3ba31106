#pragma once
// Server-side printing of Drover's own kinds as kube-apiserver does it for custom resources: the
// meta.k8s.io Table that `kubectl get` asks for (Accept: application/json;as=Table;v=v1;
// g=meta.k8s.io, then v1beta1, then application/json), built from the CRD's
// additionalPrinterColumns. Checked against a real kube-apiserver 1.20.2 (tests/apiserver/
// test_conformance_crd.cpp) and its sources:
//   k8s.io/apiextensions-apiserver/pkg/registry/customresource/tableconvertor/tableconvertor.go
//     (Name first, then the CRD's columns; cells by type, missing values null),
//   k8s.io/apiserver/pkg/endpoints/handlers/response.go asTable (rows' objects by includeObject:
//     PartialObjectMetadata unless asked otherwise),
//   k8s.io/apimachinery/pkg/api/meta/table/table.go, pkg/util/duration/duration.go (date cells).
// Only the JSONPath form Drover's CRDs use is understood: a chain of field names (.a.b.c).
#include "CrdSchema.h"
#include "Result.h"

#include <QDateTime>

namespace drover::sim {

// The meta.k8s.io Table version ("v1", "v1beta1") that comes first in an Accept header, or an
// empty string when plain JSON comes first or no Table is asked for.
QString acceptedTableVersion(const QByteArray &accept);

// The Table of obj (one object, or a list with items) of kind. includeObject as the query
// parameter has it: "" or Metadata, Object, None; anything else fails with the BadRequest message.
Result<QJsonObject> customResourceTable(const CrdSchemas::Kind &kind, const QJsonObject &obj, bool isList,
                                        const QString &tableVersion, const QString &includeObject,
                                        const QDateTime &now);

// One cell of obj's row: null when the path finds nothing or the value does not fit the type
// (kubectl then prints an empty cell); a date is the time since then in words, or "<unknown>"
// for an empty one and "<invalid>" for one that is not RFC 3339.
QJsonValue tableCell(const CrdPrinterColumn &column, const QJsonObject &obj, const QDateTime &now);

// duration.HumanDuration of a span in milliseconds: "5s", "3m20s", "4h10m", "12d", "3y20d" …
QString humanDuration(qint64 ms);

} // namespace drover::sim
