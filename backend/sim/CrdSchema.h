#pragma once
// Structural-schema handling of custom resources, as kube-apiserver's apiextensions-apiserver
// does it for a write (create, update, patch, their /status and dry runs): unknown fields are
// pruned, nulls of non-nullable fields without a default dropped, `default:` values applied,
// then the object is validated against the CRD's openAPIV3Schema and refused with 422 Invalid
// and the server's own words. Reads are defaulted too, as the real server's storage codec does.
// The schemas are the CRD manifests under packaging/kubernetes/crds, embedded at build time
// (EmbedCrds.cmake); their additionalPrinterColumns make the Tables of CrdTable.h.
//
// What was mimicked, checked against a real kube-apiserver 1.20.2 (tests/apiserver/
// test_conformance_crd.cpp: crdWritesAreValidated, crdDefaultsAreApplied) and its sources:
//   k8s.io/apiextensions-apiserver/pkg/apiserver/validation/validation.go (ValidateCustomResource:
//     openapi errors to field errors), .../pkg/apiserver/schema/pruning/algorithm.go (Prune),
//     .../pkg/apiserver/schema/defaulting/prunenulls.go (PruneNonNullableNullsWithoutDefaults),
//     .../pkg/apiserver/schema/defaulting/algorithm.go (Default), .../pkg/apiserver/
//     customresource_handler.go (the order: the decoder prunes, then the codec defaults),
//   k8s.io/kube-openapi/pkg/validation/{validate/type.go,validate/validator.go,errors/schema.go}
//     (the "in body must be of type", "should be at least … chars long" … texts),
//   k8s.io/apimachinery/pkg/util/validation/field/errors.go (Error.ErrorBody) and
//   k8s.io/apimachinery/pkg/api/errors/errors.go (NewInvalid: the Status and its message).
// Known differences are said where they are (CrdSchema.cpp, CrdValidate.cpp).
#include "ObjectStore.h"

#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace drover::sim {

struct CrdSchemaProperty;

// One node of an openAPIV3Schema (only what structural schemas of Drover's CRDs use).
struct CrdSchemaNode
{
    QString type; // object, string, integer, number, boolean, array; empty: any
    bool nullable = false;
    bool preserveUnknown = false; // x-kubernetes-preserve-unknown-fields
    QStringList required;
    // In the manifest's order. A named struct, not std::pair: clang with libstdc++ refuses a pair
    // of a type that is still being defined (the fuzz build's compiler).
    std::vector<CrdSchemaProperty> properties;
    std::shared_ptr<CrdSchemaNode> items;
    std::shared_ptr<CrdSchemaNode> additionalProperties;
    QJsonArray enumValues;
    std::optional<qint64> minLength, maxLength;
    std::optional<double> minimum, maximum;
    bool exclusiveMinimum = false, exclusiveMaximum = false;
    QString pattern;
    QRegularExpression regex;
    QString format;
    // `default:`, as JSON; Undefined when there is none (a `default: null` is none too, as Go's
    // Default.Object == nil).
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);

    const CrdSchemaNode *property(const QString &name) const;
};

struct CrdSchemaProperty
{
    QString name;
    CrdSchemaNode node;
};

// One of a version's additionalPrinterColumns.
struct CrdPrinterColumn
{
    QString name, type, format, description, jsonPath;
    int priority = 0;
};

// A field.Error as apiextensions-apiserver makes it.
struct CrdFieldError
{
    QString reason;  // FieldValueRequired, FieldValueInvalid, FieldValueNotSupported
    QString field;   // "spec.policy"
    QString message; // field.Error.ErrorBody(): "Unsupported value: \"Migrate\": supported values: …"
};

// The manifests under packaging/kubernetes/crds (CrdManifests.cpp, generated).
QByteArrayList embeddedCrdManifests();

class CrdSchemas
{
public:
    // Parses CRD manifests (YAML, several documents each allowed); the served version's schema
    // of each is kept by group and plural. Manifests that are not CRDs are skipped.
    explicit CrdSchemas(const QByteArrayList &manifests);
    // The embedded ones, parsed once.
    static const CrdSchemas &builtIn();

    struct Kind
    {
        QString group, plural, kind;
        CrdSchemaNode schema;
        // As served: the CRD's, or Age alone when it names none (serveDefaultColumnsIfEmpty).
        QList<CrdPrinterColumn> columns;
        bool hasDefaults = false; // some node of schema has a default
        QStringList shortNames, categories; // spec.names, for discovery (kubectl get hm)
        QString singular;
    };
    const Kind *find(const QString &group, const QString &plural) const;
    int size() const { return int(m_kinds.size()); }
    QString error() const { return m_error; } // the first manifest that did not parse

    // Prunes obj (unknown fields, nulls of non-nullable fields without defaults) in place,
    // applies the defaults and validates the result: the errors, empty when obj is valid.
    static QList<CrdFieldError> admit(const CrdSchemaNode &schema, QJsonObject &obj);

private:
    std::vector<Kind> m_kinds;
    QString m_error;
};

// Structural pruning (pruning/algorithm.go) and the dropping of nulls of non-nullable fields
// (defaulting/prunenulls.go), in place; the root's apiVersion, kind and metadata are left alone.
void pruneCustomResource(const CrdSchemaNode &schema, QJsonObject &obj);

// defaulting/algorithm.go Default, in place, after pruning: a property with a default that is
// absent (or a non-nullable null) gets it, then every present value is defaulted in turn, the
// new defaults included. Defaults inside an absent object are not made (its parent is not).
void defaultCustomResource(const CrdSchemaNode &schema, QJsonObject &obj);

// NewInvalid's Status (422, reason Invalid, details.causes) for kind.group "name".
QJsonObject invalidStatus(const QString &kind, const QString &group, const QString &name,
                          const QList<CrdFieldError> &errors);

// The write path's check (ApiServer): nullopt when res is not one of the embedded CRDs' kinds or
// obj (pruned in place) is valid; else the 422 Status to answer.
std::optional<QJsonObject> admitCustomResource(const kube::ApiResource &res, QJsonObject &obj);

// The read path's defaulting (the storage codec defaults what it decodes): obj as served, for
// one of the embedded CRDs' kinds; anything else is left alone.
void defaultStoredCustomResource(const kube::ApiResource &res, QJsonObject &obj);

} // namespace drover::sim
